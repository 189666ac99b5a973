import { sql } from 'kysely'
import type { z } from 'zod'
import type { SnapshotDayInput, SnapshotFields } from '@shared/contract/campaignSnapshots'
import type { MetricSnapshot, SnapshotSaveResult } from '@shared/domain/campaignSnapshots'
import { nowIso } from '@shared/domain/dates'
import { AppError, notFound } from '@shared/errors'
import { isUniqueViolation } from '../../db/dialect/errors'
import type { Db } from '../context'

type SnapshotDay = z.output<typeof SnapshotDayInput>

const COLUMNS = ['id', 'campaign_id', 'measured_on', 'impressions', 'clicks', 'visits', 'engagements'] as const

interface SnapshotRow {
  id: number
  campaign_id: number
  measured_on: string
  impressions: number
  clicks: number
  visits: number
  engagements: number
}

const toSnapshot = (row: SnapshotRow): MetricSnapshot => ({
  id: row.id,
  campaignId: row.campaign_id,
  measuredOn: row.measured_on,
  impressions: row.impressions,
  clicks: row.clicks,
  visits: row.visits,
  engagements: row.engagements,
})

async function findSnapshot(db: Db, id: number): Promise<MetricSnapshot> {
  const row = await db.selectFrom('campaign_metrics').select(COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('That day’s figures')
  return toSnapshot(row)
}

async function requireCampaign(db: Db, campaignId: number): Promise<void> {
  const found = await db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst()
  if (!found) throw notFound('That campaign')
}

/** Newest day first. */
export async function listSnapshots(db: Db, campaignId: number): Promise<MetricSnapshot[]> {
  await requireCampaign(db, campaignId)
  const rows = await db.selectFrom('campaign_metrics').select(COLUMNS).where('campaign_id', '=', campaignId).orderBy('measured_on', 'desc').execute()
  return rows.map(toSnapshot)
}

/**
 * Saves pasted or typed days in one transaction. A day already saved is updated: each
 * count the input has replaces the saved one, a count it lacks (null) is kept, so pasting
 * opens from Mailchimp does not wipe impressions typed in for the same day. Days repeated
 * in the input count once, the last one winning.
 */
export async function saveSnapshots(db: Db, campaignId: number, days: SnapshotDay[]): Promise<SnapshotSaveResult> {
  const unique = [...new Map(days.map((d) => [d.measuredOn, d])).values()]
  return db.transaction().execute(async (trx) => {
    await requireCampaign(trx, campaignId)
    const existing = new Set(
      await trx
        .selectFrom('campaign_metrics')
        .select('measured_on')
        .where('campaign_id', '=', campaignId)
        .execute()
        .then((rows) => rows.map((r) => r.measured_on)),
    )
    const now = nowIso()
    for (const day of unique) {
      await trx
        .insertInto('campaign_metrics')
        .values({
          campaign_id: campaignId,
          measured_on: day.measuredOn,
          impressions: day.impressions ?? 0,
          clicks: day.clicks ?? 0,
          visits: day.visits ?? 0,
          engagements: day.engagements ?? 0,
          created_at: now,
        })
        .onConflict((oc) =>
          oc.columns(['campaign_id', 'measured_on']).doUpdateSet({
            impressions: sql`coalesce(${day.impressions}, campaign_metrics.impressions)`,
            clicks: sql`coalesce(${day.clicks}, campaign_metrics.clicks)`,
            visits: sql`coalesce(${day.visits}, campaign_metrics.visits)`,
            engagements: sql`coalesce(${day.engagements}, campaign_metrics.engagements)`,
          }),
        )
        .execute()
    }
    const updated = unique.filter((d) => existing.has(d.measuredOn)).length
    return { created: unique.length - updated, updated }
  })
}

export async function updateSnapshot(db: Db, id: number, fields: z.output<typeof SnapshotFields>): Promise<MetricSnapshot> {
  try {
    const result = await db
      .updateTable('campaign_metrics')
      .set({ measured_on: fields.measuredOn, impressions: fields.impressions, clicks: fields.clicks, visits: fields.visits, engagements: fields.engagements })
      .where('id', '=', id)
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) === 0) throw notFound('That day’s figures')
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', `There are already figures for ${fields.measuredOn}. Edit that day instead.`, 'measuredOn')
    throw error
  }
  return findSnapshot(db, id)
}

export async function deleteSnapshot(db: Db, id: number): Promise<MetricSnapshot> {
  const snapshot = await findSnapshot(db, id)
  await db.deleteFrom('campaign_metrics').where('id', '=', id).execute()
  return snapshot
}
