import { useState, type FormEvent } from 'react'
import { StageInput } from '@shared/contract/stages'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { useCreateStage } from './stages.queries'

// New stages take the next colour in turn, so neighbouring columns on the board differ.
const PALETTE = ['#0ea5e9', '#6366f1', '#a855f7', '#ec4899', '#f59e0b', '#14b8a6', '#64748b']

const emptyDraft = (colour: string) => ({ name: '', winProbability: '50', staleDays: '14', color: colour })

/** Adds an open stage; main puts it after the last open one, before Won and Lost. */
export function AddStageForm({ pipelineId, openCount }: { pipelineId: number; openCount: number }) {
  const [draft, setDraft] = useState(() => emptyDraft(PALETTE[openCount % PALETTE.length] ?? '#64748b'))
  const errors = useFormErrors()
  const create = useCreateStage()
  const set = (key: keyof typeof draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const input = errors.check(StageInput, {
      pipelineId,
      name: draft.name,
      winProbability: draft.winProbability.trim() === '' ? Number.NaN : Number(draft.winProbability),
      staleDays: draft.staleDays.trim() === '' ? null : Number(draft.staleDays),
      color: draft.color,
    })
    if (!input) return
    try {
      await create.mutateAsync(input)
      setDraft(emptyDraft(PALETTE[(openCount + 1) % PALETTE.length] ?? '#64748b'))
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <form className="add-stage" aria-label="Add a stage" onSubmit={(event) => void submit(event)} noValidate>
      <h3>Add a stage</h3>
      <div className="add-stage__fields">
        <Field label="Name" error={errors.fields['name']}>
          <input value={draft.name} onChange={set('name')} placeholder="Demo booked" maxLength={60} />
        </Field>
        <Field label="Win probability (%)" error={errors.fields['winProbability']}>
          <input value={draft.winProbability} onChange={set('winProbability')} inputMode="numeric" />
        </Field>
        <Field label="Stale after (days)" error={errors.fields['staleDays']} hint="Empty: never stale">
          <input value={draft.staleDays} onChange={set('staleDays')} inputMode="numeric" />
        </Field>
        <Field label="Colour" error={errors.fields['color']}>
          <input type="color" value={draft.color} onChange={set('color')} />
        </Field>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          Add stage
        </button>
      </div>
      {errors.form && !Object.keys(errors.fields).length && (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      )}
    </form>
  )
}
