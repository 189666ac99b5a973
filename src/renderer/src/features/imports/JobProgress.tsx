import type { ImportJobState } from '@shared/domain/importResults'
import { plural } from '../../ui/plural'

/** A progress bar for a running job, with the rows read so far. */
export function JobProgress({ state, label }: { state: Extract<ImportJobState, { status: 'running' }> | undefined; label: string }) {
  const percent = state && state.totalBytes > 0 ? Math.min(100, Math.round((state.bytesRead / state.totalBytes) * 100)) : 0
  return (
    <div className="import-progress">
      <p>{label}</p>
      <progress max={100} value={percent} aria-label={label} />
      <p className="muted" aria-live="polite">
        {state && state.rowsRead > 0 ? `${plural(state.rowsRead, 'row', 'rows')} read · ${percent}%` : 'Starting…'}
      </p>
    </div>
  )
}
