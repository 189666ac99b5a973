import { useState, type FormEvent } from 'react'
import { lostReasonsContract } from '@shared/contract/lostReasons'
import type { LostReason } from '@shared/domain/lostReasons'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { useArchiveLostReason, useRenameLostReason } from './lostReasons.queries'

export function LostReasonsRow({ reason }: { reason: LostReason }) {
  const [editing, setEditing] = useState(false)
  const [label, setLabel] = useState(reason.label)
  const errors = useFormErrors()
  const rename = useRenameLostReason()
  const archive = useArchiveLostReason()

  async function save(event: FormEvent) {
    event.preventDefault()
    const input = errors.check(lostReasonsContract['lostReasons.rename'].input, { id: reason.id, label })
    if (!input) return
    try {
      await rename.mutateAsync(input)
      setEditing(false)
    } catch (error) {
      errors.fromError(error)
    }
  }

  async function archiveReason() {
    try {
      await archive.mutateAsync({ id: reason.id })
    } catch (error) {
      errors.fromError(error)
    }
  }

  function cancel(): void {
    setEditing(false)
    setLabel(reason.label)
    errors.clear()
  }

  if (editing)
    return (
      <li className="lost-reasons__row">
        <form className="lost-reasons__edit" onSubmit={(event) => void save(event)} noValidate>
          <Field label={`New name for “${reason.label}”`} error={errors.fields['label'] ?? errors.form ?? undefined}>
            <input value={label} onChange={(e) => setLabel(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && cancel()} autoFocus />
          </Field>
          <button type="submit" className="button button--small button--primary" disabled={rename.isPending}>
            Save
          </button>
          <button type="button" className="button button--small" onClick={cancel}>
            Cancel
          </button>
        </form>
      </li>
    )

  return (
    <li className="lost-reasons__row">
      <span className="lost-reasons__label">{reason.label}</span>
      {errors.form && <span className="field__error" role="alert">{errors.form}</span>}
      <button type="button" className="button button--small" aria-label={`Rename “${reason.label}”`} onClick={() => setEditing(true)}>
        Rename
      </button>
      <button type="button" className="button button--small button--danger-quiet" aria-label={`Archive “${reason.label}”`} onClick={() => void archiveReason()}>
        Archive
      </button>
    </li>
  )
}
