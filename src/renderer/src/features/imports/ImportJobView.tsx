import type { ImportOutcome } from '@shared/domain/importResults'
import { errorMessage } from '../../api/errors'
import { plural } from '../../ui/plural'
import { DecisionsPanel, needsAnswers } from './DecisionsPanel'
import { FileNotes } from './FileNotes'
import { JobProgress } from './JobProgress'
import { CampaignPreviewTable } from './CampaignPreviewTable'
import { OutcomeSummary } from './OutcomeSummary'
import { PreviewTable } from './PreviewTable'
import { RowLists } from './RowLists'
import { useCancelImport, useImportJob, useUndoImport } from './imports.queries'
import type { Decisions } from './useImportFlow'
import './import-preview.css'
import { recordWords } from './OutcomeSummary'

interface Props {
  jobId: number
  mode: 'preview' | 'import'
  decisions: Decisions
  onDecide: (decisions: Decisions) => void
  onBackToMapping: () => void
  onImport: () => void
  importing: boolean
  onClose: () => void
}

/** A preview or an import while it runs and once it has finished. */
export function ImportJobView({ jobId, mode, decisions, onDecide, onBackToMapping, onImport, importing, onClose }: Props) {
  const job = useImportJob(jobId)
  const cancel = useCancelImport()
  const state = job.data

  if (!state || state.status === 'running') {
    return (
      <div className="import-job">
        <JobProgress state={state?.status === 'running' ? state : undefined} label={mode === 'preview' ? 'Checking every row…' : 'Importing…'} />
        <div className="import-actions">
          <button type="button" className="button" onClick={() => cancel.mutate(jobId)} disabled={cancel.isPending}>
            Cancel
          </button>
        </div>
      </div>
    )
  }
  if (state.status === 'cancelled' || state.status === 'failed') {
    return (
      <div className="import-job">
        <p role="alert" className={state.status === 'failed' ? 'form-error' : undefined}>
          {state.status === 'cancelled' ? 'Cancelled. Nothing was saved.' : state.message}
        </p>
        <div className="import-actions">
          <button type="button" className="button" onClick={onBackToMapping}>
            Back to the columns
          </button>
        </div>
      </div>
    )
  }
  const { outcome } = state
  if (mode === 'import') return <DoneView outcome={outcome} jobId={jobId} batchId={state.batchId} onClose={onClose} />
  const writes = outcome.created + outcome.updated
  const [one, many] = recordWords(outcome.kind)
  const waiting = needsAnswers(outcome, decisions)
  return (
    <div className="import-job">
      <OutcomeSummary outcome={outcome} done={false} />
      <DecisionsPanel outcome={outcome} decisions={decisions} onDecide={onDecide} />
      <FileNotes outcome={outcome} />
      {outcome.kind === 'campaigns' ? <CampaignPreviewTable rows={outcome.campaignPreview} /> : <PreviewTable rows={outcome.preview} currency={outcome.workspaceCurrency} contacts={outcome.kind === 'contacts'} />}
      <RowLists outcome={outcome} jobId={jobId} />
      <div className="import-actions import-actions--sticky">
        <button type="button" className="button" onClick={onBackToMapping}>
          Change the columns
        </button>
        <span className="spacer" />
        {waiting && writes > 0 && <span className="muted">Answer the questions above to import.</span>}
        <button type="button" className="button button--primary" onClick={onImport} disabled={writes === 0 || importing || waiting}>
          {writes === 0 ? 'Nothing to import' : `Import ${plural(writes, one, many)}`}
        </button>
      </div>
    </div>
  )
}

function DoneView({ outcome, jobId, batchId, onClose }: { outcome: ImportOutcome; jobId: number; batchId: number | null; onClose: () => void }) {
  const undo = useUndoImport()
  const [one, many] = recordWords(outcome.kind)
  return (
    <div className="import-job">
      <OutcomeSummary outcome={outcome} done />
      <FileNotes outcome={outcome} />
      <RowLists outcome={outcome} jobId={jobId} />
      {undo.isSuccess ? (
        <p role="status">
          Import undone: {plural(undo.data.removed, `${one} removed`, `${many} removed`)}
          {undo.data.restored > 0 && `, ${plural(undo.data.restored, `${one} restored`, `${many} restored`)}`}.
        </p>
      ) : (
        <p className="muted">Changed your mind? Undo puts everything back as it was before this import.</p>
      )}
      {undo.error && <p className="form-error">{errorMessage(undo.error)}</p>}
      <div className="import-actions">
        {batchId !== null && !undo.isSuccess && (
          <button type="button" className="button" onClick={() => undo.mutate(batchId)} disabled={undo.isPending}>
            Undo this import
          </button>
        )}
        <span className="spacer" />
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  )
}
