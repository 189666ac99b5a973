import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS } from '@shared/domain/enums'
import { dayOf, wallTimeOf } from '@shared/domain/firmClock'
import { openTempDatabase, type TempDatabase } from '../../../../test/fixtures/temp-database'
import { listGoalViews } from '../goals/goals.service'
import { generateSample } from './generate'
import { SAMPLE_TABLE_ORDER } from './rows'

const today = new Date('2026-03-15T10:30:00.000Z')
const LEADS = 300

async function sampled(seed = 7): Promise<TempDatabase> {
  const database = await openTempDatabase()
  await generateSample(database.db, { leads: LEADS, seed, today })
  return database
}

/** Every sample table's rows in id order, as text, to compare two databases. */
function dump(database: TempDatabase): string {
  return SAMPLE_TABLE_ORDER.map((table) => JSON.stringify(database.sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all())).join('\n')
}

describe('generateSample', () => {
  let database: TempDatabase
  const all = <T>(query: string) => database.sqlite.prepare(query).all() as T[]

  beforeAll(async () => {
    database = await sampled()
  })
  afterAll(async () => {
    await database.dispose()
  })

  it('writes the asked number of leads into the default pipeline', () => {
    expect(all<{ n: number }>('SELECT count(*) AS n FROM leads WHERE pipeline_id = 1')[0]?.n).toBe(LEADS)
  })

  it('runs campaigns on every channel, with statuses that fit their dates', () => {
    const campaigns = all<{ channel: string; status: string; starts_on: string; ends_on: string }>('SELECT * FROM campaigns')
    expect(campaigns.length).toBeGreaterThanOrEqual(24)
    expect(new Set(campaigns.map((c) => c.channel))).toEqual(new Set(CHANNELS))
    const day = today.toISOString().slice(0, 10)
    for (const c of campaigns) {
      if (c.status === 'planned') expect(c.starts_on > day).toBe(true)
      if (c.status === 'completed') expect(c.ends_on < day).toBe(true)
      if (c.status === 'active') expect(c.starts_on <= day && day <= c.ends_on).toBe(true)
    }
  })

  it('keeps metric funnels ordered: impressions > clicks > visits', () => {
    const broken = all('SELECT * FROM campaign_metrics WHERE NOT (impressions > clicks AND clicks > visits)')
    expect(all('SELECT * FROM campaign_metrics').length).toBeGreaterThan(0)
    expect(broken).toEqual([])
  })

  it('closes won and lost leads, and gives every lost lead a reason from the list', () => {
    const leads = all<{ kind: string; closed_at: string | null; lost_reason: string | null }>(
      'SELECT s.kind, l.closed_at, l.lost_reason FROM leads l JOIN stages s ON s.id = l.stage_id',
    )
    const reasons = new Set(all<{ label: string }>('SELECT label FROM lost_reasons').map((r) => r.label))
    const count = (kind: string) => leads.filter((l) => l.kind === kind).length
    expect(count('won')).toBeGreaterThan(LEADS * 0.12)
    expect(count('lost')).toBeGreaterThan(LEADS * 0.15)
    expect(count('open')).toBeGreaterThan(LEADS * 0.06)
    for (const lead of leads) {
      expect(lead.closed_at !== null).toBe(lead.kind !== 'open')
      expect(lead.lost_reason !== null).toBe(lead.kind === 'lost')
      if (lead.lost_reason !== null) expect(reasons.has(lead.lost_reason)).toBe(true)
    }
  })

  it("ends each lead's stage history where the lead is, at its stage_entered_at", () => {
    const mismatched = all(`
      SELECT l.id FROM leads l
      JOIN stage_history h ON h.id = (SELECT id FROM stage_history WHERE lead_id = l.id ORDER BY at DESC, id DESC LIMIT 1)
      WHERE h.at <> l.stage_entered_at OR h.to_stage_id <> l.stage_id OR (l.closed_at IS NOT NULL AND l.closed_at <> h.at)`)
    expect(mismatched).toEqual([])
    expect(all('SELECT id FROM leads WHERE id NOT IN (SELECT lead_id FROM stage_history WHERE from_stage_id IS NULL)')).toEqual([])
  })

  it('places cards at distinct, ascending positions within each stage', () => {
    const duplicates = all('SELECT stage_id, position FROM leads GROUP BY stage_id, position HAVING count(*) > 1')
    expect(duplicates).toEqual([])
    expect(all('SELECT id FROM leads WHERE typeof(position) <> \'real\'')).toEqual([])
  })

  it('touches each attributed lead first from its source campaign', () => {
    const wrong = all(`
      SELECT l.id FROM leads l
      WHERE l.source_campaign_id IS NOT NULL
        AND l.source_campaign_id <> (SELECT campaign_id FROM touchpoints WHERE lead_id = l.id ORDER BY at, id LIMIT 1)`)
    expect(wrong).toEqual([])
    expect(all('SELECT id FROM leads WHERE source_campaign_id IS NULL').length).toBeGreaterThan(0)
  })

  it('leaves open follow-ups overdue, due today and due later', () => {
    const now = today.toISOString()
    const due = all<{ due_at: string }>("SELECT due_at FROM activities WHERE done_at IS NULL AND due_at IS NOT NULL AND kind = 'task'")
    expect(due.some((a) => a.due_at < now)).toBe(true)
    expect(due.some((a) => a.due_at.startsWith('2026-03-15'))).toBe(true)
    expect(due.some((a) => a.due_at >= '2026-03-16')).toBe(true)
  })

  it('sets last_activity_at to the latest completed activity', () => {
    const wrong = all(`
      SELECT l.id FROM leads l
      WHERE l.last_activity_at IS NOT (SELECT max(done_at) FROM activities WHERE lead_id = l.id AND done_at IS NOT NULL)`)
    expect(wrong).toEqual([])
  })

  it('dates nothing that already happened after "today"', () => {
    const now = today.toISOString()
    for (const [table, column] of [
      ['leads', 'created_at'],
      ['leads', 'updated_at'],
      ['leads', 'closed_at'],
      ['stage_history', 'at'],
      ['activities', 'done_at'],
      ['activities', 'created_at'],
      ['touchpoints', 'at'],
      ['feedback', 'created_at'],
      ['campaign_spend', 'created_at'],
    ] as const) {
      expect(all(`SELECT id FROM ${table} WHERE ${column} > '${now}'`), `${table}.${column}`).toEqual([])
    }
  })

  it('links feedback to the lead’s source campaign', () => {
    expect(all('SELECT * FROM feedback').length).toBeGreaterThan(0)
    expect(all('SELECT f.id FROM feedback f JOIN leads l ON l.id = f.lead_id WHERE f.campaign_id IS NOT l.source_campaign_id')).toEqual([])
  })

  it('keeps every foreign key intact', () => {
    expect(all('PRAGMA foreign_key_check')).toEqual([])
  })

  it('refuses a workspace that already has data, and leaves it as it was', async () => {
    const before = dump(database)
    await expect(generateSample(database.db, { leads: 5, today })).rejects.toThrow(/empty workspace/)
    expect(dump(database)).toBe(before)
  })

  it('writes identical rows for the same seed and day, and different ones for another seed', async () => {
    const [again, other] = await Promise.all([sampled(), sampled(8)])
    try {
      expect(dump(again)).toBe(dump(database))
      expect(dump(other)).not.toBe(dump(database))
    } finally {
      await Promise.all([again.dispose(), other.dispose()])
    }
  })
})

