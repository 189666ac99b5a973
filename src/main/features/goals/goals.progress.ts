import { GOAL_METRIC_INFO, type Goal, type GoalProgressView, type GoalView } from '@shared/domain/goals'
import { addDays, periodLabel, previousPeriods } from '@shared/domain/goalsPeriod'
import { elapsedDays, goalProgress, shareOfTarget } from '@shared/domain/goalsProgress'
import { periodDays } from '@shared/domain/goalsPeriod'
import { nowIso } from '@shared/domain/dates'
import type { Db } from '../context'
import { measureGoal, measureMetric, type InputsMemo } from './goals.measure'
import { readingsFor } from './goals.repo'

/**
 * When a goal's result is frozen: on the first read more than this many days after its end
 * date (the grace lets late entries for the last days count), or at once when the person
 * archives it. From then on its result is the stored one; the goal page shows the figure the
 * data gives now beside it if they differ, and "Recalculate" is the only way to change it.
 */
export const FREEZE_AFTER_DAYS = 7

export const isDueToFreeze = (goal: Goal, today: string) => !goal.final && addDays(goal.endsOn, FREEZE_AFTER_DAYS) < today

/** A manual metric starts from its typed baseline or its first check-in; a data metric from its figure in the period before. */
export async function baselineOf(db: Db, goal: Goal, memo: InputsMemo = new Map()): Promise<number | null> {
  if (goal.metric === 'manual') return goal.baseline ?? (await readingsFor(db, goal.id, goal.startsOn)).first
  const previous = previousPeriods(goal.startsOn, goal.endsOn, 1)[0]
  return previous ? measureMetric(db, goal.metric, goal.filters, previous, memo) : null
}

function frozenProgress(goal: Goal & { final: NonNullable<Goal['final']> }, baseline: number | null): GoalProgressView {
  const totalDays = periodDays(goal.startsOn, goal.endsOn)
  const value = goal.final.value
  return {
    current: value,
    target: goal.target,
    baseline,
    percent: value === null ? null : shareOfTarget(goal.metric, value, goal.target, baseline),
    expectedNow: goal.target,
    forecast: value,
    status: goal.final.status,
    elapsedDays: totalDays,
    totalDays,
  }
}

/**
 * Progress as of `today`: measured from the data (or check-ins), or the frozen result of a
 * closed goal. A data metric's baseline (its figure in the period before) costs a second
 * query and changes no status, so lists leave it out (`withBaseline` false); a goal's own
 * page and chart ask for it.
 */
export async function progressOf(db: Db, goal: Goal, today: string, memo: InputsMemo = new Map(), withBaseline = true): Promise<GoalProgressView> {
  const baseline = withBaseline || goal.metric === 'manual' ? await baselineOf(db, goal, memo) : null
  if (goal.final) return frozenProgress({ ...goal, final: goal.final }, baseline)
  const asOf = today < goal.endsOn ? today : goal.endsOn
  const started = elapsedDays(goal.startsOn, goal.endsOn, today) > 0
  const current = started ? await measureGoal(db, goal, asOf, memo) : GOAL_METRIC_INFO[goal.metric].shape === 'cumulative' ? 0 : null
  return goalProgress({ metric: goal.metric, startsOn: goal.startsOn, endsOn: goal.endsOn, today, current, target: goal.target, baseline })
}

/** Writes a closed goal's final result. The caller decides when (see FREEZE_AFTER_DAYS). */
export async function freezeGoal(db: Db, goal: Goal, today: string, memo: InputsMemo = new Map()): Promise<Goal> {
  const progress = await progressOf(db, { ...goal, final: null }, today > goal.endsOn ? today : addDays(goal.endsOn, 1), memo)
  const status = progress.status === 'achieved' ? 'achieved' : 'missed'
  const frozenAt = nowIso()
  await db.updateTable('goals').set({ final_value: progress.current, final_status: status, frozen_at: frozenAt }).where('id', '=', goal.id).execute()
  return { ...goal, final: { value: progress.current, status, frozenAt } }
}

export async function viewOf(db: Db, goal: Goal, today: string, memo: InputsMemo = new Map(), withBaseline = true): Promise<GoalView> {
  const settled = isDueToFreeze(goal, today) ? await freezeGoal(db, goal, today, memo) : goal
  return { ...settled, progress: await progressOf(db, settled, today, memo, withBaseline), periodLabel: periodLabel(goal.startsOn, goal.endsOn) }
}
