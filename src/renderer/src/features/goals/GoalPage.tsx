import { useState } from 'react'
import { AppError } from '@shared/errors'
import { errorMessage } from '../../api/errors'
import { hrefFor, navigate } from '../../app/router'
import { firmToday } from '../../ui/clock'
import { EmptyState } from '../../ui/EmptyState'
import { QueryError } from '../../ui/QueryError'
import { CheckinsSection } from './CheckinsSection'
import { ClosedNotice } from './ClosedNotice'
import { GoalContributorsSection } from './GoalContributorsSection'
import { GoalEditor } from './GoalEditor'
import { GoalStatusBadge } from './GoalStatusBadge'
import { GoalSummary } from './GoalSummary'
import { GoalTree } from './GoalTree'
import { useArchiveGoal, useDeleteGoal, useGoal } from './goals.queries'
import './goals.css'

export function GoalPage({ id }: { id: number }) {
  const detail = useGoal(id)
  const [editing, setEditing] = useState(false)
  const [supporting, setSupporting] = useState(false)
  const [actionError, setActionError] = useState<string | null>(null)
  const archive = useArchiveGoal()
  const remove = useDeleteGoal()
  const today = firmToday()

  if (detail.error instanceof AppError && detail.error.code === 'not_found') return <GoalMissing />
  if (detail.error) {
    return (
      <div className="page">
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
        <a href={hrefFor('/goals')}>Back to goals</a>
      </div>
    )
  }
  if (!detail.data) return <div className="page" aria-busy="true" />
  const { goal } = detail.data
  const run = (work: Promise<unknown>) => work.then(() => setActionError(null), (e: unknown) => setActionError(errorMessage(e)))
  async function deleteGoal() {
    if (!window.confirm(`Delete “${goal.title}”? Goals that support it stay, as top-level goals.`)) return
    await run(remove.mutateAsync(goal.id).then(() => navigate('/goals')))
  }

  return (
    <div className="page">
      <a className="goal-back" href={hrefFor('/goals')}>
        ← All goals
      </a>
      <header className="page-header">
        <div className="goal-page__title">
          <h1>{goal.title}</h1>
          <GoalStatusBadge status={goal.progress.status} />
          {goal.archived && <span className="badge">Archived</span>}
        </div>
        <div className="page-header__actions">
          <button type="button" className="button" onClick={() => setSupporting(true)}>
            Add supporting goal
          </button>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          {goal.endsOn < today && (
            <button type="button" className="button" onClick={() => void run(archive.mutateAsync({ id: goal.id, archived: !goal.archived }))}>
              {goal.archived ? 'Restore' : 'Archive'}
            </button>
          )}
          <button type="button" className="button button--danger-quiet" onClick={() => void deleteGoal()}>
            Delete
          </button>
        </div>
      </header>
      {actionError && <p className="form-error" role="alert">{actionError}</p>}
      <ClosedNotice detail={detail.data} today={today} />
      <GoalSummary goal={goal} />
      <GoalTree tree={detail.data.tree} current={goal.id} />
      {goal.metric === 'manual' ? <CheckinsSection goal={goal} checkins={detail.data.checkins} /> : <GoalContributorsSection goal={goal} />}
      {editing && <GoalEditor goal={goal} onClose={() => setEditing(false)} />}
      {supporting && (
        <GoalEditor
          goal={null}
          defaults={{ parentId: String(goal.id), startsOn: goal.startsOn, endsOn: goal.endsOn, team: goal.team === 'sales' ? 'sales' : goal.team === 'marketing' ? 'marketing' : '' }}
          onClose={() => setSupporting(false)}
        />
      )}
    </div>
  )
}

function GoalMissing() {
  return (
    <div className="page">
    <EmptyState icon="goals" title="That goal no longer exists" actions={<a className="button" href={hrefFor('/goals')}>All goals</a>}>
      <p>It may have been deleted.</p>
    </EmptyState>
    </div>
  )
}
