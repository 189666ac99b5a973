import { useState } from 'react'
import type { FollowUp } from '@shared/domain/activities'
import { errorMessage } from '../../api/errors'
import { useRoute } from '../../app/router'
import { ACTIVITY_KIND_LABELS } from '../lead-detail/labels'
import { dueLabel, localTimeOf } from '../lead-detail/localTime'
import { useCompleteActivity } from '../lead-detail/lead-detail.queries'

export function FollowUpRow({ item }: { item: FollowUp }) {
  const route = useRoute()
  const complete = useCompleteActivity()
  const [problem, setProblem] = useState<string | null>(null)
  const { activity } = item
  const due = activity.dueAt ? (item.overdue ? dueLabel(activity.dueAt) : localTimeOf(activity.dueAt)) : ''

  return (
    <li className={`today-item${item.overdue ? ' today-item--overdue' : ''}`}>
      <input
        type="checkbox"
        aria-label={`Done: ${activity.subject}`}
        checked={complete.isPending || complete.isSuccess}
        onChange={(event) => {
          if (complete.isPending) return
          setProblem(null)
          // The row leaves the list once done, so focus moves on to the next one (or the page).
          const row = event.currentTarget.closest('li')
          const next = (row?.nextElementSibling ?? row?.previousElementSibling)?.querySelector('input')
          complete
            .mutateAsync({ id: activity.id, done: true })
            .then(() => (next ?? document.getElementById('main'))?.focus())
            .catch((error: unknown) => setProblem(errorMessage(error)))
        }}
      />
      <div className="today-item__main">
        <p className="today-item__subject">{activity.subject}</p>
        <p className="muted">
          {ACTIVITY_KIND_LABELS[activity.kind]} · {item.stageName}
        </p>
        {problem && <p className="field__error" role="alert">{problem}</p>}
      </div>
      <button type="button" className="link-button today-item__lead" onClick={() => route.setParams({ lead: String(item.leadId) })}>
        {item.dealName}
        {item.company && <span className="muted"> · {item.company}</span>}
      </button>
      {activity.dueAt && (
        <time className="today-item__due" dateTime={activity.dueAt}>
          {due}
        </time>
      )}
    </li>
  )
}
