import type BetterSqlite3 from 'better-sqlite3'

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

export function seedMetricsFirm(sqlite: BetterSqlite3.Database): void {
  const at = '2025-12-01T00:00:00.000Z'
  const segment = sqlite.prepare('INSERT INTO segments (id, name, created_at) VALUES (?, ?, ?)')
  segment.run(1, 'S1', at)
  segment.run(2, 'S2', at)
  const campaign = sqlite.prepare('INSERT INTO campaigns (id, name, channel, segment_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
  campaign.run(1, 'A', 'email', 1, at, at)
  campaign.run(2, 'B', 'video', null, at, at)
  campaign.run(3, 'C', 'seo', null, at, at)
  const spend = sqlite.prepare('INSERT INTO campaign_spend (campaign_id, spent_on, amount_minor, created_at) VALUES (?, ?, ?, ?)')
  spend.run(1, '2026-01-10', 10_000, at)
  spend.run(1, '2026-02-05', 5_000, at)
  spend.run(1, '2025-12-31', 999, at)
  spend.run(2, '2026-01-20', 30_000, at)
  const snapshot = sqlite.prepare('INSERT INTO campaign_metrics (campaign_id, measured_on, impressions, clicks, visits, engagements, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
  snapshot.run(1, '2026-01-15', 1000, 50, 40, 10, at)
  snapshot.run(2, '2026-01-31', 2000, 20, 10, 0, at)
  snapshot.run(2, '2026-03-02', 9999, 999, 99, 9, at)

  const lead = sqlite.prepare(`INSERT INTO leads (id, person_name, source_campaign_id, segment_id, pipeline_id, stage_id, position, value_minor, owner,
    created_at, updated_at, stage_entered_at, closed_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const history = sqlite.prepare(`INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, to_stage_name, to_kind, at)
    VALUES (?, ?, ?, (SELECT name FROM stages WHERE id = ?), (SELECT kind FROM stages WHERE id = ?), ?)`)
  const touch = sqlite.prepare('INSERT INTO touchpoints (lead_id, campaign_id, at) VALUES (?, ?, ?)')
  for (const l of LEADS) {
    lead.run(l.id, `Lead ${l.id}`, l.source, l.segment ?? null, l.stage, l.id, l.value ?? 0, l.owner ?? null, l.created, l.created, l.created, l.closed ?? null)
    let from: number | null = null
    for (const stage of [STAGE.new, ...(l.path ?? [])]) {
      history.run(l.id, from, stage, stage, stage, l.created)
      from = stage
    }
    const touches = l.touches ?? (l.source === null ? [] : [[l.source, l.created] as [number, string]])
    for (const [campaignId, when] of touches) touch.run(l.id, campaignId, when)
  }
}
