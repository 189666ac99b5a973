import { useState } from 'react'
import type { GoalTeam } from '@shared/domain/enums'
import type { GoalProgressStatus } from '@shared/domain/goals'
import type { PeriodKind } from '@shared/domain/goalsPeriod'
import { useRoute } from '../../app/router'
import { EmptyState } from '../../ui/EmptyState'
import { Icon } from '../../ui/icons'
import { PageHeader } from '../../ui/PageHeader'
import { QueryError } from '../../ui/QueryError'
import { GoalCard } from './GoalCard'
import { GoalEditor } from './GoalEditor'
import { filterGoals, groupGoals, type GoalFilterState, type GoalGrouping } from './goalGroups'
import { useGoals } from './goals.queries'
import { GoalsToolbar } from './GoalsToolbar'
import './goals.css'

export function GoalsPage() {
  const { params, setParams } = useRoute()
  const archived = params.get('archived') === '1'
  const filters: GoalFilterState = {
    search: params.get('q') ?? '',
    team: (params.get('team') ?? '') as GoalTeam | '',
    period: (params.get('period') ?? '') as PeriodKind | '',
    status: (params.get('status') ?? '') as GoalProgressStatus | '',
  }
  const grouping: GoalGrouping = params.get('group') === 'team' ? 'team' : 'period'
  const goals = useGoals(archived)
  const [creating, setCreating] = useState(false)
  const shown = goals.data ? filterGoals(goals.data, filters) : []
  const newButton = (
    <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
      <Icon name="plus" /> New goal
    </button>
  )
  const subtitle = 'Shared targets for marketing and sales that measure themselves from your data. Goals close 7 days after their end date; their result is then frozen.'
  return (
    <div className="page">
      <PageHeader title="Goals" subtitle={subtitle} actions={newButton} />
      <GoalsToolbar filters={filters} archived={archived} grouping={grouping} onChange={setParams} />
      {goals.error ? (
        <QueryError error={goals.error} onRetry={() => void goals.refetch()} />
      ) : goals.data?.length === 0 ? (
        archived ? (
          <EmptyState icon="goals" title="No archived goals">
            <p>Archive a goal once its end date has passed: it leaves this page with its final result frozen.</p>
          </EmptyState>
        ) : (
          <EmptyState icon="goals" title="Set your first SMART goal" actions={newButton}>
            <p>A goal is a target both teams can see — “Q1 revenue $60,000”, “150 qualified leads”. Baton measures it from your pipeline and campaigns, and warns when it falls behind.</p>
          </EmptyState>
        )
      ) : goals.data && shown.length === 0 ? (
        <EmptyState icon="search" title="No goals match" actions={<button type="button" className="button" onClick={() => setParams({ q: undefined, team: undefined, period: undefined, status: undefined })}>Clear filters</button>}>
          <p>Try another team, period or status, or clear the filters.</p>
        </EmptyState>
      ) : (
        groupGoals(shown, grouping).map((group) => (
          <section key={group.key} className="goal-group" aria-label={group.title}>
            <h2 className="goal-group__title">
              {group.title} <span className="muted">· {group.goals.length === 1 ? '1 goal' : `${group.goals.length} goals`}</span>
            </h2>
            <div className="goal-grid">
              {group.goals.map((goal) => (
                <GoalCard key={goal.id} goal={goal} />
              ))}
            </div>
          </section>
        ))
      )}
      {creating && <GoalEditor goal={null} onClose={() => setCreating(false)} />}
    </div>
  )
}
