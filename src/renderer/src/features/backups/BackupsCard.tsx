import { useState } from 'react'
import type { BackupInfo } from '@shared/domain/backups'
import { errorMessage } from '../../api/errors'
import { useToast } from '../../ui/Toast'
import { BackupRow } from './BackupRow'
import { RestoreDialog } from './RestoreDialog'
import { useWorkspaceStatus } from '../team/team.queries'
import { useBackUpNow, useBackups, useChooseBackupFolder, useOpenBackupFolder } from './backups.queries'
import './backups.css'

/** Settings: the automatic backups, "Back up now", the folder, and Restore. */
export function BackupsCard() {
  const backups = useBackups()
  const backUp = useBackUpNow()
  const openFolder = useOpenBackupFolder()
  const chooseFolder = useChooseBackupFolder()
  const toast = useToast()
  const [restoring, setRestoring] = useState<BackupInfo | null>(null)
  const status = useWorkspaceStatus().data
  const team = status?.kind === 'team' ? status : null
  // In a team workspace, making and restoring backups is the owners' (the server holds everyone else to it too).
  const mayBackUp = !team || team.role === 'owner'
  const error = backUp.error ?? openFolder.error ?? chooseFolder.error ?? backups.error
  return (
    <section className="card settings-card backups" aria-label="Backups">
      <div className="settings-card__head">
        <h2>Backups</h2>
        {mayBackUp && (
          <button type="button" className="button button--primary" onClick={() => backUp.mutate(undefined, { onSuccess: () => toast.show('Backed up. The copy passed its check.') })} disabled={backUp.isPending}>
            {backUp.isPending ? 'Backing up…' : 'Back up now'}
          </button>
        )}
      </div>
      {team ? (
        <p className="muted">
          Each backup is a snapshot of the whole team workspace, taken at one instant, saved on this computer as a workspace file that opens in Baton and in any SQLite tool.{' '}
          {team.hostedHere ? 'This computer hosts the team, so it makes one every hour.' : 'The computer that hosts the team makes one every hour.'} It keeps the last 24 hourly and 14 daily copies, and
          every copy an owner makes. Restoring one replaces the team’s data for everyone, after a backup of how it is now.
        </p>
      ) : (
        <p className="muted">Baton copies your data when it starts (if the last copy is over an hour old), every hour while open, and before every update, import and restore. It keeps the last 24 hourly and 14 daily copies, and every copy you make yourself. Each copy is checked after it is written.</p>
      )}
      <div className="backups__folder">
        <span className="muted">Folder</span>
        <code title={backups.data?.folder}>{backups.data?.folder ?? '…'}</code>
        <button type="button" className="button button--small" onClick={() => openFolder.mutate()}>
          Open backup folder
        </button>
        {!team && (
          <button type="button" className="button button--small" onClick={() => chooseFolder.mutate()} disabled={chooseFolder.isPending}>
            Move to another folder…
          </button>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      {backups.data && backups.data.backups.length === 0 && <p className="muted">No backups yet. The first is made within the hour, or now with “Back up now”.</p>}
      {backups.data && backups.data.backups.length > 0 && (
        <div className="table-wrap backups__list">
          <table className="backups__table">
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Why</th>
                <th scope="col" className="numeric">
                  Leads
                </th>
                <th scope="col" className="numeric">
                  Size
                </th>
                <th scope="col">
                  <span className="visually-hidden">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.data.backups.map((backup) => (
                <BackupRow key={backup.name} backup={backup} onRestore={mayBackUp ? () => setRestoring(backup) : undefined} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {restoring && <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />}
    </section>
  )
}
