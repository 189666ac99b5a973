import type { GoalBurnUp } from '@shared/domain/goals'
import { addDays } from '@shared/domain/goalsPeriod'
import { burnUpDays, idealAt } from '@shared/domain/goalsProgress'
import type { Db } from '../context'
import { measureRunning } from './goals.measure'
import { getGoalRecord } from './goals.service'
import { progressOf } from './goals.progress'

/** The burn-up chart of a goal: actual up to today, the ideal line over the whole period, the forecast from today to the end. */
export async function goalBurnUp(db: Db, id: number, today: string): Promise<GoalBurnUp> {
  const goal = await getGoalRecord(db, id)
  const progress = await progressOf(db, goal, today)
  const offsets = burnUpDays(goal.startsOn, goal.endsOn)
  const days = offsets.map((offset) => addDays(goal.startsOn, offset - 1))
  const measuredDays = days.filter((day) => day <= today)
  const measured = await measureRunning(db, goal, measuredDays)
  const actual = days.map((day, i) => (day > today ? null : goal.final && i === days.length - 1 ? goal.final.value : (measured[i] ?? null)))
  const ideal = offsets.map((offset) => idealAt(goal.metric, goal.target, progress.baseline, offset, progress.totalDays))
  // The forecast line runs from the last actual point to the end-date forecast, straight.
  const lastActual = measuredDays.length - 1
  const from = lastActual >= 0 ? actual[lastActual] : null
  const forecast = days.map((_, i) => {
    if (progress.forecast === null || from === null || from === undefined || i < lastActual || goal.final) return null
    if (i === lastActual) return from
    const startOffset = offsets[lastActual] as number
    const share = ((offsets[i] as number) - startOffset) / (progress.totalDays - startOffset)
    return from + (progress.forecast - from) * share
  })
  return { days, actual, ideal, forecast }
}
