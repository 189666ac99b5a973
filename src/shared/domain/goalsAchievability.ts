import { formatGoalValue, GOAL_METRIC_INFO, type GoalMetric } from './goals'
import { PERIOD_KIND_NOUNS, periodLabel, type Period, type PeriodKind } from './goalsPeriod'

// Is the target within reach, judged by the firm's own past? A target that needs more
// than 1.5× the best comparable past period is rarely reached; one below the worst
// past period would be met without trying.

export const STRETCH_LIMIT = 1.5
/** How many past periods of the same length the check looks at. */
export const HISTORY_PERIODS = 6

export type AchievabilityVerdict = 'fine' | 'too_hard' | 'too_easy' | 'no_history' | 'manual'

export interface PastValue extends Period {
  value: number | null
}

export interface Achievability {
  verdict: AchievabilityVerdict
  best: number | null
  worst: number | null
  /** Target over best (for lower-is-better: best over target): 1.8 means it needs 1.8× the best. */
  stretch: number | null
  message: string
}

export interface AchievabilityInput {
  metric: GoalMetric
  target: number
  kind: PeriodKind
  /** Most recent first. */
  history: PastValue[]
  periodDays: number
}

function perWeek(metric: GoalMetric, value: number, days: number): string {
  const weekly = (value * 7) / days
  // Whole currency units (or whole counts) read better as a pace than cents do.
  const rounded = GOAL_METRIC_INFO[metric].unit === 'money' ? Math.round(weekly / 100) * 100 : Math.round(weekly * 10) / 10
  return `${formatGoalValue(metric, rounded)} a week`
}

export function checkAchievability({ metric, target, kind, history, periodDays }: AchievabilityInput): Achievability {
  const info = GOAL_METRIC_INFO[metric]
  if (info.shape === 'level') {
    return { verdict: 'manual', best: null, worst: null, stretch: null, message: 'Baton has no history of a figure you track yourself: compare the target with your own records.' }
  }
  const known = history.filter((p): p is PastValue & { value: number } => p.value !== null)
  const noun = PERIOD_KIND_NOUNS[kind]
  if (known.length === 0 || known.every((p) => p.value === 0)) {
    return { verdict: 'no_history', best: null, worst: null, stretch: null, message: `No history to compare with: Baton has no ${info.label.toLowerCase()} in the ${HISTORY_PERIODS} ${noun === 'period of the same length' ? 'periods' : `${noun}s`} before this one.` }
  }
  const lower = info.better === 'lower'
  const values = known.map((p) => p.value)
  const best = lower ? Math.min(...values) : Math.max(...values)
  const worst = lower ? Math.max(...values) : Math.min(...values)
  const bestPeriod = known.find((p) => p.value === best) as PastValue
  const stretch = lower ? (target > 0 ? best / target : Number.POSITIVE_INFINITY) : best > 0 ? target / best : Number.POSITIVE_INFINITY
  const show = (value: number) => formatGoalValue(metric, value)
  const cumulative = info.shape === 'cumulative'
  const needs = cumulative ? `Needs ${perWeek(metric, target, periodDays)} —` : `${show(target)} is`
  const over = `over the last ${known.length} ${known.length === 1 ? (kind === 'custom' ? 'period' : noun) : kind === 'custom' ? 'periods of the same length' : `${noun}s`}`
  const bestLabel = `${kind === 'custom' ? 'period' : noun} (${periodLabel(bestPeriod.start, bestPeriod.end)}: ${show(best)}${cumulative ? `, ${perWeek(metric, best, periodDays)}` : ''})`
  if (stretch > STRETCH_LIMIT) {
    const times = Number.isFinite(stretch) ? `${stretch.toFixed(1)}×` : 'far beyond'
    return {
      verdict: 'too_hard',
      best,
      worst,
      stretch,
      message: `${needs} ${times} ${lower ? 'better than ' : ''}your best ${bestLabel}. Targets over ${STRETCH_LIMIT}× your best are rarely reached.`,
    }
  }
  if (lower ? target > worst : target < worst) {
    return {
      verdict: 'too_easy',
      best,
      worst,
      stretch,
      message: `${show(target)} is ${lower ? 'above' : 'below'} your worst ${over} (${show(worst)}): it would be met without trying. Aim ${lower ? 'lower' : 'higher'}.`,
    }
  }
  return {
    verdict: 'fine',
    best,
    worst,
    stretch,
    message: `Within reach: ${cumulative ? `${perWeek(metric, target, periodDays)} against a best of ${perWeek(metric, best, periodDays)}` : `${show(target)} against a best of ${show(best)}`} ${over}.`,
  }
}
