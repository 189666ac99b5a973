import { sql } from 'kysely'
import { dialectOf, type SqlDialect } from '../../db/dialect'
import type { z } from 'zod'
import type { CampaignListQuery } from '@shared/contract/campaigns'
import type { Campaign, CampaignSummary } from '@shared/domain/campaigns'
import type { CampaignStatus, Channel } from '@shared/domain/enums'
import type { Db } from '../context'

const campaignColumns = [
  'c.id',
  'c.name',
  'c.channel',
  'c.objective',
  'c.segment_id',
  's.name as segment_name',
  'c.budget_minor',
  'c.starts_on',
  'c.ends_on',
  'c.status',
  'c.tracking_code',
  'c.notes',
  'c.created_at',
  'c.updated_at',
  'c.version',
] as const

function baseQuery(db: Db) {
  return db.selectFrom('campaigns as c').leftJoin('segments as s', 's.id', 'c.segment_id').select(campaignColumns)
}

type CampaignJoinedRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>

function toCampaign(row: CampaignJoinedRow): Campaign {
  return {
    id: row.id,
    name: row.name,
    channel: row.channel as Channel,
    objective: row.objective,
    segmentId: row.segment_id,
    segmentName: row.segment_name,
    budgetMinor: row.budget_minor,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: row.status as CampaignStatus,
    trackingCode: row.tracking_code,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  }
}

export async function findCampaign(db: Db, id: number): Promise<Campaign | undefined> {
  const row = await baseQuery(db).where('c.id', '=', id).executeTakeFirst()
  return row && toCampaign(row)
}

/** The campaign `c` has `text` in its name or tracking code (ASCII case aside). */
export const campaignSearchWhere = (dialect: SqlDialect, text: string) =>
  sql<boolean>`(${dialect.contains(sql.ref('c.name'), text)} OR ${dialect.contains(sql.ref('c.tracking_code'), text)})`

export async function listCampaigns(db: Db, query: z.output<typeof CampaignListQuery>): Promise<CampaignSummary[]> {
  let q = baseQuery(db)
    .select((eb) => [
      eb.selectFrom('leads').select(eb.fn.countAll<number>().as('n')).whereRef('leads.source_campaign_id', '=', 'c.id').as('lead_count'),
      eb
        .selectFrom('leads')
        .innerJoin('stages', 'stages.id', 'leads.stage_id')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('leads.source_campaign_id', '=', 'c.id')
        .where('stages.kind', '=', 'won')
        .as('won_count'),
      eb
        .selectFrom('campaign_spend')
        .select(sql<number>`coalesce(sum(amount_minor), 0)`.as('n'))
        .whereRef('campaign_spend.campaign_id', '=', 'c.id')
        .as('spent_minor'),
    ])
    .orderBy(sql`c.starts_on IS NULL`)
    .orderBy('c.starts_on', 'desc')
    .orderBy('c.id', 'desc')
  if (query.status) q = q.where('c.status', '=', query.status)
  if (query.channel) q = q.where('c.channel', '=', query.channel)
  if (query.search) q = q.where(campaignSearchWhere(dialectOf(db), query.search))
  const rows = await q.execute()
  return rows.map((row) => ({
    ...toCampaign(row),
    leadCount: Number(row.lead_count ?? 0),
    wonCount: Number(row.won_count ?? 0),
    spentMinor: Number(row.spent_minor ?? 0),
  }))
}
