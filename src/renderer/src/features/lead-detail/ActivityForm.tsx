import { useState, type FormEvent } from 'react'
import { ActivityPatch } from '@shared/contract/activities'
import type { Activity } from '@shared/domain/activities'
import { ACTIVITY_KINDS, type ActivityKind } from '@shared/domain/enums'
import { AppError } from '@shared/errors'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { ACTIVITY_KIND_LABELS } from './labels'
import { firmInstant, firmWallTime } from '../../ui/clock'

export interface ActivityFields {
  kind: ActivityKind
  subject: string
  body: string | null
  dueAt: string | null
}

interface Props {
  activity?: Activity
  submitLabel: string
  /** The inline editor also edits the longer text; the quick add form leaves it out. */
  withBody?: boolean
  onSubmit: (fields: ActivityFields) => Promise<unknown>
  onCancel?: () => void
}

/** Add or edit one activity. A due day makes it a follow-up that shows on Today. */
export function ActivityForm({ activity, submitLabel, withBody, onSubmit, onCancel }: Props) {
  const due = firmWallTime(activity?.dueAt ?? null)
  const [kind, setKind] = useState<string>(activity?.kind ?? 'task')
  const [subject, setSubject] = useState(activity?.subject ?? '')
  const [body, setBody] = useState(activity?.body ?? '')
  const [dueDay, setDueDay] = useState(due.day)
  const [dueTime, setDueTime] = useState(due.time)
  const errors = useFormErrors()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (dueTime && !dueDay) {
      errors.fromError(new AppError('invalid_input', 'Pick a day for this time', 'dueAt'))
      return
    }
    const dueAt = dueDay ? firmInstant(dueDay, dueTime) : null
    const fields = errors.check(ActivityPatch.required(), { kind, subject, body: withBody ? body : null, dueAt })
    if (!fields) return
    try {
      await onSubmit(fields)
      if (!activity) {
        setSubject('')
        setDueDay('')
        setDueTime('')
      }
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <form className="activity-form" onSubmit={(event) => void submit(event)} noValidate aria-label={activity ? `Edit “${activity.subject}”` : 'Add an activity'}>
      {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
      <Field label="Kind" error={errors.fields['kind']}>
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          {ACTIVITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {ACTIVITY_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Subject" error={errors.fields['subject']}>
        <input value={subject} onChange={(e) => setSubject(e.target.value)} placeholder="Send the revised proposal" />
      </Field>
      <Field label="Due day" error={errors.fields['dueAt']}>
        <input type="date" value={dueDay} onChange={(e) => setDueDay(e.target.value)} />
      </Field>
      <Field label="Due time" hint="9:00 if left empty">
        <input type="time" value={dueTime} onChange={(e) => setDueTime(e.target.value)} />
      </Field>
      {withBody && (
        <Field label="Notes" error={errors.fields['body']} wide>
          <textarea rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
        </Field>
      )}
      <div className="activity-form__actions">
        {!activity && <span className="field__hint">A call, email or note without a due day is logged as done.</span>}
        {onCancel && (
          <button type="button" className="button button--small" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button--small button--primary">
          {submitLabel}
        </button>
      </div>
    </form>
  )
}