describe('the sample on the firm’s clock', () => {
  it('plans office hours, "due today" and the current month on the firm’s calendar, however far from UTC', async () => {
    // 10:30 UTC on 15 March is 23:30 that day in Auckland and 03:30 in Los Angeles.
    for (const zone of ['Pacific/Auckland', 'America/Los_Angeles']) {
      const database = await openTempDatabase()
      try {
        database.sqlite.prepare('UPDATE settings SET time_zone = ?').run(zone)
        await generateSample(database.db, { leads: LEADS, seed: 7, today })
        const now = today.toISOString()
        const firmToday = dayOf(today, zone)
        const column = (query: string) => database.sqlite.prepare(query).pluck().all() as string[]
        const dueDays = column("SELECT due_at FROM activities WHERE done_at IS NULL AND due_at IS NOT NULL AND kind = 'task'").map((at) => dayOf(at, zone))
        expect(dueDays).toContain(firmToday)
        expect(column(`SELECT created_at FROM leads WHERE created_at > '${now}'`)).toEqual([])
        expect(column(`SELECT spent_on FROM campaign_spend WHERE spent_on > '${firmToday}'`)).toEqual([])
        // Leads come in during the firm's office hours (8:00–18:00 there), not the UTC ones.
        const hours = column('SELECT created_at FROM leads').map((at) => Number(wallTimeOf(at, zone).time.slice(0, 2)))
        expect(hours.filter((h) => h >= 8 && h < 18).length / hours.length).toBeGreaterThan(0.9)
      } finally {
        await database.dispose()
      }
    }
  })
})

