import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isStale } from '@shared/domain/board'
import { openTempDatabase, type TempDatabase } from '../../../../test/fixtures/temp-database'
import { metricInputs } from '../metrics/metrics.repo'
import { generateSample } from './generate'

const today = new Date('2026-03-15T10:30:00.000Z')
const DAY = 86_400_000

interface OpenCard {
  stage_entered_at: string
  last_activity_at: string | null
  stale_days: number | null
  next_follow_up_at: string | null
}

/** What a user sees on the sample's open board: the shares a well-run firm would show. */
function health(database: TempDatabase) {
  const total = (database.sqlite.prepare('SELECT count(*) FROM leads').pluck().get() as number) || 1
  const open = database.sqlite
    .prepare(
      `SELECT l.stage_entered_at, l.last_activity_at, s.stale_days,
              (SELECT min(due_at) FROM activities a WHERE a.lead_id = l.id AND a.done_at IS NULL AND a.due_at IS NOT NULL) AS next_follow_up_at
       FROM leads l JOIN stages s ON s.id = l.stage_id
       WHERE s.kind = 'open' AND (l.snoozed_until IS NULL OR l.snoozed_until <= ?)`,
    )
    .all(today.toISOString()) as OpenCard[]
  const share = (n: number) => n / Math.max(1, open.length)
  const daysInStage = open.map((c) => (today.getTime() - Date.parse(c.stage_entered_at)) / DAY).sort((a, b) => a - b)
  const won = database.sqlite.prepare("SELECT count(*) FROM leads l JOIN stages s ON s.id = l.stage_id WHERE s.kind = 'won'").pluck().get() as number
  const lost = database.sqlite.prepare("SELECT count(*) FROM leads l JOIN stages s ON s.id = l.stage_id WHERE s.kind = 'lost'").pluck().get() as number
  return {
    openShare: open.length / total,
    stale: share(open.filter((c) => isStale({ ...c, stageEnteredAt: c.stage_entered_at, lastActivityAt: c.last_activity_at, closedAt: null }, c.stale_days, today)).length),
    overdue: share(open.filter((c) => c.next_follow_up_at !== null && c.next_follow_up_at < today.toISOString()).length),
    underAMonth: share(daysInStage.filter((d) => d < 30).length),
    winShareOfClosed: won / Math.max(1, won + lost),
  }
}

describe.each([400, 10_000])('the sample firm with %i leads looks healthy', (leads) => {
  let database: TempDatabase
  let measured: ReturnType<typeof health>
  beforeAll(async () => {
    database = await openTempDatabase()
    await generateSample(database.db, { leads, today })
    measured = health(database)
  }, 120_000)
  afterAll(() => database.dispose())

  it('keeps 30–50% of its leads open on the board', () => {
    expect(measured.openShare).toBeGreaterThanOrEqual(0.3)
    expect(measured.openShare).toBeLessThanOrEqual(0.5)
  })

  it('lets at most a fifth of the open cards go stale and at most 15% run overdue', () => {
    expect(measured.stale).toBeLessThanOrEqual(0.2)
    expect(measured.overdue).toBeLessThanOrEqual(0.15)
    expect(measured.overdue).toBeGreaterThan(0)
  })

  it('is alive in the current month: leads arriving at the usual pace and qualifying, deals won, campaigns running and spending', async () => {
    const month = await metricInputs(database.db, { from: '2026-03-01', to: '2026-03-15' })
    const before = await metricInputs(database.db, { from: '2026-01-15', to: '2026-02-28' })
    const perDay = (leads: number, days: number) => leads / days
    expect(perDay(month.leads, 15)).toBeGreaterThanOrEqual(0.5 * perDay(before.leads, 45))
    expect(month.qualifiedLeads).toBeGreaterThan(0)
    expect(month.wonDeals).toBeGreaterThan(0)
    expect(month.spendMinor).toBeGreaterThan(0)
    const running = database.sqlite.prepare(`SELECT count(*) FROM campaigns WHERE status = 'active'`).pluck().get() as number
    expect(running).toBeGreaterThanOrEqual(5)
    const lastWeek = await metricInputs(database.db, { from: '2026-03-09', to: '2026-03-15' })
    expect(lastWeek.leads).toBeGreaterThan(0)
  })

  it('has most open cards in their stage for under a month, and wins a believable share of what it closes', () => {
    expect(measured.underAMonth).toBeGreaterThanOrEqual(0.7)
    expect(measured.winShareOfClosed).toBeGreaterThanOrEqual(0.2)
    expect(measured.winShareOfClosed).toBeLessThanOrEqual(0.5)
  })
})
