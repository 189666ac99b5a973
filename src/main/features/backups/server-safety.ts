import type { BackupInfo, BackupList, RecoveryStatus, RestoreOutcome } from '@shared/domain/backups'
import { AppError } from '@shared/errors'
import type { PostgresDatabase } from '../../db/open'
import type { WorkspaceSafety } from './data-safety'

// A team workspace lives on its PostgreSQL server, which keeps it safe (its own backups and
// write-ahead log); Baton's file backups, restore and recovery are for a solo workspace's file.

const onServer = () =>
  new AppError('rule', "This workspace is kept on a PostgreSQL server: back it up and restore it there. Baton's backups are for a solo workspace on this computer.")

export class ServerSafety implements WorkspaceSafety {
  readonly isOpen = true
  readonly dataFile: string

  constructor(readonly database: PostgresDatabase) {
    this.dataFile = database.address
  }

  folder(): string {
    throw onServer()
  }

  backup(): Promise<BackupInfo> {
    return Promise.reject(onServer())
  }

  list(): BackupList {
    return { folder: '', backups: [] }
  }

  restore(): Promise<RestoreOutcome> {
    return Promise.reject(onServer())
  }

  recoveryStatus(): RecoveryStatus {
    return { damaged: false }
  }

  checkedStatus(): Promise<RecoveryStatus> {
    return Promise.resolve(this.recoveryStatus())
  }

  recover(): Promise<RestoreOutcome> {
    return Promise.reject(new AppError('rule', 'Your workspace is not damaged; nothing was changed.'))
  }

  startFresh(): Promise<{ damagedKeptAt: string }> {
    return Promise.reject(new AppError('rule', 'Your workspace is not damaged; nothing was changed.'))
  }

  moveFolder(): Promise<BackupList> {
    return Promise.reject(onServer())
  }

  close(): Promise<void> {
    return this.database.close()
  }
}
