import { useId, useState, type FormEvent } from 'react'
import { contract } from '@shared/contract'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { useCreatePipeline } from './stages.queries'

export interface NewPipelineDialogProps {
  onCreated: (id: number) => void
  onClose: () => void
}

/** A second pipeline for a separate way of selling (e.g. partners); it starts with the usual stages. */
export function NewPipelineDialog({ onCreated, onClose }: NewPipelineDialogProps) {
  const [name, setName] = useState('')
  const errors = useFormErrors()
  const create = useCreatePipeline()
  const formId = useId()

  async function submit(event: FormEvent) {
    event.preventDefault()
    const input = errors.check(contract['pipelines.create'].input, { name })
    if (!input) return
    try {
      const pipeline = await create.mutateAsync(input)
      onCreated(pipeline.id)
    } catch (error) {
      errors.fromError(error)
    }
  }

  return (
    <Dialog
      title="New pipeline"
      open
      onClose={onClose}
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={create.isPending}>
            Create pipeline
          </button>
        </>
      }
    >
      <form id={formId} className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <Field label="Name" error={errors.fields['name']} hint="New pipelines start with New → Negotiation, Won and Lost; change the stages after.">
          <input value={name} onChange={(event) => setName(event.target.value)} placeholder="Partner deals" autoFocus />
        </Field>
      </form>
    </Dialog>
  )
}
