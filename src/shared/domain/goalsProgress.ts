import { GOAL_METRIC_INFO, type GoalMetric, type GoalProgressStatus } from './goals'
import { dayDiff, periodDays } from './goalsPeriod'

// Progress, pace, forecast and status of a goal: the one place these rules live.

/** Below this share of the pace the forecast needs, a goal is off track; between it and the pace, at risk. */
export const AT_RISK_FLOOR = 0.8
/** In the first tenth of a period a forecast rests on too few days to call a goal off track. */
export const EARLY_SHARE = 0.1

export interface ProgressInput {
  metric: GoalMetric
  startsOn: string
  endsOn: string
  /** The day the figures are read (the period's data runs up to and including it). */
  today: string
  /** The metric over [startsOn, min(today, endsOn)]; null when undefined (a ratio with nothing to divide by). */
  current: number | null
  target: number
  /** Where the goal started from: the reading at the start (manual metrics) or the previous period's figure. */
  baseline: number | null
}

export interface Progress {
  current: number | null
  target: number
  baseline: number | null
  /** Share of the way to the target, 1 = reached; null when it cannot be said. */
  percent: number | null
  /** Where the ideal pace line stands today. */
  expectedNow: number
  /** The figure at the end date if the pace so far holds. */
  forecast: number | null
  status: GoalProgressStatus
  elapsedDays: number
  totalDays: number
}

export function meetsTarget(metric: GoalMetric, value: number, target: number): boolean {
  return GOAL_METRIC_INFO[metric].better === 'lower' ? value <= target : value >= target
}

/** Days of the period that have data by `today`, 0 before the start, all of them after the end. */
export function elapsedDays(startsOn: string, endsOn: string, today: string): number {
  return Math.max(0, Math.min(periodDays(startsOn, endsOn), dayDiff(startsOn, today) + 1))
}

/** The ideal pace line at day `day` of the period (1-based; 0 is the start). */
export function idealAt(metric: GoalMetric, target: number, baseline: number | null, day: number, totalDays: number): number {
  const share = Math.max(0, Math.min(1, day / totalDays))
  if (GOAL_METRIC_INFO[metric].shape === 'cumulative') return target * share
  // A ratio or a reading has no zero to start from: it moves from the baseline, or sits on the target when there is none.
  if (baseline === null) return target
  return baseline + (target - baseline) * share
}

/** The figure at the end date if the pace so far holds. */
export function forecastAtEnd(metric: GoalMetric, current: number | null, baseline: number | null, elapsed: number, totalDays: number): number | null {
  if (current === null) return null
  if (elapsed >= totalDays) return current
  if (elapsed <= 0) return null
  switch (GOAL_METRIC_INFO[metric].shape) {
    case 'cumulative': {
      const pace = (current * totalDays) / elapsed
      // A share of a fixed group (last period's customers who came back) cannot pass all of them.
      return GOAL_METRIC_INFO[metric].unit === 'percent' ? Math.min(1, pace) : pace
    }
    case 'ratio':
      // The ratio over the days so far is the best estimate of the ratio over the whole period.
      return current
    case 'level':
      return baseline === null ? current : baseline + ((current - baseline) * totalDays) / elapsed
  }
}

/** How far along the way to the target `value` is: 1 = there. */
export function shareOfTarget(metric: GoalMetric, value: number, target: number, baseline: number | null): number | null {
  const info = GOAL_METRIC_INFO[metric]
  if (info.shape === 'level' && baseline !== null && baseline !== target) return (value - baseline) / (target - baseline)
  if (info.better === 'lower') {
    if (value <= 0) return value <= target ? 1 : null
    return target / value
  }
  if (target === 0) return value >= 0 ? 1 : 0
  return value / target
}

export function goalStatus(input: ProgressInput & { forecast: number | null; elapsed: number; totalDays: number }): GoalProgressStatus {
  const { metric, current, target, today, endsOn, startsOn, forecast, elapsed, totalDays } = input
  const over = today > endsOn
  if (current === null) return over ? 'missed' : 'at_risk'
  if (over) return meetsTarget(metric, current, target) ? 'achieved' : 'missed'
  // A sum can only grow, so reaching the target early is final; a ratio can still slip before the end.
  if (GOAL_METRIC_INFO[metric].shape === 'cumulative' && meetsTarget(metric, current, target)) return 'achieved'
  if (today < startsOn) return 'on_track'
  const share = forecast === null ? null : shareOfTarget(metric, forecast, target, input.baseline)
  if (share !== null && share >= 1) return 'on_track'
  if (share !== null && share >= AT_RISK_FLOOR) return 'at_risk'
  return elapsed / totalDays < EARLY_SHARE ? 'at_risk' : 'off_track'
}

export function goalProgress(input: ProgressInput): Progress {
  const totalDays = periodDays(input.startsOn, input.endsOn)
  const elapsed = elapsedDays(input.startsOn, input.endsOn, input.today)
  const forecast = forecastAtEnd(input.metric, input.current, input.baseline, elapsed, totalDays)
  const percent = input.current === null ? null : shareOfTarget(input.metric, input.current, input.target, input.baseline)
  return {
    current: input.current,
    target: input.target,
    baseline: input.baseline,
    percent,
    expectedNow: idealAt(input.metric, input.target, input.baseline, elapsed, totalDays),
    forecast,
    status: goalStatus({ ...input, forecast, elapsed, totalDays }),
    elapsedDays: elapsed,
    totalDays,
  }
}

/** Days (ends of sub-periods) at which the burn-up chart samples the actual figure: about `points` of them, the last one the end date. */
export function burnUpDays(startsOn: string, endsOn: string, points = 13): number[] {
  const total = periodDays(startsOn, endsOn)
  const step = Math.max(1, Math.ceil(total / points))
  const days: number[] = []
  for (let day = step; day < total; day += step) days.push(day)
  days.push(total)
  return days
}
