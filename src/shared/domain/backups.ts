// Backups as the Settings page and the recovery screen show them.

export const BACKUP_REASONS = ['start', 'hourly', 'manual', 'before-import', 'before-restore', 'before-migration'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  start: 'When Baton started',
  hourly: 'Hourly',
  manual: 'Backed up by you',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
  'before-migration': 'Before an update',
}

export interface BackupInfo {
  name: string
  /** ISO instant the backup was taken. */
  at: string
  reason: BackupReason
  sizeBytes: number
  /** Leads in the backup; null when it cannot be read. */
  leads: number | null
  /** People in the backup; null when it cannot be read or was taken before people were records of their own. */
  people: number | null
  /** Passed `PRAGMA quick_check`. */
  ok: boolean
}

export interface BackupList {
  folder: string
  backups: BackupInfo[]
}

export type RecoveryStatus =
  | { damaged: false }
  | {
      damaged: true
      file: string
      detail: string
      /** The newest backup that passes its check, if any. */
      candidate: BackupInfo | null
    }

export interface RestoreOutcome {
  restored: BackupInfo
  /** The backup of the file as it was just before (null when it was damaged and set aside instead). */
  safetyBackup: BackupInfo | null
  /** Where the damaged file was kept for rescue. */
  damagedKeptAt: string | null
}
