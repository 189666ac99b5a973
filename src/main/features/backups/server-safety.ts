import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BackupInfo, BackupList, BackupReason, RecoveryStatus, RestoreOutcome } from '@shared/domain/backups'
import { AppError } from '@shared/errors'
import { openDatabase, type PostgresDatabase } from '../../db/open'
import { roleOfSession } from '../../db/team-roles'
import { restoreIntoServer, writeSoloCopy } from '../workspace-copy/workspaceCopy.service'
import { HOUR_MS, type WorkspaceSafety } from './data-safety'
import { backupName, describeBackup, listBackupNames, rotateBackups } from './backups.files'

// A team workspace's backups: consistent snapshots of the server's database written as solo
// SQLite files (the same writer as "Save an offline copy"), in a folder on this computer, named
// and rotated like a solo workspace's. The computer that hosts the server makes one every hour;
// an owner can make one at any time and restore one (the current state is backed up first).

export interface ServerSafetyOptions {
  /** Where this team workspace's backups are kept on this computer; without one, backups say so. */
  folder?: string
  /** Back up on opening and every hour: the host's app turns it on. */
  hourly?: boolean
  now?: () => Date
  log?: (message: string, error: unknown) => void
}

const noFolder = () =>
  new AppError('rule', 'This team workspace was opened by its address alone, so Baton keeps no backups of it on this computer: open it from Settings → Team, or back it up on its server.')

export class ServerSafety implements WorkspaceSafety {
  readonly isOpen = true
  readonly dataFile: string
  private work: Promise<unknown> = Promise.resolve()
  private timer: NodeJS.Timeout | undefined
  private now: () => Date
  private log: (message: string, error: unknown) => void

  constructor(
    readonly database: PostgresDatabase,
    private options: ServerSafetyOptions = {},
  ) {
    this.dataFile = database.address
    this.now = options.now ?? (() => new Date())
    this.log = options.log ?? console.error
    if (options.hourly && options.folder) {
      const failed = (error: unknown) => this.log(`baton: the hourly backup of ${database.address} failed`, error)
      if (this.isDue()) void this.backup('start').catch(failed)
      this.timer = setInterval(() => {
        if (this.isDue()) void this.backup('hourly').catch(failed)
      }, 5 * 60 * 1000)
      this.timer.unref()
    }
  }

  folder(): string {
    if (!this.options.folder) throw noFolder()
    return this.options.folder
  }

  private isDue(): boolean {
    const newest = listBackupNames(this.folder())[0]
    return !newest || this.now().getTime() - newest.at.getTime() >= HOUR_MS
  }

  /** One backup or restore at a time, in order. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.work.then(task, task)
    this.work = run.catch(() => undefined)
    return run
  }

  private async assertOwner(what: string): Promise<void> {
    if ((await roleOfSession(this.database.db)) !== 'owner') throw new AppError('forbidden', `Only an owner of this team workspace can ${what}.`)
  }

  async backup(reason: BackupReason): Promise<BackupInfo> {
    if (reason === 'manual') await this.assertOwner('back it up')
    return this.serial(() => this.backupNow(reason))
  }

  private async backupNow(reason: BackupReason, rotate = true): Promise<BackupInfo> {
    const folder = this.folder()
    const name = backupName(this.now(), reason)
    await writeSoloCopy(this.database, join(folder, name))
    if (rotate) rotateBackups(folder)
    const info = describeBackup(folder, name)
    if (!info?.ok) throw new AppError('database', `The backup ${name} was written but failed its check; it is kept in ${folder} for a look.`)
    return info
  }

  list(): BackupList {
    if (!this.options.folder) return { folder: '', backups: [] }
    const folder = this.options.folder
    return { folder, backups: listBackupNames(folder).flatMap(({ name }) => describeBackup(folder, name, false) ?? []) }
  }

  /** Backs up the team workspace as it is, then puts the chosen backup's data in its place in one transaction. */
  async restore(name: string): Promise<RestoreOutcome> {
    await this.assertOwner('restore a backup')
    return this.serial(async () => {
      const folder = this.folder()
      const restored = listBackupNames(folder).some((b) => b.name === name) ? describeBackup(folder, name) : null
      if (!restored) throw new AppError('not_found', 'That backup is no longer in the backup folder.')
      if (!restored.ok) throw new AppError('rule', 'That backup is damaged and cannot be restored. Choose an older one.')
      const safetyBackup = await this.backupNow('before-restore', false)
      // Opened from a copy: a backup from an older Baton is brought up to this version there, never in the folder.
      const scratch = mkdtempSync(join(tmpdir(), 'baton-restore-'))
      try {
        const file = join(scratch, name)
        copyFileSync(join(folder, name), file)
        const backup = await openDatabase(file)
        try {
          await restoreIntoServer(backup, this.database)
        } finally {
          await backup.close()
        }
      } finally {
        rmSync(scratch, { recursive: true, force: true })
      }
      return { restored, safetyBackup, damagedKeptAt: null }
    })
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
    return Promise.reject(new AppError('rule', "A team workspace's backups are kept in Baton's folder on this computer."))
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    await this.work
    await this.database.close()
  }
}
