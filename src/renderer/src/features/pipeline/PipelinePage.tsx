import { useMemo, useState } from 'react'
import { useRoute } from '../../app/router'
import { Icon } from '../../ui/icons'
import { PageHeader } from '../../ui/PageHeader'
import { QueryError } from '../../ui/QueryError'
import { LeadCreateDialog } from '../leads/LeadCreateDialog'
import { usePipelines, useWorkspaceInfo } from '../leads/leads.queries'
import { LeadTable } from '../lead-table/LeadTable'
import { NewPipelineDialog } from '../stages/NewPipelineDialog'
import { StageManagerDialog } from '../stages/StageManagerDialog'
import { FirstRun } from '../workspace/FirstRun'
import { GoalChips } from '../goals/GoalChips'
import { ImportDialog } from '../imports/ImportDialog'
import { Board } from './board/Board'
import { useBoard } from './board.queries'
import { ClosedLeadsDialog } from './ClosedLeadsDialog'
import { FilterBar } from './FilterBar'
import { filtersFromParams } from './pipeline.filters'
import { PipelineSwitcher } from './PipelineSwitcher'
import { countOf, LEAD } from '@shared/domain/plural'

type Overlay = { kind: 'add'; stageId?: number } | { kind: 'stages' } | { kind: 'newPipeline' } | { kind: 'closed'; stageId: number } | { kind: 'import' } | null

export function PipelinePage() {
  const { params, setParams } = useRoute()
  const [overlay, setOverlay] = useState<Overlay>(null)
  const info = useWorkspaceInfo()
  const pipelines = usePipelines()
  const pipeline = pipelines.data?.find((p) => p.id === Number(params.get('pipeline'))) ?? pipelines.data?.[0]
  const view = params.get('view') === 'table' ? 'table' : 'board'
  const paramsKey = params.toString()
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the text of the address so the object is stable between renders
  const filters = useMemo(() => filtersFromParams(params), [paramsKey])
  const board = useBoard(view === 'board' ? pipeline?.id : undefined, filters)
  const openLead = (id: number) => setParams({ lead: String(id) })
  const closedStage = overlay?.kind === 'closed' ? pipeline?.stages.find((s) => s.id === overlay.stageId) : undefined

  const actions = (
    <>
      {pipelines.data && pipeline && (
        <PipelineSwitcher pipelines={pipelines.data} current={pipeline.id} onChange={(id) => setParams({ pipeline: String(id) })} onNew={() => setOverlay({ kind: 'newPipeline' })} />
      )}
      <div className="segmented" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'board'} onClick={() => setParams({ view: undefined })}>
          Board
        </button>
        <button type="button" aria-pressed={view === 'table'} onClick={() => setParams({ view: 'table' })}>
          Table
        </button>
      </div>
      <button type="button" className="button" onClick={() => setOverlay({ kind: 'stages' })} disabled={!pipeline}>
        Stages
      </button>
      <button type="button" className="button" onClick={() => setOverlay({ kind: 'import' })}>
        Import
      </button>
      <button type="button" className="button button--primary" onClick={() => setOverlay({ kind: 'add' })}>
        <Icon name="plus" /> New lead
      </button>
    </>
  )

  return (
    <div className="page page--full">
      <PageHeader title="Pipeline" subtitle={info.data ? `${countOf(info.data.leadCount, LEAD)} in all pipelines` : undefined} actions={actions} />
      <GoalChips place={pipeline ? { pipelineId: pipeline.id } : null} />
      {info.data?.leadCount === 0 && view === 'board' ? (
        <FirstRun onAddLead={() => setOverlay({ kind: 'add' })} onImport={() => setOverlay({ kind: 'import' })} />
      ) : (
        <>
          <FilterBar />
          {pipeline && view === 'table' && <LeadTable pipelineId={pipeline.id} filters={filters} onOpenLead={openLead} />}
          {view === 'board' &&
            (board.error ? (
              <QueryError error={board.error} onRetry={() => void board.refetch()} />
            ) : (
              board.data &&
              pipeline && (
                <Board
                  board={board.data}
                  pipeline={pipeline}
                  filters={filters}
                  onOpenLead={openLead}
                  onQuickAdd={(stageId) => setOverlay({ kind: 'add', stageId })}
                  onShowStage={(stageId) => setOverlay({ kind: 'closed', stageId })}
                />
              )
            ))}
        </>
      )}
      {overlay?.kind === 'add' && <LeadCreateDialog {...(pipeline && { pipelineId: pipeline.id })} {...(overlay.stageId !== undefined && { stageId: overlay.stageId })} onClose={() => setOverlay(null)} />}
      {overlay?.kind === 'import' && <ImportDialog pipelineId={pipeline?.id ?? null} onClose={() => setOverlay(null)} />}
      {overlay?.kind === 'stages' && pipeline && <StageManagerDialog pipelineId={pipeline.id} onClose={() => setOverlay(null)} />}
      {overlay?.kind === 'newPipeline' && (
        <NewPipelineDialog
          onClose={() => setOverlay(null)}
          onCreated={(id) => {
            setOverlay(null)
            setParams({ pipeline: String(id) })
          }}
        />
      )}
      {closedStage && <ClosedLeadsDialog stage={closedStage} filters={filters} onOpenLead={openLead} onClose={() => setOverlay(null)} />}
    </div>
  )
}
