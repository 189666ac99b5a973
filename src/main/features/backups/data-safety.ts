import { existsSync, renameSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { BackupInfo, BackupList, BackupReason, RecoveryStatus, RestoreOutcome } from '@shared/domain/backups'
import { AppError } from '@shared/errors'
import { DatabaseDamagedError } from '../../db/errors'
import type { OnMigrationProgress } from '../../db/migrate'
import { openDatabase, type OpenDatabase, type SqliteDatabase } from '../../db/open'
import {
  backupFolder,
  checkFile,
  describeBackup,
  listBackupNames,
  moveBackups,
  rotateBackups,
  saveBackupFolder,
  swapInFile,
  writeBackup,
} from './backups.files'

// Owns the open data file: opening it (or noting that it is damaged), automatic and
// manual backups, restoring one (the current file is backed up first and the swap is
// atomic), and recovering from a damaged file. Plain Node: the app and the tests share it.

export const HOUR_MS = 60 * 60 * 1000

export interface DataSafetyOptions {
  dataFile: string
  /** Skip the backups made on start and every hour (unit tests that count backups). */
  automatic?: boolean
  now?: () => Date
  log?: (message: string, error: unknown) => void
  /** Told how far an upgrade of the file has got while it opens. */
  onMigrationProgress?: OnMigrationProgress
}

const stamp = (at: Date) => at.toISOString().replace(/[:.]/g, '-')

/** What the handlers ask of whatever keeps a workspace safe: the open database, backups, restore, recovery. */
export interface WorkspaceSafety {
  /** The open database; a new one after a restore. Throws while the file is damaged. */
  readonly database: OpenDatabase
  readonly isOpen: boolean
  /** Where the workspace lives, fit for messages (a file path, or a server address without its password). */
  readonly dataFile: string
  folder(): string
  backup(reason: BackupReason): Promise<BackupInfo>
  list(): BackupList
  restore(name: string): Promise<RestoreOutcome>
  recoveryStatus(): RecoveryStatus
  /** The recovery status once the open file's integrity check has finished. */
  checkedStatus(): Promise<RecoveryStatus>
  recover(): Promise<RestoreOutcome>
  startFresh(): Promise<{ damagedKeptAt: string }>
  moveFolder(to: string): Promise<BackupList>
  close(): Promise<void>
}

export class DataSafety implements WorkspaceSafety {
  private current: SqliteDatabase | undefined
  private damage: { detail: string } | undefined
  private work: Promise<unknown> = Promise.resolve()
  private timer: NodeJS.Timeout | undefined
  readonly dataFile: string
  readonly dataDir: string
  private now: () => Date
  private log: (message: string, error: unknown) => void

  constructor(private options: DataSafetyOptions) {
    this.dataFile = options.dataFile
    this.dataDir = dirname(options.dataFile)
    this.now = options.now ?? (() => new Date())
    this.log = options.log ?? console.error
  }

  /** Opens the file; a damaged one is noted (for the recovery screen) instead of thrown. */
  async open(): Promise<void> {
    try {
      this.adopt(
        await openDatabase(this.dataFile, {
          beforeMigrate: (sqlite) => writeBackup(sqlite, this.folder(), 'before-migration').then(() => undefined),
          ...(this.options.onMigrationProgress && { onMigrationProgress: this.options.onMigrationProgress }),
        }),
      )
    } catch (error) {
      if (!(error instanceof DatabaseDamagedError)) throw error
      this.damage = { detail: error.message }
      return
    }
    if (this.options.automatic !== false) {
      // A file found damaged while it was backed up is not a failed backup: the recovery screen says so.
      const failed = (what: string) => (error: unknown) => {
        if (!(error instanceof DatabaseDamagedError)) this.log(`baton: the ${what} backup failed`, error)
      }
      if (this.isDue()) void this.backup('start').catch(failed('start'))
      this.timer = setInterval(() => {
        if (this.isDue()) void this.backup('hourly').catch(failed('hourly'))
      }, 5 * 60 * 1000)
      this.timer.unref()
    }
  }

  /**
   * Takes an opened file, and watches its integrity check: a file that turns out damaged after
   * the first screen is closed and the workspace goes into recovery mode, as when it is found
   * damaged on opening (the next call answers that the file is damaged).
   */
  private adopt(database: SqliteDatabase): void {
    this.current = database
    this.damage = undefined
    database.whenIntact().catch(async (error: unknown) => {
      if (this.current !== database || !(error instanceof DatabaseDamagedError)) return
      this.damage = { detail: error.message }
      this.current = undefined
      if (this.timer) clearInterval(this.timer)
      await database.close().catch((closing: unknown) => this.log('baton: closing the damaged file failed', closing))
    })
  }

  get database(): SqliteDatabase {
    if (!this.current) throw new DatabaseDamagedError(this.dataFile, this.damage?.detail ?? 'it is not open')
    return this.current
  }

  get isOpen(): boolean {
    return this.current !== undefined
  }

  folder(): string {
    return backupFolder(this.dataDir)
  }

  private isDue(): boolean {
    const newest = listBackupNames(this.folder())[0]
    return !newest || this.now().getTime() - newest.at.getTime() >= HOUR_MS
  }

  /** Runs one backup/restore at a time, in order. */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.work.then(task, task)
    this.work = run.catch(() => undefined)
    return run
  }

  backup(reason: BackupReason): Promise<BackupInfo> {
    return this.serial(() => this.backupNow(reason))
  }

  private async backupNow(reason: BackupReason, rotate = true): Promise<BackupInfo> {
    const database = this.database
    // A copy of a file still being checked could be a damaged backup that rotates a good one out.
    await database.whenIntact()
    const info = await writeBackup(database.sqlite, this.folder(), reason, this.now())
    if (rotate) rotateBackups(this.folder())
    return info
  }

  list(): BackupList {
    const folder = this.folder()
    // Each was checked when written (a half-written copy never gets a backup's name); a restore checks again.
    return { folder, backups: listBackupNames(folder).flatMap(({ name }) => describeBackup(folder, name, false) ?? []) }
  }

  private verified(name: string): BackupInfo {
    const info = listBackupNames(this.folder()).some((b) => b.name === name) ? describeBackup(this.folder(), name) : null
    if (!info) throw new AppError('not_found', 'That backup is no longer in the backup folder.')
    if (!info.ok) throw new AppError('rule', 'That backup is damaged and cannot be restored. Choose an older one.')
    return info
  }

  /** Backs up the current file, swaps in the chosen backup atomically and reopens. */
  restore(name: string): Promise<RestoreOutcome> {
    return this.serial(async () => {
      const restored = this.verified(name)
      // No rotation here: it could remove the very backup being restored (the next backup rotates).
      const safetyBackup = this.current ? await this.backupNow('before-restore', false) : null
      await this.swapIn(join(this.folder(), name))
      return { restored, safetyBackup, damagedKeptAt: null }
    })
  }

  recoveryStatus(): RecoveryStatus {
    if (!this.damage) return { damaged: false }
    return { damaged: true, file: this.dataFile, detail: this.damage.detail, candidate: this.newestGoodBackup() }
  }

  async checkedStatus(): Promise<RecoveryStatus> {
    // A failed check is seen first by adopt(), which turns the workspace to recovery mode.
    await this.current?.whenIntact().catch(() => undefined)
    return this.recoveryStatus()
  }

  private newestGoodBackup(): BackupInfo | null {
    for (const { name } of listBackupNames(this.folder())) {
      if (checkFile(join(this.folder(), name)).ok) return describeBackup(this.folder(), name, false)
    }
    return null
  }

  /** The damaged file is moved aside (never deleted), then the newest good backup takes its place. */
  recover(): Promise<RestoreOutcome> {
    return this.serial(async () => {
      if (!this.damage) throw new AppError('rule', 'Your data file is not damaged; nothing was changed.')
      const candidate = this.newestGoodBackup()
      if (!candidate) throw new AppError('not_found', 'There is no backup that passes its check. Start a new workspace instead; the damaged file is kept.')
      const damagedKeptAt = this.setDamagedAside()
      await this.swapIn(join(this.folder(), candidate.name))
      return { restored: candidate, safetyBackup: null, damagedKeptAt }
    })
  }

  /** Sets the damaged file aside and starts an empty workspace. */
  startFresh(): Promise<{ damagedKeptAt: string }> {
    return this.serial(async () => {
      if (!this.damage) throw new AppError('rule', 'Your data file is not damaged; nothing was changed.')
      const damagedKeptAt = this.setDamagedAside()
      await this.reopen()
      return { damagedKeptAt }
    })
  }

  private setDamagedAside(): string {
    const aside = join(this.dataDir, `${basename(this.dataFile, '.sqlite')}-damaged-${stamp(this.now())}.sqlite`)
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      if (existsSync(`${this.dataFile}${suffix}`)) renameSync(`${this.dataFile}${suffix}`, `${aside}${suffix}`)
    }
    return aside
  }

  private async swapIn(source: string): Promise<void> {
    await this.current?.close()
    this.current = undefined
    swapInFile(source, this.dataFile)
    await this.reopen()
  }

  private async reopen(): Promise<void> {
    this.adopt(await openDatabase(this.dataFile))
  }

  moveFolder(to: string): Promise<BackupList> {
    return this.serial(() => {
      const from = this.folder()
      if (to !== from) moveBackups(from, to)
      saveBackupFolder(this.dataDir, to)
      return Promise.resolve(this.list())
    })
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    await this.work
    await this.current?.close()
    this.current = undefined
  }
}
