import { useState, type FormEvent } from 'react'
import { lostReasonsContract } from '@shared/contract/lostReasons'
import { Field } from '../../ui/Field'
import { QueryError } from '../../ui/QueryError'
import { useFormErrors } from '../../ui/useFormErrors'
import { LostReasonsRow } from './LostReasonsRow'
import { useCreateLostReason, useLostReasons } from './lostReasons.queries'

/** The reasons people pick when a lead is lost; a short, shared list makes the lost-reason report readable. */
export function LostReasonsCard() {
  const reasons = useLostReasons()
  const create = useCreateLostReason()
  const [label, setLabel] = useState('')
  const errors = useFormErrors()

  async function add(event: FormEvent) {
    event.preventDefault()
    const input = errors.check(lostReasonsContract['lostReasons.create'].input, { label })
    if (!input) return
    try {
      await create.mutateAsync(input)
      setLabel('')
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <section className="card settings-card" aria-labelledby="lost-reasons-title">
      <h2 id="lost-reasons-title">Reasons a deal is lost</h2>
      <p className="muted">
        When a lead moves to a Lost stage, Baton asks why and offers these. Archiving a reason hides it from the list; leads already lost for it keep it.
      </p>
      {reasons.error ? (
        <QueryError error={reasons.error} onRetry={() => void reasons.refetch()} />
      ) : reasons.data?.length === 0 ? (
        <p className="muted">No reasons yet. Add the ones your team hears most, like “Price too high” or “Chose a competitor”.</p>
      ) : (
        <ul className="lost-reasons" aria-label="Lost reasons">
          {reasons.data?.map((reason) => (
            <LostReasonsRow key={reason.id} reason={reason} />
          ))}
        </ul>
      )}
      <form className="lost-reasons__add" onSubmit={(event) => void add(event)} noValidate>
        <Field label="New reason" error={errors.fields['label'] ?? errors.form ?? undefined}>
          <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder="Went quiet after the demo" />
        </Field>
        <button type="submit" className="button" disabled={create.isPending}>
          Add reason
        </button>
      </form>
    </section>
  )
}
