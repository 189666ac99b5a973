import type BetterSqlite3 from 'better-sqlite3'

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

export function seedReportsFirm(sqlite: BetterSqlite3.Database): void {
  const at = '2025-10-01T00:00:00.000Z'
  sqlite.prepare(`UPDATE settings SET firm_name = 'Lumen & Co', currency = 'EUR'`).run()
  const campaign = sqlite.prepare('INSERT INTO campaigns (id, name, channel, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
  campaign.run(1, 'Spring webinar', 'video', at, at)
  campaign.run(2, 'Newsletter', 'email', at, at)
  campaign.run(3, '=SUM(A1:A9)', 'seo', at, at)
  const spend = sqlite.prepare('INSERT INTO campaign_spend (campaign_id, spent_on, amount_minor, created_at) VALUES (?, ?, ?, ?)')
  spend.run(1, '2026-01-10', 30_000, at)
  spend.run(2, '2026-02-01', 10_000, at)
  spend.run(1, '2025-11-10', 5_000, at)

  const lead = sqlite.prepare(`INSERT INTO leads (id, person_name, source_campaign_id, pipeline_id, stage_id, position, value_minor, owner,
    created_at, updated_at, stage_entered_at, closed_at, lost_reason) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const history = sqlite.prepare(`INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, to_kind, at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
  for (const l of LEADS) {
    const [firstStage, created] = l.path[0]!
    const [stage, entered] = l.path.at(-1)!
    const closed = KIND[stage] ? entered : null
    void firstStage
    lead.run(l.id, `Lead ${l.id}`, l.campaign, stage, l.id, l.value, l.owner, created, entered, entered, closed, l.lostReason ?? null)
    let from: number | null = null
    for (const [to, when] of l.path) {
      history.run(l.id, from, to, from === null ? null : NAME[from], NAME[to], KIND[to] ?? 'open', when)
      from = to
    }
  }
  const activity = sqlite.prepare(`INSERT INTO activities (lead_id, kind, subject, due_at, done_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
  activity.run(1, 'call', 'Intro call', '2026-01-08T10:00:00.000Z', '2026-01-08T10:30:00.000Z', at, at)
  activity.run(2, 'meeting', 'Proposal review', '2026-02-01T10:00:00.000Z', null, at, at)
  activity.run(4, 'email', 'Send brochure', '2026-02-12T10:00:00.000Z', '2026-02-13T08:00:00.000Z', at, at)
  activity.run(2, 'task', 'Chase signature', '2026-04-05T10:00:00.000Z', null, at, at)
  const feedback = sqlite.prepare(`INSERT INTO feedback (lead_id, campaign_id, kind, text, created_at) VALUES (?, ?, 'objection', ?, ?)`)
  feedback.run(3, 2, 'Too expensive', '2026-02-05T10:00:00.000Z')
  feedback.run(2, null, 'Needs approval from the board', '2026-01-20T10:00:00.000Z')
  const goal = sqlite.prepare(`INSERT INTO goals (title, metric, target, starts_on, ends_on, team, owner, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  goal.run('Q1 revenue', 'won_revenue', 150_000, '2026-01-01', '2026-03-31', 'shared', 'Ana', at, at)
  goal.run('Q1 new leads', 'new_leads', 10, '2026-01-01', '2026-03-31', 'marketing', null, at, at)
}
