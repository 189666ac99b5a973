import type { GoalsGlance } from '@shared/contract/reports'
import { GOAL_PROGRESS_STATUSES, GOAL_STATUS_LABELS } from '@shared/domain/goals'
import type { Db } from '../context'
import { listGoalViews } from '../goals/goals.service'

/** Goals at a glance on the firm's `today`: how many are in each status, and the three nearest deadlines still ahead. */
export async function goalsGlance(db: Db, today: string): Promise<GoalsGlance | null> {
  const views = await listGoalViews(db, false, today)
  if (views.length === 0) return null
  return {
    counts: GOAL_PROGRESS_STATUSES.map((status) => ({ status, label: GOAL_STATUS_LABELS[status], count: views.filter((v) => v.progress.status === status).length })),
    nearest: views
      .filter((v) => v.endsOn >= today)
      .sort((a, b) => a.endsOn.localeCompare(b.endsOn) || a.title.localeCompare(b.title))
      .slice(0, 3)
      .map((v) => ({
        id: v.id,
        title: v.title,
        endsOn: v.endsOn,
        status: v.progress.status,
        statusLabel: GOAL_STATUS_LABELS[v.progress.status],
        percent: v.progress.percent === null ? null : v.progress.percent * 100,
      })),
  }
}
