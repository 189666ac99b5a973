import { sql } from 'kysely'
import type { z } from 'zod'
import type { SpendInput } from '@shared/contract/campaignSpend'
import type { SpendEntry, SpendLedger } from '@shared/domain/campaignSpend'
import { nowIso } from '@shared/domain/dates'
import { notFound } from '@shared/errors'
import type { Db } from '../context'

type SpendFields = z.output<typeof SpendInput>

interface SpendRow {
  id: number
  campaign_id: number
  spent_on: string
  amount_minor: number
  note: string | null
  created_at: string
}

const toEntry = (row: SpendRow): SpendEntry => ({
  id: row.id,
  campaignId: row.campaign_id,
  spentOn: row.spent_on,
  amountMinor: row.amount_minor,
  note: row.note,
  createdAt: row.created_at,
})

const SPEND_COLUMNS = ['id', 'campaign_id', 'spent_on', 'amount_minor', 'note', 'created_at'] as const

async function findEntry(db: Db, id: number): Promise<SpendEntry> {
  const row = await db.selectFrom('campaign_spend').select(SPEND_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('That spend entry')
  return toEntry(row)
}

async function campaignBudget(db: Db, campaignId: number): Promise<number> {
  const campaign = await db.selectFrom('campaigns').select('budget_minor').where('id', '=', campaignId).executeTakeFirst()
  if (!campaign) throw notFound('That campaign')
  return campaign.budget_minor
}

/**
 * The ledger newest first. The running total is what had been spent by each entry,
 * counting entries in date order (ties in the order they were booked).
 */
export async function spendLedger(db: Db, campaignId: number): Promise<SpendLedger> {
  const budgetMinor = await campaignBudget(db, campaignId)
  const rows = await db
    .selectFrom('campaign_spend')
    .select(SPEND_COLUMNS)
    .select(sql<number>`sum(amount_minor) OVER (ORDER BY spent_on, id)`.as('running_total'))
    .where('campaign_id', '=', campaignId)
    .orderBy('spent_on', 'desc')
    .orderBy('id', 'desc')
    .execute()
  const totalMinor = rows[0]?.running_total ?? 0
  return {
    campaignId,
    budgetMinor,
    totalMinor,
    overBudgetMinor: budgetMinor > 0 ? Math.max(0, totalMinor - budgetMinor) : 0,
    rows: rows.map((row) => ({ ...toEntry(row), runningTotalMinor: row.running_total })),
  }
}

export async function createSpend(db: Db, campaignId: number, fields: SpendFields): Promise<SpendEntry> {
  await campaignBudget(db, campaignId)
  const { id } = await db
    .insertInto('campaign_spend')
    .values({ campaign_id: campaignId, spent_on: fields.spentOn, amount_minor: fields.amountMinor, note: fields.note, created_at: nowIso() })
    .returning('id')
    .executeTakeFirstOrThrow()
  return findEntry(db, id)
}

export async function updateSpend(db: Db, id: number, fields: SpendFields): Promise<SpendEntry> {
  const result = await db
    .updateTable('campaign_spend')
    .set({ spent_on: fields.spentOn, amount_minor: fields.amountMinor, note: fields.note })
    .where('id', '=', id)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) === 0) throw notFound('That spend entry')
  return findEntry(db, id)
}

export async function deleteSpend(db: Db, id: number): Promise<SpendEntry> {
  const entry = await findEntry(db, id)
  await db.deleteFrom('campaign_spend').where('id', '=', id).execute()
  return entry
}
