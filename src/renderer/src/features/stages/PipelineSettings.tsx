import { useState, type FormEvent } from 'react'
import { contract } from '@shared/contract'
import type { Pipeline } from '@shared/domain/pipelines'
import { errorMessage } from '../../api/errors'
import { Field } from '../../ui/Field'
import { useFormErrors } from '../../ui/useFormErrors'
import { useDeletePipeline, useRenamePipeline } from './stages.queries'

/** The pipeline's own name, and deleting it (main allows that only when it is empty and not the last). */
export function PipelineSettings({ pipeline, onDeleted }: { pipeline: Pipeline; onDeleted: () => void }) {
  const [name, setName] = useState(pipeline.name)
  const [confirming, setConfirming] = useState(false)
  const [deleteError, setDeleteError] = useState<string | null>(null)
  const errors = useFormErrors()
  const rename = useRenamePipeline()
  const remove = useDeletePipeline()

  async function submit(event: FormEvent) {
    event.preventDefault()
    const input = errors.check(contract['pipelines.rename'].input, { id: pipeline.id, name })
    if (!input || input.name === pipeline.name) return
    try {
      await rename.mutateAsync(input)
    } catch (error) {
      errors.fromError(error)
    }
  }

  async function deletePipeline() {
    setDeleteError(null)
    try {
      await remove.mutateAsync({ id: pipeline.id })
      onDeleted()
    } catch (error) {
      setConfirming(false)
      setDeleteError(errorMessage(error))
    }
  }

  return (
    <section className="pipeline-settings" aria-label="Pipeline">
      <form className="pipeline-settings__rename" onSubmit={(event) => void submit(event)} noValidate>
        <Field label="Pipeline name" error={errors.fields['name'] ?? errors.form ?? undefined}>
          <input value={name} onChange={(event) => setName(event.target.value)} />
        </Field>
        <button type="submit" className="button" disabled={rename.isPending || name.trim() === pipeline.name}>
          Rename
        </button>
        {confirming ? (
          <span className="pipeline-settings__confirm" role="group" aria-label="Confirm deleting the pipeline">
            <span>Delete {pipeline.name}?</span>
            <button type="button" className="button button--danger" onClick={() => void deletePipeline()} disabled={remove.isPending}>
              Delete pipeline
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </span>
        ) : (
          <button type="button" className="button button--danger-quiet" onClick={() => setConfirming(true)}>
            Delete pipeline…
          </button>
        )}
      </form>
      {deleteError && (
        <p className="form-error" role="alert">
          {deleteError}
        </p>
      )}
    </section>
  )
}
