import { GOAL_TEAMS, type GoalTeam } from '@shared/domain/enums'
import type { GoalProgressStatus, GoalView } from '@shared/domain/goals'
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

export interface GoalGroup {
  key: string
  team: GoalTeam
  period: string
  goals: GoalView[]
}

/** Shared goals first, then marketing and sales; within a team, the latest period first. */
export function groupGoals(goals: readonly GoalView[]): GoalGroup[] {
  const groups = new Map<string, GoalGroup>()
  const order = (g: GoalView) => `${GOAL_TEAMS.indexOf(g.team) === 2 ? 0 : GOAL_TEAMS.indexOf(g.team) + 1}`
  const sorted = [...goals].sort((a, b) => order(a).localeCompare(order(b)) || b.endsOn.localeCompare(a.endsOn) || a.startsOn.localeCompare(b.startsOn) || a.id - b.id)
  for (const goal of sorted) {
    const key = `${goal.team}|${goal.periodLabel}`
    const group = groups.get(key) ?? { key, team: goal.team, period: goal.periodLabel, goals: [] }
    group.goals.push(goal)
    groups.set(key, group)
  }
  return [...groups.values()]
}
