import { useState } from 'react'
import type { Stage } from '@shared/domain/pipelines'
import { errorMessage } from '../../api/errors'
import { Dialog } from '../../ui/Dialog'
import { QueryError } from '../../ui/QueryError'
import { usePipelines } from '../leads/leads.queries'
import { AddStageForm } from './AddStageForm'
import { PipelineSettings } from './PipelineSettings'
import { StageDeletePanel } from './StageDeletePanel'
import { StageRow } from './StageRow'
import { useReorderStages } from './stages.queries'

export interface StageManagerDialogProps {
  pipelineId: number
  onClose: () => void
}

/** The pipeline's stages in board order: rename, recolour, reorder, add and delete them, and rename or delete the pipeline. */
export function StageManagerDialog({ pipelineId, onClose }: StageManagerDialogProps) {
  const pipelines = usePipelines()
  const reorder = useReorderStages()
  const [deleting, setDeleting] = useState<number | null>(null)
  const [reorderError, setReorderError] = useState<string | null>(null)
  const pipeline = pipelines.data?.find((p) => p.id === pipelineId)
  const stages = pipeline?.stages ?? []
  const open = stages.filter((s) => s.kind === 'open')
  const closed = stages.filter((s) => s.kind !== 'open')

  async function move(stage: Stage, by: -1 | 1) {
    const ids = open.map((s) => s.id)
    const from = ids.indexOf(stage.id)
    const to = from + by
    if (to < 0 || to >= ids.length) return
    ids.splice(from, 1)
    ids.splice(to, 0, stage.id)
    setReorderError(null)
    try {
      await reorder.mutateAsync({ pipelineId, stageIds: ids })
    } catch (error) {
      setReorderError(`Couldn't move ${stage.name}: ${errorMessage(error)}`)
    }
  }

  const openActions = (stage: Stage, index: number) => (
    <>
      <button type="button" className="icon-button" aria-label={`Move ${stage.name} up`} aria-disabled={index === 0} onClick={() => void move(stage, -1)}>
        ↑
      </button>
      <button type="button" className="icon-button" aria-label={`Move ${stage.name} down`} aria-disabled={index === open.length - 1} onClick={() => void move(stage, 1)}>
        ↓
      </button>
      <button type="button" className="button button--small button--danger-quiet" aria-label={`Delete ${stage.name}`} onClick={() => setDeleting(stage.id)}>
        Delete
      </button>
    </>
  )

  return (
    <Dialog title={pipeline ? `Stages of ${pipeline.name}` : 'Stages'} open onClose={onClose} wide footer={<><span className="spacer" /><button type="button" className="button" onClick={onClose}>Done</button></>}>
      {pipelines.error ? (
        <QueryError error={pipelines.error} onRetry={() => void pipelines.refetch()} />
      ) : !pipeline ? (
        <p className="muted">{pipelines.isPending ? 'Loading the stages…' : 'This pipeline no longer exists.'}</p>
      ) : (
        <div className="stage-manager">
          <PipelineSettings key={pipeline.id} pipeline={pipeline} onDeleted={onClose} />
          <div className="stage-manager__head" aria-hidden="true">
            <span />
            <span>Stage</span>
            <span>Win %</span>
            <span>Stale (days)</span>
          </div>
          {reorderError && (
            <p className="form-error" role="alert">
              {reorderError}
            </p>
          )}
          <ol className="stage-list" aria-label="Open stages">
            {open.map((stage, index) => (
              <StageRow key={stage.id} stage={stage} actions={openActions(stage, index)}>
                {deleting === stage.id && <StageDeletePanel stage={stage} targets={open.filter((s) => s.id !== stage.id)} onCancel={() => setDeleting(null)} />}
              </StageRow>
            ))}
          </ol>
          <ol className="stage-list stage-list--closed" aria-label="Closed stages">
            {closed.map((stage) => (
              <StageRow key={stage.id} stage={stage} />
            ))}
          </ol>
          <p className="muted stage-manager__note">Every pipeline keeps one Won and one Lost stage: you can rename and recolour them, but they always come last and can't be deleted.</p>
          <AddStageForm pipelineId={pipeline.id} openCount={open.length} />
        </div>
      )}
    </Dialog>
  )
}
