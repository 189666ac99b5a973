import type { RecoveryStatus } from '@shared/domain/backups'
import { errorMessage } from '../../api/errors'
import { backupWhen } from './format'
import { useRecover } from './backups.queries'
import './backups.css'
import { LOCALE } from '../../ui/format'

/** Shown instead of the app when the data file failed its check on open. */
export function RecoveryScreen({ status }: { status: Extract<RecoveryStatus, { damaged: true }> }) {
  const recover = useRecover()
  const { candidate } = status
  return (
    <main className="recovery">
      <section className="recovery__card" aria-labelledby="recovery-title">
        <h1 id="recovery-title">Your data file is damaged</h1>
        <p>Baton checks its data file every time it opens, and this time the check failed — perhaps the disk or the computer stopped while it was being written. Nothing has been changed, and the damaged file will be kept aside so it can be rescued later.</p>
        {candidate ? (
          <p className="recovery__offer">
            The newest good backup is from <strong>{backupWhen(candidate.at)}</strong>
            {candidate.leads !== null && <> with {candidate.leads.toLocaleString(LOCALE)} leads</>}. Anything entered after that is not in it.
          </p>
        ) : (
          <p className="recovery__offer">There is no backup that passes its check. You can start with an empty workspace; the damaged file is kept.</p>
        )}
        {recover.error && (
          <p className="form-error" role="alert">
            {errorMessage(recover.error)}
          </p>
        )}
        <div className="recovery__actions">
          {candidate && (
            <button type="button" className="button button--primary" onClick={() => recover.mutate('restore')} disabled={recover.isPending}>
              Restore the backup of {backupWhen(candidate.at)}
            </button>
          )}
          <button type="button" className={candidate ? 'button' : 'button button--primary'} onClick={() => recover.mutate('fresh')} disabled={recover.isPending}>
            Start with an empty workspace
          </button>
        </div>
        <p className="recovery__detail">
          {status.file} — {status.detail}
        </p>
      </section>
    </main>
  )
}
