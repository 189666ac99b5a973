import { useId, useState } from 'react'
import type { Stage } from '@shared/domain/pipelines'
import { errorMessage } from '../../api/errors'
import { useDeleteStage, useStageLeadCount } from './stages.queries'
import { countOf, formOf, IT, LEAD } from '@shared/domain/plural'

interface StageDeletePanelProps {
  stage: Stage
  /** The open stages its leads may move to (main accepts only open stages of the same pipeline). */
  targets: Stage[]
  onCancel: () => void
}

/** Confirms deleting a stage; when leads sit in it, asks where they go first so none is left stageless. */
export function StageDeletePanel({ stage, targets, onCancel }: StageDeletePanelProps) {
  const count = useStageLeadCount(stage.id)
  const remove = useDeleteStage()
  const [target, setTarget] = useState('')
  const [error, setError] = useState<string | null>(null)
  const selectId = useId()
  const leads = count.data ?? 0

  async function confirm() {
    if (leads > 0 && !target) return setError(`Pick the stage the ${formOf(leads, LEAD)} should move to.`)
    setError(null)
    try {
      await remove.mutateAsync({ id: stage.id, moveLeadsToStageId: leads > 0 ? Number(target) : null })
    } catch (failure) {
      setError(errorMessage(failure))
    }
  }

  return (
    <div className="stage-delete" role="group" aria-label={`Delete ${stage.name}`}>
      {count.isPending ? (
        <p className="muted">Counting the leads in {stage.name}…</p>
      ) : leads === 0 ? (
        <p>Delete {stage.name}? It has no leads.</p>
      ) : (
        <>
          <p>
            {stage.name} has {countOf(leads, LEAD)}. Where should {formOf(leads, IT)} go?
          </p>
          <label htmlFor={selectId} className="visually-hidden">
            Move its leads to
          </label>
          <select id={selectId} value={target} onChange={(event) => setTarget(event.target.value)} aria-invalid={error && !target ? true : undefined}>
            <option value="">Choose a stage…</option>
            {targets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="stage-delete__actions">
        <button type="button" className="button button--small button--danger" onClick={() => void confirm()} disabled={count.isPending || remove.isPending}>
          {leads > 0 ? 'Move leads and delete' : 'Delete stage'}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  )
}
