import type { BackupInfo } from '@shared/domain/backups'
import { backupReason, backupWhen, fileSize } from './format'
import { LOCALE } from '../../ui/format'

/** One backup; without `onRestore` (a team member who is not an owner) it lists it with no Restore. */
export function BackupRow({ backup, onRestore }: { backup: BackupInfo; onRestore?: () => void }) {
  return (
    <tr>
      <td>{backupWhen(backup.at)}</td>
      <td>{backupReason(backup)}</td>
      <td className="numeric">{backup.leads === null ? '—' : backup.leads.toLocaleString(LOCALE)}</td>
      <td className="numeric">{fileSize(backup.sizeBytes)}</td>
      <td className="backups__action">
        {!onRestore ? null : backup.ok ? (
          <button type="button" className="button button--small" onClick={onRestore} aria-label={`Restore the backup of ${backupWhen(backup.at)}`}>
            Restore
          </button>
        ) : (
          <span className="badge backups__damaged">Damaged</span>
        )}
      </td>
    </tr>
  )
}
