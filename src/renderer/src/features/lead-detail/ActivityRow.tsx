import { useEffect, useRef, useState } from 'react'
import type { Activity } from '@shared/domain/activities'
import { errorMessage } from '../../api/errors'
import { shortDay } from '../../ui/format'
import { ActivityForm } from './ActivityForm'
import { ACTIVITY_KIND_LABELS } from './labels'
import { dueLabel } from './localTime'
import { useCompleteActivity, useDeleteActivity, useUpdateActivity } from './lead-detail.queries'

export function ActivityRow({ activity }: { activity: Activity }) {
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const wasEditing = useRef(false)
  // Back from the inline editor, focus returns to its Edit button rather than the page.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus()
    wasEditing.current = editing
  }, [editing])
  const [problem, setProblem] = useState<string | null>(null)
  const complete = useCompleteActivity()
  const update = useUpdateActivity()
  const remove = useDeleteActivity()
  // Read once per mount: a row does not need to turn red the very minute it falls due.
  const [now] = useState(() => Date.now())
  const done = activity.doneAt !== null
  const overdue = !done && activity.dueAt !== null && Date.parse(activity.dueAt) < now

  // Row actions have no field to show an error beside, so the message sits on the row.
  const attempt = (action: () => Promise<unknown>) => {
    setProblem(null)
    action().catch((error: unknown) => setProblem(errorMessage(error)))
  }

  if (editing)
    return (
      <li className="activity activity--editing">
        <ActivityForm
          activity={activity}
          submitLabel="Save"
          withBody
          onSubmit={async (fields) => {
            await update.mutateAsync({ id: activity.id, fields })
            setEditing(false)
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    )

  return (
    <li className={`activity${done ? ' activity--done' : ''}${overdue ? ' activity--overdue' : ''}`}>
      <input
        type="checkbox"
        className="activity__check"
        checked={done}
        aria-label={`Done: ${activity.subject}`}
        onChange={() => !complete.isPending && attempt(() => complete.mutateAsync({ id: activity.id, done: !done }))}
      />
      <div className="activity__main">
        <p>
          <span className="activity__kind">{ACTIVITY_KIND_LABELS[activity.kind]}</span> <span className="activity__subject">{activity.subject}</span>
        </p>
        <p className="activity__when">
          {activity.dueAt && !done && (overdue ? `Overdue since ${dueLabel(activity.dueAt)}` : `Due ${dueLabel(activity.dueAt)}`)}
          {done && activity.doneAt && `Done ${shortDay(activity.doneAt)}`}
        </p>
        {activity.body && <p className="activity__body">{activity.body}</p>}
        {problem && (
          <p className="field__error" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="activity__actions">
        <button ref={editButton} type="button" className="button button--small" aria-label={`Edit “${activity.subject}”`} onClick={() => setEditing(true)}>
          Edit
        </button>
        <button
          type="button"
          className="button button--small button--danger-quiet"
          aria-label={`Delete “${activity.subject}”`}
          onClick={() => window.confirm(`Delete “${activity.subject}”?`) && attempt(() => remove.mutateAsync({ id: activity.id }))}
        >
          Delete
        </button>
      </div>
    </li>
  )
}
