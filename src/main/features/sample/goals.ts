import type { GoalTeam } from '@shared/domain/enums'
import type { GoalFilters, GoalMetric } from '@shared/domain/goals'
import { addDays, periodAround, periodDays, periodLabel, type Period } from '@shared/domain/goalsPeriod'
import { elapsedDays } from '@shared/domain/goalsProgress'
import { nowIso } from '@shared/domain/dates'
import type { Trx } from '../context'
import { firmToday } from '../../db/calendar'
import { measureMetric } from '../goals/goals.measure'
import { OWNERS } from './people'

// The sample firm's goals: a shared revenue goal for this quarter with a marketing and a sales
// goal under it, last quarter's closed goals (one achieved, one missed), this month's lead goal,
// one that is off track and a figure the firm tracks itself. Targets are set from what the
// sample data gives, so each lands on the status it is meant to show whatever the seed.

interface SampleGoal {
  key: string
  title: (period: string) => string
  description: string
  team: GoalTeam
  owner: string
  metric: Exclude<GoalMetric, 'manual'>
  period: 'quarter' | 'previousQuarter' | 'month'
  /** The target as a multiple of the forecast (or of the final figure for a closed period). */
  stretch: number
  why: string
  parent?: string
  filters?: GoalFilters
}

const PLAN: SampleGoal[] = [
  { key: 'revenue', title: (p) => `${p} revenue`, description: 'Value of deals won in the quarter, all pipelines', team: 'shared', owner: OWNERS[0], metric: 'won_revenue', period: 'quarter', stretch: 1.1, why: 'Covers the second sales hire and next year’s trade fairs' },
  { key: 'qualified', title: (p) => `Qualified leads ${p}`, description: 'Leads created this quarter that reach Qualified', team: 'marketing', owner: OWNERS[2], metric: 'qualified_leads', period: 'quarter', stretch: 0.95, why: 'Sales needs a steady flow of qualified conversations', parent: 'revenue' },
  { key: 'winRate', title: (p) => `Win rate ${p}`, description: 'Deals won out of deals closed this quarter', team: 'sales', owner: OWNERS[1], metric: 'win_rate', period: 'quarter', stretch: 0.95, why: 'Turn more of marketing’s leads into customers', parent: 'revenue' },
  { key: 'cpl', title: (p) => `Cost per lead ${p}`, description: 'Campaign spend per new lead this quarter', team: 'marketing', owner: OWNERS[2], metric: 'cpl', period: 'quarter', stretch: 0.85, why: 'Keep paid channels affordable as spend grows', parent: 'revenue' },
  { key: 'activities', title: (p) => `Sales activities ${p}`, description: 'Calls, meetings, demos and emails done this quarter', team: 'sales', owner: OWNERS[3], metric: 'activities_logged', period: 'quarter', stretch: 1.6, why: 'More conversations early in the quarter fill the pipeline', parent: 'revenue' },
  { key: 'leadsMonth', title: (p) => `New leads ${p}`, description: 'Leads created this month, every channel', team: 'marketing', owner: OWNERS[2], metric: 'new_leads', period: 'month', stretch: 0.97, why: 'The monthly heartbeat of the funnel' },
  { key: 'lastRevenue', title: (p) => `${p} revenue`, description: 'Value of deals won in the quarter', team: 'shared', owner: OWNERS[0], metric: 'won_revenue', period: 'previousQuarter', stretch: 0.9, why: 'Pays for the new office lease' },
  { key: 'lastDeals', title: (p) => `Deals won ${p}`, description: 'Deals closed as won in the quarter', team: 'sales', owner: OWNERS[1], metric: 'deals_won', period: 'previousQuarter', stretch: 1.25, why: 'One new customer a week', parent: 'lastRevenue' },
]

const label = (p: Period) => periodLabel(p.start, p.end)

function roundTarget(metric: GoalMetric, value: number): number {
  if (metric === 'won_revenue' || metric === 'cpl') return Math.max(100_00, Math.round(value / 100_00) * 100_00)
  if (metric === 'win_rate') return Math.min(0.95, Math.max(0.05, Math.round(value * 100) / 100))
  return Math.max(1, Math.round(value))
}

/** Writes the sample goals after the sample's leads and campaigns, in the caller's transaction. */
export async function writeSampleGoals(trx: Trx, nowMs: number): Promise<number> {
  const today = await firmToday(trx, nowMs)
  const quarter = periodAround('quarter', today)
  const periods = { quarter, previousQuarter: periodAround('quarter', addDays(quarter.start, -1)), month: periodAround('month', today) }
  const ids = new Map<string, number>()
  const now = nowIso()
  for (const goal of PLAN) {
    const period = periods[goal.period]
    const asOf = today < period.end ? today : period.end
    const current = await measureMetric(trx, goal.metric, goal.filters ?? {}, { start: period.start, end: asOf })
    const elapsed = Math.max(1, elapsedDays(period.start, period.end, today))
    const cumulative = !['win_rate', 'cpl'].includes(goal.metric)
    const forecast = current === null ? null : cumulative ? (current * periodDays(period.start, period.end)) / elapsed : current
    const target = roundTarget(goal.metric, (forecast ?? 0) * goal.stretch)
    const { id } = await trx
      .insertInto('goals')
      .values({
        title: goal.title(label(period)),
        description: goal.description,
        metric: goal.metric,
        target,
        baseline: null,
        starts_on: period.start,
        ends_on: period.end,
        team: goal.team,
        filters: JSON.stringify(goal.filters ?? {}),
        status: 'active',
        owner: goal.owner,
        parent_id: goal.parent ? (ids.get(goal.parent) ?? null) : null,
        why: goal.why,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    ids.set(goal.key, id)
  }
  await writeSubscribersGoal(trx, quarter, today, now)
  return PLAN.length + 1
}

/** A figure Baton cannot see: newsletter subscribers, read every week. */
async function writeSubscribersGoal(trx: Trx, quarter: Period, today: string, now: string): Promise<void> {
  const { id } = await trx
    .insertInto('goals')
    .values({
      title: `Newsletter subscribers ${label(quarter)}`,
      description: 'Subscribers on the mailing list, read from the newsletter tool',
      metric: 'manual',
      manual_name: 'subscribers',
      target: 1500,
      baseline: 1200,
      starts_on: quarter.start,
      ends_on: quarter.end,
      team: 'marketing',
      filters: '{}',
      status: 'active',
      owner: OWNERS[2],
      why: 'Every issue brings back past leads',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const total = periodDays(quarter.start, quarter.end)
  for (let day = 0; addDays(quarter.start, day) <= today; day += 7) {
    // Ahead of the straight line to 1,500, so the week since the last reading does not drag the forecast under it.
    const value = Math.round(1200 + (300 * 1.2 * (day + 1)) / total)
    await trx.insertInto('goal_checkins').values({ goal_id: id, checked_on: addDays(quarter.start, day), value, note: null, created_at: now }).execute()
  }
}
