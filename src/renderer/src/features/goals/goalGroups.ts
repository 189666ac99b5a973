import type { GoalTeam } from '@shared/domain/enums'
import { GOAL_TEAM_LABELS, type GoalProgressStatus, type GoalView } from '@shared/domain/goals'
import { periodKind, type PeriodKind } from '@shared/domain/goalsPeriod'

export interface GoalFilterState {
  search: string
  team: GoalTeam | ''
  period: PeriodKind | ''
  status: GoalProgressStatus | ''
}

export function filterGoals(goals: readonly GoalView[], f: GoalFilterState): GoalView[] {
  const search = f.search.trim().toLowerCase()
  return goals.filter(
    (g) =>
      (!f.team || g.team === f.team) &&
      (!f.period || periodKind(g.startsOn, g.endsOn) === f.period) &&
      (!f.status || g.progress.status === f.status) &&
      (!search || `${g.title} ${g.owner ?? ''} ${g.description ?? ''}`.toLowerCase().includes(search)),
  )
}

export type GoalGrouping = 'period' | 'team'

export interface GoalGroup {
  key: string
  title: string
  goals: GoalView[]
}

const TEAM_ORDER: Record<GoalTeam, number> = { shared: 0, marketing: 1, sales: 2 }

/**
 * By period (latest first; within one, shared goals, then marketing, then sales) or by team
 * (shared, marketing, sales; within one, the latest period first).
 */
export function groupGoals(goals: readonly GoalView[], by: GoalGrouping): GoalGroup[] {
  const byPeriod = (a: GoalView, b: GoalView) => b.endsOn.localeCompare(a.endsOn) || a.startsOn.localeCompare(b.startsOn)
  const byTeam = (a: GoalView, b: GoalView) => TEAM_ORDER[a.team] - TEAM_ORDER[b.team]
  const sorted = [...goals].sort((a, b) => (by === 'period' ? byPeriod(a, b) || byTeam(a, b) : byTeam(a, b) || byPeriod(a, b)) || a.id - b.id)
  const groups = new Map<string, GoalGroup>()
  for (const goal of sorted) {
    const key = by === 'period' ? goal.periodLabel : goal.team
    const group = groups.get(key) ?? { key, title: by === 'period' ? goal.periodLabel : GOAL_TEAM_LABELS[goal.team], goals: [] }
    group.goals.push(goal)
    groups.set(key, group)
  }
  return [...groups.values()]
}
