import { useState, type FormEvent } from 'react'
import type { GoalCheckin, GoalView } from '@shared/domain/goals'
import { errorMessage } from '../../api/errors'
import { firmToday } from '../../ui/clock'
import { Field } from '../../ui/Field'
import { day } from '../../ui/format'
import { goalValue } from './goalFormat'
import { useAddCheckin, useDeleteCheckin } from './goals.queries'

/** A manual metric's dated readings: the only figures in Baton a person types in. */
export function CheckinsSection({ goal, checkins }: { goal: GoalView; checkins: GoalCheckin[] }) {
  const [on, setOn] = useState(() => firmToday())
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)
  const add = useAddCheckin()
  const remove = useDeleteCheckin()

  async function submit(event: FormEvent) {
    event.preventDefault()
    const number = Number(value.replace(/,/g, ''))
    if (value.trim() === '' || !Number.isFinite(number)) return setError('Enter the reading as a number, e.g. 1250.')
    try {
      await add.mutateAsync({ goalId: goal.id, checkedOn: on, value: number })
      setValue('')
      setError(null)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <section className="card goal-section" aria-label="Check-ins">
      <h2>Check-ins</h2>
      <p className="muted">Baton cannot see {goal.manualName ?? 'this figure'}: add a reading whenever you look it up. The latest reading is the current value.</p>
      <form className="checkin-form" onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Date">
          <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </Field>
        <Field label="Reading" error={error ?? undefined}>
          <input value={value} onChange={(e) => setValue(e.target.value)} inputMode="decimal" />
        </Field>
        <button type="submit" className="button" disabled={add.isPending}>
          Add check-in
        </button>
      </form>
      {checkins.length === 0 ? (
        <p>No readings yet.</p>
      ) : (
        <ul className="checkin-list">
          {[...checkins].reverse().map((c) => (
            <li key={c.id}>
              <span>{day(c.checkedOn)}</span>
              <strong>{goalValue(goal, c.value)}</strong>
              <button type="button" className="button button--small button--danger-quiet" aria-label={`Delete the reading of ${day(c.checkedOn)}`} onClick={() => remove.mutate(c.id)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
