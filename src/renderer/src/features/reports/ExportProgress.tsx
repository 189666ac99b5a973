import { useCancelExport, useExportJob, useOpenExportFolder } from './reports.queries'

/** A running export: progress (shown once it takes a moment), cancel, and where the files went. */
export function ExportProgress({ jobId, onClose }: { jobId: string; onClose: () => void }) {
  const job = useExportJob(jobId)
  const cancel = useCancelExport()
  const open = useOpenExportFolder()
  const data = job.data
  if (!data) return null
  const percent = data.total > 0 ? Math.round((100 * data.done) / data.total) : 0
  return (
    <div className={`export-progress export-progress--${data.state}`} role="region" aria-label={`Export of ${data.label}`}>
      <div className="export-progress__text" role="status" aria-live="polite">
        <strong>{data.state === 'running' ? `Exporting ${data.label}…` : data.state === 'done' ? 'Export finished' : data.state === 'cancelled' ? 'Export cancelled' : 'Export failed'}</strong>
        <span>{data.state === 'running' ? `${data.message} (${percent}%)` : data.message}</span>
        {data.state === 'done' && data.folder && <span className="muted">In {data.folder}</span>}
      </div>
      {data.state === 'running' && <progress max={100} value={percent} aria-label="Export progress" />}
      <div className="export-progress__actions">
        {data.state === 'running' ? (
          <button type="button" className="button button--small" onClick={() => cancel.mutate(jobId)} disabled={cancel.isPending}>
            Cancel export
          </button>
        ) : (
          <>
            {data.state === 'done' && (
              <button type="button" className="button button--small" onClick={() => open.mutate(jobId)}>
                Open folder
              </button>
            )}
            <button type="button" className="button button--small button--quiet" onClick={onClose}>
              Dismiss
            </button>
          </>
        )}
      </div>
      {data.state === 'done' && (
        <ul className="export-progress__files" aria-label="Files written">
          {data.files.map((file) => (
            <li key={file}>{file}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
