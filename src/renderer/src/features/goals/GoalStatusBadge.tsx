import { GOAL_STATUS_LABELS, type GoalProgressStatus } from '@shared/domain/goals'
import './goals.css'

export function GoalStatusBadge({ status }: { status: GoalProgressStatus }) {
  return <span className={`badge goal-status goal-status--${status}`}>{GOAL_STATUS_LABELS[status]}</span>
}
