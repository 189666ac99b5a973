import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { GoalInput } from '@shared/contract/goals'
import type { GoalMetric } from '@shared/domain/goals'
import { AppError } from '@shared/errors'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { CAMPAIGN, seedMetricsFirm } from '../metrics/metrics.fixtures'
import { goalAchievability } from './goals.achievability'
import { goalBurnUp } from './goals.burnup'
import { goalChips } from './goals.chips'
import { goalContributors } from './goals.contributors'
import { measureMetric } from './goals.measure'
import { addCheckin, archiveGoal, createGoal, getGoalDetail, listGoalViews, refreezeGoal, updateGoal } from './goals.service'
import { execute } from '../../../../test/fixtures/sql'

// The hand-built firm of metrics.fixtures.ts over 1 Jan – 28 Feb 2026; every figure below is
// worked out by hand from it (see metrics.repo.test.ts for the inputs).
const PERIOD = { start: '2026-01-01', end: '2026-02-28' }

const goalInput = (over: Record<string, unknown> = {}) =>
  GoalInput.parse({ title: 'Q1 revenue', team: 'shared', metric: 'won_revenue', target: 150_000, startsOn: PERIOD.start, endsOn: PERIOD.end, ...over })

describe('goals on the metrics module', () => {
  const database = useTestDatabase()
  const db = () => database().db
  async function seed() {
    await seedMetricsFirm(database().db)
    const done = (leadId: number, subject: string, at: string) => ({ lead_id: leadId, kind: 'call', subject, due_at: null, done_at: at, created_at: at, updated_at: at })
    await db()
      .insertInto('activities')
      .values([
        done(1, 'Intro call', '2026-01-06T09:00:00.000Z'),
        done(5, 'Demo', '2026-02-28T23:00:00.000Z'),
        done(2, 'Too late', '2026-03-01T00:00:00.000Z'),
      ])
      .execute()
    await execute(database().db, sql`INSERT INTO activities (lead_id, kind, subject, due_at, created_at, updated_at) VALUES (2, 'task', 'Open follow-up', '2026-01-10T09:00:00.000Z', '2026-01-09T09:00:00.000Z', '2026-01-09T09:00:00.000Z')`)
  }

  it('measures every catalogue metric to the hand-computed figure', async () => {
    await seed()
    const expected: Record<Exclude<GoalMetric, 'manual' | 'customer_retention'>, number> = {
      new_customers: 4, // leads 1, 5, 7 and 8: four people's first wins
      won_revenue: 137_001,
      deals_won: 4,
      new_leads: 7,
      qualified_leads: 5,
      lead_to_won: 4 / 7,
      win_rate: 4 / 6,
      avg_deal_size: 34_250, // 137,001 / 4, to the cent
      sales_cycle_days: 20, // 80 days / 4 deals
      campaign_spend: 45_000,
      cpl: 6429, // 45,000 / 7
      cac: 11_250, // 45,000 / 4
      roi: (137_001 - 45_000) / 45_000,
      activities_logged: 2, // the open follow-up and the March call do not count
    }
    for (const [metric, value] of Object.entries(expected)) {
      expect(await measureMetric(db(), metric as keyof typeof expected, {}, PERIOD), metric).toBeCloseTo(value, 9)
    }    // Nobody bought in the 59 days before: no retention to measure.
    expect(await measureMetric(db(), 'customer_retention', {}, PERIOD)).toBeNull()
  })

  it('narrows by campaign, channel and owner, and gives null where a ratio has nothing to divide', async () => {
    await seed()
    expect(await measureMetric(db(), 'won_revenue', { campaignId: CAMPAIGN.a }, PERIOD)).toBe(120_000)
    expect(await measureMetric(db(), 'deals_won', { channel: 'video' }, PERIOD)).toBe(1)
    expect(await measureMetric(db(), 'new_leads', { owner: 'Ana' }, PERIOD)).toBe(2)
    expect(await measureMetric(db(), 'cpl', {}, { start: '2026-04-01', end: '2026-04-30' })).toBeNull()
    expect(await measureMetric(db(), 'win_rate', {}, { start: '2026-04-01', end: '2026-04-30' })).toBeNull()
  })

  it('shows progress, forecast and status as of a day, and a ratio over the period in the burn-up', async () => {
    await seed()
    const goal = await createGoal(db(), goalInput({ target: 200_000 }))
    const [view] = await listGoalViews(db(), false, '2026-01-31')
    // By 31 Jan: deals 7 (20,000, 3 Jan), 1 (100,000), 8 (7,000) = 127,000 in 31 of 59 days.
    expect(view?.progress).toMatchObject({ current: 127_000, elapsedDays: 31, totalDays: 59, status: 'on_track' })
    expect(view?.progress.forecast).toBeCloseTo((127_000 * 59) / 31)
    const winRate = await createGoal(db(), goalInput({ metric: 'win_rate', target: 0.5 }))
    const burnUp = await goalBurnUp(db(), winRate.id, '2026-03-15')
    expect(burnUp.days.at(-1)).toBe('2026-02-28')
    expect(burnUp.actual.at(-1)).toBeCloseTo(4 / 6)
    expect(goal.id).not.toBe(winRate.id)
  })

  it('freezes a closed goal seven days after its end, so a later edit of old data does not rewrite it', async () => {
    await seed()
    const goal = await createGoal(db(), goalInput())
    expect((await listGoalViews(db(), false, '2026-03-07'))[0]?.final).toBeNull()
    const [closed] = await listGoalViews(db(), false, '2026-03-08')
    expect(closed?.final).toMatchObject({ value: 137_001, status: 'missed' })
    await execute(database().db, sql`UPDATE leads SET value_minor = 100_000 WHERE id = 8`)
    const detail = await getGoalDetail(db(), goal.id, '2026-03-09')
    expect(detail.goal.progress).toMatchObject({ current: 137_001, status: 'missed' })
    expect(detail.liveValue).toBe(230_001)
    const recalculated = await refreezeGoal(db(), goal.id, '2026-03-09')
    expect(recalculated.final).toMatchObject({ value: 230_001, status: 'achieved' })
  })

  it('archives only an ended goal, freezing it at once, and lifts the freeze when the target changes', async () => {
    await seed()
    const goal = await createGoal(db(), goalInput())
    const early = await archiveGoal(db(), goal.id, true, '2026-02-20').catch((e: unknown) => e)
    expect((early as AppError).message).toMatch(/Only a goal whose end date has passed can be archived/)
    const archived = await archiveGoal(db(), goal.id, true, '2026-03-01')
    expect(archived).toMatchObject({ archived: true, final: { value: 137_001, status: 'missed' } })
    expect(await listGoalViews(db(), false, '2026-03-01')).toEqual([])
    const edited = await updateGoal(db(), goal.id, goalInput({ target: 100_000 }))
    expect(edited.final).toBeNull()
    expect((await listGoalViews(db(), true, '2026-03-01'))[0]?.progress.status).toBe('achieved')
  })

  it('builds the tree of a shared goal and its team goals, and refuses a loop', async () => {
    await seed()
    const shared = await createGoal(db(), goalInput())
    const marketing = await createGoal(db(), goalInput({ title: 'Leads', team: 'marketing', metric: 'new_leads', target: 6, parentId: shared.id }))
    const sales = await createGoal(db(), goalInput({ title: 'Win rate', team: 'sales', metric: 'win_rate', target: 0.25, parentId: shared.id }))
    const detail = await getGoalDetail(db(), sales.id, '2026-03-01')
    expect(detail.tree.goal.id).toBe(shared.id)
    expect(detail.tree.children.map((c) => [c.goal.title, c.goal.progress.status])).toEqual([
      ['Leads', 'achieved'],
      ['Win rate', 'achieved'],
    ])
    const loop = await updateGoal(db(), shared.id, goalInput({ parentId: marketing.id })).catch((e: unknown) => e)
    expect(loop).toBeInstanceOf(AppError)
    expect((loop as AppError).field).toBe('parentId')
  })

  it('lists the leads behind a figure, and the chips a pipeline or campaign page shows', async () => {
    await seed()
    const goal = await createGoal(db(), goalInput({ campaignIds: [CAMPAIGN.b] }))
    const contributors = await goalContributors(db(), goal.id, '2026-03-01')
    expect(contributors.kind).toBe('leads')
    expect(contributors.total).toBe(4)
    expect(contributors.kind === 'leads' && contributors.rows.reduce((sum, r) => sum + r.valueMinor, 0)).toBe(137_001)
    expect(await goalChips(db(), { pipelineId: 1 }, '2026-02-01')).toEqual([{ id: goal.id, title: 'Q1 revenue', percent: expect.any(Number) as number, status: 'on_track' }])
    expect(await goalChips(db(), { campaignId: CAMPAIGN.b }, '2026-02-01')).toHaveLength(1)
    expect(await goalChips(db(), { campaignId: CAMPAIGN.c }, '2026-02-01')).toHaveLength(0)
  })

  it('judges a target against the same months of the past', async () => {
    await seed()
    const hard = await goalAchievability(db(), { metric: 'new_leads', filters: {}, startsOn: '2026-03-01', endsOn: '2026-03-31', target: 30 })
    // The six months before March: February 1 lead (28 Feb), January 6, December 1, then none. Best is 6; 30 is 5×.
    expect(hard.history.map((h) => h.value)).toEqual([1, 6, 1, 0, 0, 0])
    expect(hard.verdict).toBe('too_hard')
    expect((await goalAchievability(db(), { metric: 'new_leads', filters: {}, startsOn: '2026-03-01', endsOn: '2026-03-31', target: 5 })).verdict).toBe('fine')
  })

  it('takes check-ins for a manual metric only', async () => {
    await seed()
    const manual = await createGoal(db(), goalInput({ title: 'Subscribers', metric: 'manual', manualName: 'subscribers', target: 2000, baseline: 1000 }))
    await addCheckin(db(), { goalId: manual.id, checkedOn: '2026-01-29', value: 1500, note: null })
    // Day 29 of 59: +500 so far heads for 1000 + 500 × 59 / 29 ≈ 2017 — on track; a day later, ≈ 1983 — at risk.
    expect((await listGoalViews(db(), false, '2026-01-29'))[0]?.progress).toMatchObject({ current: 1500, baseline: 1000, percent: 0.5, status: 'on_track' })
    expect((await listGoalViews(db(), false, '2026-01-30'))[0]?.progress.status).toBe('at_risk')
    const data = await createGoal(db(), goalInput())
    await expect(addCheckin(db(), { goalId: data.id, checkedOn: '2026-01-30', value: 1, note: null })).rejects.toThrow(/measured from your data/)
  })
})