describe('the sample goals', () => {
  it('span teams and periods, with goals achieved, at risk and missed, and a tree under the shared revenue goal', async () => {
    const database = await sampled()
    try {
      const views = await listGoalViews(database.db, false, '2026-03-15')
      expect(new Set(views.map((v) => v.team))).toEqual(new Set(['shared', 'marketing', 'sales']))
      expect(new Set(views.map((v) => v.periodLabel))).toEqual(new Set(['Q1 2026', 'Q4 2025', 'Mar 2026']))
      const statuses = views.map((v) => v.progress.status)
      expect(statuses).toContain('achieved')
      expect(statuses).toContain('at_risk')
      expect(statuses.filter((s) => s === 'missed')).toHaveLength(1)
      const revenue = views.find((v) => v.title === 'Q1 2026 revenue')
      expect(views.filter((v) => v.parentId === revenue?.id).map((v) => v.team).sort()).toEqual(['marketing', 'marketing', 'sales', 'sales'])
      expect(views.find((v) => v.metric === 'manual')?.progress.current).toBeGreaterThan(1200)
    } finally {
      await database.dispose()
    }
  })
})

describe('generateSample for campaign figures', () => {
  it('touches about a third of won deals with two or three campaigns, gives segments criteria and weekly spend', async () => {
    const database = await openTempDatabase()
    try {
      await generateSample(database.db, { leads: 1500, seed: 3, today })
      const get = (query: string) => database.sqlite.prepare(query).pluck().get() as number
      const won = get(`SELECT count(*) FROM leads l JOIN stages s ON s.id = l.stage_id WHERE s.kind = 'won' AND l.source_campaign_id IS NOT NULL`)
      const multi = get(`SELECT count(*) FROM leads l JOIN stages s ON s.id = l.stage_id WHERE s.kind = 'won' AND (SELECT count(*) FROM touchpoints t WHERE t.lead_id = l.id) BETWEEN 2 AND 3`)
      expect(multi / won).toBeGreaterThan(0.2)
      expect(multi / won).toBeLessThan(0.45)
      expect(get(`SELECT count(*) FROM segments WHERE industry IS NULL OR company_size IS NULL OR region IS NULL`)).toBe(0)
      // Every campaign that has run has spend entries about a week apart (events spend daily over their few days).
      expect(get(`SELECT count(*) FROM campaigns c WHERE c.status <> 'planned' AND NOT EXISTS (SELECT 1 FROM campaign_spend s WHERE s.campaign_id = c.id)`)).toBe(0)
      expect(get(`SELECT count(*) FROM campaign_metrics`)).toBeGreaterThan(100)
    } finally {
      await database.dispose()
    }
  })

  it('scales to hundreds of campaigns with a dense spend ledger, all tracking codes unique', async () => {
    const database = await openTempDatabase()
    try {
      await generateSample(database.db, { leads: 200, seed: 5, today, campaigns: 300, spendEveryDays: 1 })
      const get = (query: string) => database.sqlite.prepare(query).pluck().get() as number
      expect(get('SELECT count(*) FROM campaigns')).toBe(300)
      expect(get('SELECT count(DISTINCT tracking_code) FROM campaigns')).toBe(300)
      expect(get('SELECT count(*) FROM campaign_spend')).toBeGreaterThan(20_000)
    } finally {
      await database.dispose()
    }
  })
})
