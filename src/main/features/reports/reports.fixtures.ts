import type { Kysely } from 'kysely'
import { dialectOf } from '../../db/dialect'
import type { Database } from '../../db/schema'

// A small firm whose Q1 2026 is worked out by hand in reports.reconciled.test.ts.
// Default pipeline stages (id, position, win probability): 1 New 0 10%, 2 Contacted 1 20%,
// 3 Qualified 2 40%, 4 Proposal 3 60%, 5 Negotiation 4 80%, 6 Won, 7 Lost. Qualified is stage 3.

export const Q1 = { preset: 'custom', from: '2026-01-01', to: '2026-03-31' } as const

interface LeadSpec {
  id: number
  campaign: number | null
  owner: string | null
  value: number
  /** [stage id, ISO instant] from creation on; the last one is where the lead is now. */
  path: Array<[number, string]>
  lostReason?: string
}

const LEADS: LeadSpec[] = [
  { id: 1, campaign: 1, owner: 'Ana', value: 100_000, path: [[1, '2026-01-05T09:00:00.000Z'], [3, '2026-01-10T09:00:00.000Z'], [6, '2026-01-25T09:00:00.000Z']] },
  { id: 2, campaign: 1, owner: 'Ana', value: 50_000, path: [[1, '2026-01-06T09:00:00.000Z'], [4, '2026-01-16T09:00:00.000Z']] },
  { id: 3, campaign: 2, owner: 'Ben', value: 20_000, path: [[1, '2026-02-01T09:00:00.000Z'], [2, '2026-02-03T09:00:00.000Z'], [7, '2026-02-20T09:00:00.000Z']], lostReason: 'Price too high' },
  { id: 4, campaign: 2, owner: 'Ben', value: 10_000, path: [[1, '2026-02-10T09:00:00.000Z']] },
  { id: 5, campaign: 3, owner: null, value: 30_000, path: [[1, '2026-03-01T09:00:00.000Z'], [6, '2026-03-11T09:00:00.000Z']] },
  { id: 6, campaign: null, owner: null, value: 40_000, path: [[1, '2025-12-01T09:00:00.000Z'], [6, '2026-01-15T09:00:00.000Z']] },
  { id: 7, campaign: 1, owner: 'Ana', value: 5_000, path: [[1, '2025-11-15T09:00:00.000Z'], [7, '2025-12-10T09:00:00.000Z']], lostReason: 'Bad timing' },
]

const KIND: Record<number, string> = { 6: 'won', 7: 'lost' }
const NAME: Record<number, string> = { 1: 'New', 2: 'Contacted', 3: 'Qualified', 4: 'Proposal', 5: 'Negotiation', 6: 'Won', 7: 'Lost' }

/** Writes the firm with multi-row inserts through kysely, so it lands the same on either engine. */
export async function seedReportsFirm(db: Kysely<Database>): Promise<void> {
  const at = '2025-10-01T00:00:00.000Z'
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('settings').set({ firm_name: 'Lumen & Co', currency: 'EUR' }).execute()
    const campaign = (id: number, name: string, channel: string) => ({ id, name, channel, budget_minor: 0, status: 'planned', created_at: at, updated_at: at })
    await trx
      .insertInto('campaigns')
      .values([campaign(1, 'Spring webinar', 'video'), campaign(2, 'Newsletter', 'email'), campaign(3, '=SUM(A1:A9)', 'seo')])
      .execute()
    await trx
      .insertInto('campaign_spend')
      .values([
        { campaign_id: 1, spent_on: '2026-01-10', amount_minor: 30_000, created_at: at },
        { campaign_id: 2, spent_on: '2026-02-01', amount_minor: 10_000, created_at: at },
        { campaign_id: 1, spent_on: '2025-11-10', amount_minor: 5_000, created_at: at },
      ])
      .execute()
    // Each lead is the one deal of its own person (same id).
    await trx
      .insertInto('people')
      .values(LEADS.map((l) => ({ id: l.id, name: `Lead ${l.id}`, name_key: `lead${l.id}`, created_at: l.path[0]![1], updated_at: l.path[0]![1] })))
      .execute()
    await trx
      .insertInto('leads')
      .values(
        LEADS.map((l) => {
          const [, created] = l.path[0]!
          const [stage, entered] = l.path.at(-1)!
          return {
            id: l.id,
            person_id: l.id,
            source_campaign_id: l.campaign,
            pipeline_id: 1,
            stage_id: stage,
            position: l.id,
            value_minor: l.value,
            owner: l.owner,
            created_at: created,
            updated_at: entered,
            stage_entered_at: entered,
            closed_at: KIND[stage] ? entered : null,
            lost_reason: l.lostReason ?? null,
          }
        }),
      )
      .execute()
    await trx
      .insertInto('stage_history')
      .values(
        LEADS.flatMap((l) =>
          l.path.map(([to, when], i) => {
            const from = i === 0 ? null : (l.path[i - 1] as [number, string])[0]
            return { lead_id: l.id, from_stage_id: from, to_stage_id: to, from_stage_name: from === null ? null : (NAME[from] ?? null), to_stage_name: NAME[to] ?? '', to_kind: KIND[to] ?? 'open', at: when }
          }),
        ),
      )
      .execute()
    const activity = (leadId: number, kind: string, subject: string, dueAt: string, doneAt: string | null) => ({ lead_id: leadId, kind, subject, due_at: dueAt, done_at: doneAt, created_at: at, updated_at: at })
    await trx
      .insertInto('activities')
      .values([
        activity(1, 'call', 'Intro call', '2026-01-08T10:00:00.000Z', '2026-01-08T10:30:00.000Z'),
        activity(2, 'meeting', 'Proposal review', '2026-02-01T10:00:00.000Z', null),
        activity(4, 'email', 'Send brochure', '2026-02-12T10:00:00.000Z', '2026-02-13T08:00:00.000Z'),
        activity(2, 'task', 'Chase signature', '2026-04-05T10:00:00.000Z', null),
      ])
      .execute()
    await trx
      .insertInto('feedback')
      .values([
        { lead_id: 3, campaign_id: 2, kind: 'objection', text: 'Too expensive', created_at: '2026-02-05T10:00:00.000Z' },
        { lead_id: 2, campaign_id: null, kind: 'objection', text: 'Needs approval from the board', created_at: '2026-01-20T10:00:00.000Z' },
      ])
      .execute()
    const goal = (title: string, metric: string, target: number, team: string, owner: string | null) => ({
      title,
      metric,
      target,
      starts_on: '2026-01-01',
      ends_on: '2026-03-31',
      team,
      owner,
      filters: '{}',
      status: 'active',
      created_at: at,
      updated_at: at,
    })
    await trx
      .insertInto('goals')
      .values([goal('Q1 revenue', 'won_revenue', 150_000, 'shared', 'Ana'), goal('Q1 new leads', 'new_leads', 10, 'marketing', null)])
      .execute()
    await dialectOf(trx).idsTaken(trx, ['campaigns', 'people', 'leads'])
  })
}
