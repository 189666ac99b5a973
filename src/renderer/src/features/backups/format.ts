import { BACKUP_REASON_LABELS, type BackupInfo } from '@shared/domain/backups'
import { LOCALE } from '../../ui/format'

export const backupWhen = (iso: string) => new Date(iso).toLocaleString(LOCALE, { dateStyle: 'medium', timeStyle: 'short' })

export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export const backupReason = (backup: BackupInfo) => BACKUP_REASON_LABELS[backup.reason]
