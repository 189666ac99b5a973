import { formatGoalValue, GOAL_METRIC_INFO, type Goal } from '@shared/domain/goals'
import { CURRENCY, LOCALE } from '../../ui/format'

/** A goal's figure as a person reads it ("$42,000", "25%", "1,200 subscribers"). */
export function goalValue(goal: Pick<Goal, 'metric' | 'manualName'>, value: number | null): string {
  return formatGoalValue(goal.metric, value, { currency: CURRENCY, locale: LOCALE, ...(goal.manualName && { unitName: goal.manualName }) })
}

/** An estimate (forecast, pace) reads in whole dollars or whole counts: its cents are noise. */
export function goalEstimate(goal: Pick<Goal, 'metric' | 'manualName'>, value: number | null): string {
  if (value === null) return goalValue(goal, null)
  const unit = GOAL_METRIC_INFO[goal.metric].unit
  return goalValue(goal, unit === 'money' ? Math.round(value / 100) * 100 : unit === 'count' || unit === 'number' ? Math.round(value) : value)
}

export function percentText(percent: number | null): string {
  return percent === null ? '—' : `${Math.round(percent * 100)}%`
}

export function metricLabel(goal: Pick<Goal, 'metric' | 'manualName'>): string {
  return goal.metric === 'manual' && goal.manualName ? goal.manualName[0]?.toUpperCase() + goal.manualName.slice(1) : GOAL_METRIC_INFO[goal.metric].label
}
