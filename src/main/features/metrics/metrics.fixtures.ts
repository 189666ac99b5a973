import type { Kysely } from 'kysely'
import { dialectOf } from '../../db/dialect'
import type { Database } from '../../db/schema'

// A small hand-built firm whose every figure is worked out by hand in metrics.repo.test.ts.
// Stages of the default pipeline: 1 New, 2 Contacted, 3 Qualified, 4 Proposal, 5 Negotiation, 6 Won, 7 Lost.

export const STAGE = { new: 1, qualified: 3, proposal: 4, won: 6, lost: 7 } as const
export const CAMPAIGN = { a: 1, b: 2, c: 3 } as const
export const SEGMENT = { s1: 1, s2: 2 } as const

interface LeadSpec {
  id: number
  source: number | null
  segment?: number | null
  owner?: string | null
  created: string
  stage: number
  value?: number
  closed?: string | null
  /** Stages entered after creation, in order (history besides the first entry). */
  path?: number[]
  /** Touches as [campaign, at]; a lead with a source is touched by it at creation unless `touches` says otherwise. */
  touches?: Array<[number, string]>
}

export const LEADS: LeadSpec[] = [
  { id: 1, source: 1, segment: 1, owner: 'Ana', created: '2026-01-05T10:00:00.000Z', stage: 6, value: 100_000, closed: '2026-01-25T10:00:00.000Z', path: [3, 6], touches: [[1, '2026-01-05T10:00:00.000Z'], [2, '2026-01-15T09:00:00.000Z']] },
  { id: 2, source: 1, segment: 1, owner: 'Ben', created: '2026-01-06T10:00:00.000Z', stage: 4, value: 5_000, path: [4] },
  { id: 3, source: 1, owner: 'Ana', created: '2026-01-07T10:00:00.000Z', stage: 7, closed: '2026-02-01T10:00:00.000Z', path: [3, 7] },
  { id: 4, source: 1, created: '2026-01-08T10:00:00.000Z', stage: 7, closed: '2026-01-20T10:00:00.000Z', path: [7] },
  { id: 5, source: 2, segment: 2, owner: 'Ben', created: '2026-01-10T00:00:00.000Z', stage: 6, value: 10_001, closed: '2026-02-10T12:00:00.000Z', path: [6], touches: [[2, '2026-01-10T00:00:00.000Z'], [1, '2026-01-20T00:00:00.000Z'], [3, '2026-02-01T00:00:00.000Z']] },
  { id: 6, source: 2, created: '2026-02-28T23:59:00.000Z', stage: 1 },
  { id: 7, source: 1, created: '2025-12-20T10:00:00.000Z', stage: 6, value: 20_000, closed: '2026-01-03T10:00:00.000Z', path: [6] },
  { id: 8, source: null, created: '2026-01-15T10:00:00.000Z', stage: 6, value: 7_000, closed: '2026-01-30T10:00:00.000Z', path: [6], touches: [] },
  { id: 9, source: 2, created: '2026-03-01T00:00:00.000Z', stage: 1 },
]

/** Writes the firm with multi-row inserts through kysely, so it lands the same on either engine. */
export async function seedMetricsFirm(db: Kysely<Database>): Promise<void> {
  const at = '2025-12-01T00:00:00.000Z'
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('segments')
      .values([
        { id: 1, name: 'S1', created_at: at },
        { id: 2, name: 'S2', created_at: at },
      ])
      .execute()
    await trx
      .insertInto('campaigns')
      .values([
        { id: 1, name: 'A', channel: 'email', segment_id: 1, budget_minor: 0, status: 'planned', created_at: at, updated_at: at },
        { id: 2, name: 'B', channel: 'video', segment_id: null, budget_minor: 0, status: 'planned', created_at: at, updated_at: at },
        { id: 3, name: 'C', channel: 'seo', segment_id: null, budget_minor: 0, status: 'planned', created_at: at, updated_at: at },
      ])
      .execute()
    await trx
      .insertInto('campaign_spend')
      .values([
        { campaign_id: 1, spent_on: '2026-01-10', amount_minor: 10_000, created_at: at },
        { campaign_id: 1, spent_on: '2026-02-05', amount_minor: 5_000, created_at: at },
        { campaign_id: 1, spent_on: '2025-12-31', amount_minor: 999, created_at: at },
        { campaign_id: 2, spent_on: '2026-01-20', amount_minor: 30_000, created_at: at },
      ])
      .execute()
    await trx
      .insertInto('campaign_metrics')
      .values([
        { campaign_id: 1, measured_on: '2026-01-15', impressions: 1000, clicks: 50, visits: 40, engagements: 10, created_at: at },
        { campaign_id: 2, measured_on: '2026-01-31', impressions: 2000, clicks: 20, visits: 10, engagements: 0, created_at: at },
        { campaign_id: 2, measured_on: '2026-03-02', impressions: 9999, clicks: 999, visits: 99, engagements: 9, created_at: at },
      ])
      .execute()
    // Each lead is the one deal of its own person (same id), who carries the lead's segment.
    await trx
      .insertInto('people')
      .values(LEADS.map((l) => ({ id: l.id, name: `Lead ${l.id}`, name_key: `lead${l.id}`, segment_id: l.segment ?? null, created_at: l.created, updated_at: l.created })))
      .execute()
    await trx
      .insertInto('leads')
      .values(
        LEADS.map((l) => ({
          id: l.id,
          person_id: l.id,
          source_campaign_id: l.source,
          pipeline_id: 1,
          stage_id: l.stage,
          position: l.id,
          value_minor: l.value ?? 0,
          owner: l.owner ?? null,
          created_at: l.created,
          updated_at: l.created,
          stage_entered_at: l.created,
          closed_at: l.closed ?? null,
        })),
      )
      .execute()
    const stages = new Map((await trx.selectFrom('stages').select(['id', 'name', 'kind']).execute()).map((s) => [s.id, s]))
    await trx
      .insertInto('stage_history')
      .values(
        LEADS.flatMap((l) =>
          [STAGE.new, ...(l.path ?? [])].map((stage, i, path) => ({
            lead_id: l.id,
            from_stage_id: i === 0 ? null : (path[i - 1] as number),
            to_stage_id: stage,
            to_stage_name: stages.get(stage)?.name ?? '',
            to_kind: stages.get(stage)?.kind ?? 'open',
            at: l.created,
          })),
        ),
      )
      .execute()
    const touches = LEADS.flatMap((l) => (l.touches ?? (l.source === null ? [] : [[l.source, l.created] as [number, string]])).map(([campaignId, when]) => ({ lead_id: l.id, campaign_id: campaignId, at: when })))
    await trx.insertInto('touchpoints').values(touches).execute()
    await dialectOf(trx).idsTaken(trx, ['segments', 'campaigns', 'people', 'leads'])
  })
}
