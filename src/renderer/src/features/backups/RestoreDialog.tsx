import type { BackupInfo } from '@shared/domain/backups'
import { errorMessage } from '../../api/errors'
import { Dialog } from '../../ui/Dialog'
import { useToast } from '../../ui/Toast'
import { backupWhen } from './format'
import { useRestoreBackup } from './backups.queries'
import { LOCALE } from '../../ui/format'

export function RestoreDialog({ backup, onClose }: { backup: BackupInfo; onClose: () => void }) {
  const restore = useRestoreBackup()
  const toast = useToast()
  const when = backupWhen(backup.at)
  const confirm = () =>
    restore.mutate(backup.name, {
      onSuccess: () => {
        toast.show(`Restored the backup of ${when}.`)
        onClose()
      },
    })
  return (
    <Dialog
      title="Restore this backup?"
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Keep my current data
          </button>
          <span className="spacer" />
          <button type="button" className="button button--primary" onClick={confirm} disabled={restore.isPending}>
            {restore.isPending ? 'Restoring…' : `Restore ${when}`}
          </button>
        </>
      }
    >
      <p>
        Your data goes back to how it was on <strong>{when}</strong>
        {backup.leads !== null && ` (${backup.leads.toLocaleString(LOCALE)} leads${backup.people !== null ? `, ${backup.people.toLocaleString(LOCALE)} people` : ''})`}. Baton backs up your current data first, so you can come back to it from this list.
      </p>
      {restore.error && (
        <p className="form-error" role="alert">
          {errorMessage(restore.error)}
        </p>
      )}
    </Dialog>
  )
}
