import { useState, type FormEvent } from 'react'
import { LeadSnooze } from '@shared/contract/leads'
import type { Lead } from '@shared/domain/leads'
import { AppError } from '@shared/errors'
import { day } from '../../ui/format'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { firmToday } from '../../ui/clock'
import { useSnoozeLead } from './lead-detail.queries'

/** Snoozing hides a lead from the board and Today until a day, for "call me after the holidays". */
export function SnoozeSection({ lead }: { lead: Lead }) {
  const [until, setUntil] = useState('')
  const [reason, setReason] = useState('')
  const errors = useFormErrors()
  const snooze = useSnoozeLead()
  const today = firmToday()
  const snoozed = lead.snoozedUntil !== null && lead.snoozedUntil.slice(0, 10) > today

  async function send(input: { until: string | null; reason?: string }) {
    try {
      await snooze.mutateAsync({ id: lead.id, ...input })
      setUntil('')
      setReason('')
    } catch (error) {
      errors.fromError(error)
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    // The schema only knows a real date; "after today" is what a person means by snoozing.
    if (!until || until <= today) {
      errors.fromError(new AppError('invalid_input', until ? 'Pick a day after today' : 'Pick the day this lead should come back', 'until'))
      return
    }
    const input = errors.check(LeadSnooze, { id: lead.id, until, reason })
    if (input) void send({ until: input.until, reason })
  }

  if (snoozed)
    return (
      <section className="drawer__section snooze snooze--on" aria-label="Snooze">
        <p>
          <strong>Snoozed until {day(lead.snoozedUntil)}</strong>
          {lead.snoozeReason && <span className="muted"> because {lead.snoozeReason}</span>}
        </p>
        {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
        <button type="button" className="button button--small" onClick={() => void send({ until: null })} disabled={snooze.isPending}>
          Wake up now
        </button>
      </section>
    )

  return (
    <section className="drawer__section" aria-label="Snooze">
      <form className="snooze-form" onSubmit={submit} noValidate>
        {errors.form && <p className="form-error" role="alert">{errors.form}</p>}
        <Field label="Snooze until" error={errors.fields['until']}>
          <input type="date" value={until} min={today} onChange={(e) => setUntil(e.target.value)} />
        </Field>
        <Field label="because" error={errors.fields['reason']}>
          <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Back from holiday in May" />
        </Field>
        <button type="submit" className="button" disabled={snooze.isPending}>
          Snooze
        </button>
      </form>
    </section>
  )
}
