import type { GoalDetail } from '@shared/domain/goals'
import { addDays } from '@shared/domain/goalsPeriod'
import { day } from '../../ui/format'
import { goalValue } from './goalFormat'
import { useRefreezeGoal } from './goals.queries'

const FREEZE_AFTER_DAYS = 7

/** Says how a closed goal's result is kept, and offers to recalculate it when the data has moved since. */
export function ClosedNotice({ detail, today }: { detail: GoalDetail; today: string }) {
  const refreeze = useRefreezeGoal()
  const { goal, liveValue } = detail
  if (goal.final) {
    return (
      <div className="goal-notice" role="note">
        <p>
          This goal closed and its result was frozen on {day(goal.final.frozenAt)}: later edits to old leads or spend do not change it.
          {liveValue !== null && ` Your data now gives ${goalValue(goal, liveValue)}.`}
        </p>
        {liveValue !== null && (
          <button type="button" className="button button--small" onClick={() => refreeze.mutate(goal.id)} disabled={refreeze.isPending}>
            Recalculate from today’s data
          </button>
        )}
      </div>
    )
  }
  if (goal.endsOn < today) {
    return (
      <div className="goal-notice" role="note">
        <p>
          Ended {day(goal.endsOn)}. Entries for its last days still count until {day(addDays(goal.endsOn, FREEZE_AFTER_DAYS))}; then its result is frozen. Archive it to freeze the result now.
        </p>
      </div>
    )
  }
  return null
}
