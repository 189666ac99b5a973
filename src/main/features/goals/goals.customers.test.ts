import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { GoalInput } from '@shared/contract/goals'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { seedCustomersFirm } from '../metrics/customers.fixtures'
import { goalAchievability } from './goals.achievability'
import { goalBurnUp } from './goals.burnup'
import { goalContributors } from './goals.contributors'
import { createGoal, listGoalViews } from './goals.service'

// "Keep 70% of last quarter's customers" on the customers firm of metrics/customers.fixtures.ts
// (UTC): Q1 2026's customers are Acme and Cy; Acme buys again on 10 April, Cy does not in Q2.
const Q2 = { startsOn: '2026-04-01', endsOn: '2026-06-30' }
const goal = (over: Record<string, unknown>) => GoalInput.parse({ title: 'Keep 70% of last quarter’s customers', team: 'sales', metric: 'customer_retention', target: 0.7, ...Q2, ...over })

describe('goals on customers', () => {
  const database = useTestDatabase()
  const db = () => database().db
  const seed = async () => {
    await sql`UPDATE settings SET time_zone = 'UTC'`.execute(db())
    await seedCustomersFirm(db())
  }

  it('measures retention against the whole quarter before, pacing it like a sum and forecasting no more than everyone', async () => {
    await seed()
    await createGoal(db(), goal({}))
    // 15 April: Acme is back, 1 of Q1's 2 customers, 15 of 91 days in; the ideal so far is 70% × 15/91.
    const [early] = await listGoalViews(db(), false, '2026-04-15')
    expect(early?.progress).toMatchObject({ current: 0.5, elapsedDays: 15, totalDays: 91, forecast: 1, status: 'on_track' })
    expect(early?.progress.expectedNow).toBeCloseTo((0.7 * 15) / 91, 9)
    // After the quarter: still one of two, so the goal is missed.
    const [late] = await listGoalViews(db(), false, '2026-07-03')
    expect(late?.progress).toMatchObject({ current: 0.5, status: 'missed' })
    const burnUp = await goalBurnUp(db(), early!.id, '2026-04-15')
    expect(burnUp.actual.filter((value) => value !== null)).toEqual([0, 0.5])
    // Behind the figure: the quarter's won deals so far (Acme's deal 8).
    const behind = await goalContributors(db(), early!.id, '2026-04-15')
    expect(behind).toMatchObject({ kind: 'leads', caption: 'Deals won in the period', total: 1 })
  })

  it('counts new customers, and judges a target against the quarters before', async () => {
    await seed()
    await createGoal(db(), goal({ title: 'Two new customers', metric: 'new_customers', target: 2, startsOn: '2026-01-01', endsOn: '2026-03-31' }))
    const [view] = await listGoalViews(db(), false, '2026-03-31')
    expect(view?.progress).toMatchObject({ current: 1, status: 'off_track' })
    const judged = await goalAchievability(db(), { metric: 'new_customers', filters: {}, startsOn: '2026-04-01', endsOn: '2026-06-30', target: 2 })
    // Q1: Cy; Q4 2025: Acme and Beta; none before.
    expect(judged.history.slice(0, 3).map((h) => h.value)).toEqual([1, 2, 0])
  })
})
