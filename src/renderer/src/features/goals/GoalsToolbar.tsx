import { GOAL_TEAMS } from '@shared/domain/enums'
import { GOAL_PROGRESS_STATUSES, GOAL_STATUS_LABELS, GOAL_TEAM_LABELS } from '@shared/domain/goals'
import { PERIOD_KIND_LABELS, type PeriodKind } from '@shared/domain/goalsPeriod'
import { Icon } from '../../ui/icons'
import type { GoalFilterState, GoalGrouping } from './goalGroups'

const PERIODS: PeriodKind[] = ['month', 'quarter', 'year', 'custom']

export function GoalsToolbar({ filters, archived, grouping, onChange }: { filters: GoalFilterState; archived: boolean; grouping: GoalGrouping; onChange: (next: Record<string, string | undefined>) => void }) {
  return (
    <div className="toolbar goal-toolbar" role="search">
      <div className="segmented" role="group" aria-label="Which goals">
        <button type="button" aria-pressed={!archived} onClick={() => onChange({ archived: undefined })}>
          Current
        </button>
        <button type="button" aria-pressed={archived} onClick={() => onChange({ archived: '1' })}>
          Archived
        </button>
      </div>
      <label className="search-input">
        <Icon name="search" />
        <span className="visually-hidden">Search goals</span>
        <input type="search" placeholder="Search by title or owner" value={filters.search} onChange={(e) => onChange({ q: e.target.value })} />
      </label>
      <select aria-label="Team" value={filters.team} onChange={(e) => onChange({ team: e.target.value })}>
        <option value="">All teams</option>
        {GOAL_TEAMS.map((t) => (
          <option key={t} value={t}>
            {GOAL_TEAM_LABELS[t]}
          </option>
        ))}
      </select>
      <select aria-label="Period" value={filters.period} onChange={(e) => onChange({ period: e.target.value })}>
        <option value="">All periods</option>
        {PERIODS.map((p) => (
          <option key={p} value={p}>
            {PERIOD_KIND_LABELS[p]}
          </option>
        ))}
      </select>
      <select aria-label="Status" value={filters.status} onChange={(e) => onChange({ status: e.target.value })}>
        <option value="">Any status</option>
        {GOAL_PROGRESS_STATUSES.map((s) => (
          <option key={s} value={s}>
            {GOAL_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <select aria-label="Group by" value={grouping} onChange={(e) => onChange({ group: e.target.value === 'team' ? 'team' : undefined })}>
        <option value="period">Group by period</option>
        <option value="team">Group by team</option>
      </select>
    </div>
  )
}
