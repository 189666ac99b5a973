import { periodAround, addDays } from '@shared/domain/goalsPeriod'
import { firmToday } from '../../ui/clock'
import { Field } from '../../ui/Field'
import type { DraftProps } from './GoalMeasureFields'

/** T: a start and an end, with the usual periods one click away. */
export function GoalTimeFields({ draft, set, errors }: DraftProps) {
  const now = firmToday()
  const quick = [
    { label: 'This month', period: periodAround('month', now) },
    { label: 'This quarter', period: periodAround('quarter', now) },
    { label: 'Next quarter', period: periodAround('quarter', addDays(periodAround('quarter', now).end, 1)) },
    { label: 'This year', period: periodAround('year', now) },
  ]
  return (
    <fieldset className="goal-form__section">
      <legend>Time-bound</legend>
      <div className="goal-form__quick field--wide" role="group" aria-label="Quick periods">
        {quick.map((q) => (
          <button key={q.label} type="button" className="button button--small" onClick={() => set({ startsOn: q.period.start, endsOn: q.period.end })}>
            {q.label}
          </button>
        ))}
      </div>
      <Field label="Starts" error={errors['startsOn']}>
        <input type="date" value={draft.startsOn} onChange={(e) => set({ startsOn: e.target.value })} />
      </Field>
      <Field label="Ends" error={errors['endsOn']}>
        <input type="date" value={draft.endsOn} onChange={(e) => set({ endsOn: e.target.value })} />
      </Field>
    </fieldset>
  )
}
