import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { BackupInfo, BackupReason } from '@shared/domain/backups'
import { BACKUP_REASONS } from '@shared/domain/backups'
import { backupsToDelete, type RotationPolicy, DEFAULT_ROTATION } from './rotation'

// Backups are plain SQLite files in one folder, named by their UTC time and why they
// were made: baton-2026-03-01T10-05-00-000Z-hourly.sqlite. Nothing else records them,
// so a folder moved by hand, or synced from another machine, lists just the same.

const NAME = /^baton-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+)\.sqlite$/

export function backupName(at: Date, reason: BackupReason): string {
  return `baton-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.sqlite`
}

export function parseBackupName(name: string): { at: Date; reason: BackupReason } | null {
  const match = NAME.exec(name)
  if (!match || !(BACKUP_REASONS as readonly string[]).includes(match[2]!)) return null
  const [day, time] = match[1]!.split('T') as [string, string]
  const [h, m, s, ms] = time.replace('Z', '').split('-')
  const at = new Date(`${day}T${h}:${m}:${s}.${ms}Z`)
  return Number.isNaN(at.getTime()) ? null : { at, reason: match[2] as BackupReason }
}

/** The folder setting lives beside the data file, not in it: a damaged file must not hide its backups. */
const settingsFile = (dataDir: string) => join(dataDir, 'backup-settings.json')

export function backupFolder(dataDir: string): string {
  try {
    const saved = JSON.parse(readFileSync(settingsFile(dataDir), 'utf8')) as { folder?: unknown }
    if (typeof saved.folder === 'string' && saved.folder) return saved.folder
  } catch {
    // No settings yet (or unreadable): the default folder.
  }
  return join(dataDir, 'backups')
}

export function saveBackupFolder(dataDir: string, folder: string): void {
  const file = settingsFile(dataDir)
  writeFileSync(`${file}.tmp`, JSON.stringify({ folder }, null, 2))
  renameSync(`${file}.tmp`, file)
}

/**
 * `PRAGMA quick_check` on a file, without changing it. `thorough: false` only opens it and
 * counts its leads: enough for a list, where every backup was checked when it was written.
 */
export function checkFile(file: string, thorough = true): { ok: true; leads: number; people: number | null } | { ok: false; detail: string } {
  let db: BetterSqlite3.Database | undefined
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
    const check = thorough ? db.pragma('quick_check', { simple: true }) : 'ok'
    if (check !== 'ok') return { ok: false, detail: String(check) }
    const leads = db.prepare('SELECT count(*) FROM leads').pluck().get() as number
    return { ok: true, leads, people: countPeople(db) }
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) }
  } finally {
    db?.close()
  }
}

/** People in a file; null in one from before people were records of their own (version 12 and older). */
function countPeople(db: BetterSqlite3.Database): number | null {
  const hasPeople = db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'people'`).pluck().get() === 1
  return hasPeople ? (db.prepare('SELECT count(*) FROM people').pluck().get() as number) : null
}

export function describeBackup(folder: string, name: string, thorough = true): BackupInfo | null {
  const parsed = parseBackupName(name)
  if (!parsed) return null
  const file = join(folder, name)
  const check = checkFile(file, thorough)
  return {
    name,
    at: parsed.at.toISOString(),
    reason: parsed.reason,
    sizeBytes: statSync(file).size,
    leads: check.ok ? check.leads : null,
    people: check.ok ? check.people : null,
    ok: check.ok,
  }
}

/** Backups in the folder, newest first. */
export function listBackupNames(folder: string): Array<{ name: string; at: Date }> {
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .flatMap((name) => {
      const parsed = parseBackupName(name)
      return parsed ? [{ name, at: parsed.at }] : []
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime())
}

export class BackupFailedError extends Error {
  constructor(detail: string) {
    super(`The backup could not be written (${detail}). Your data file is unchanged.`)
    this.name = 'BackupFailedError'
  }
}

/**
 * Copies the open database with SQLite's online backup API (pages are copied while the
 * app keeps working), makes the copy a single self-contained file, checks it, and only
 * then gives it its final name — a half-written backup never looks like a backup.
 */
export async function writeBackup(sqlite: BetterSqlite3.Database, folder: string, reason: BackupReason, now = new Date()): Promise<BackupInfo> {
  mkdirSync(folder, { recursive: true })
  const name = backupName(now, reason)
  const partial = join(folder, `${name}.partial`)
  let leads: number
  let people: number | null
  try {
    await sqlite.backup(partial)
    const copy = new BetterSqlite3(partial)
    try {
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
    // Checked on a read-only connection of its own: the same quick_check runs in about a
    // third of the time it takes on the connection that changed the journal mode.
    const reader = new BetterSqlite3(partial, { readonly: true, fileMustExist: true })
    try {
      const check = reader.pragma('quick_check', { simple: true })
      if (check !== 'ok') throw new BackupFailedError(`the copy failed its check: ${String(check)}`)
      leads = reader.prepare('SELECT count(*) FROM leads').pluck().get() as number
      people = countPeople(reader)
    } finally {
      reader.close()
    }
    renameSync(partial, join(folder, name))
  } catch (error) {
    rmSync(partial, { force: true })
    if (error instanceof BackupFailedError) throw error
    throw new BackupFailedError(error instanceof Error ? error.message : String(error))
  }
  return { name, at: now.toISOString(), reason, sizeBytes: statSync(join(folder, name)).size, leads, people, ok: true }
}

/** Rotates the automatic backups; the ones the person made with "Back up now" stay until they remove them. */
export function rotateBackups(folder: string, policy: RotationPolicy = DEFAULT_ROTATION): string[] {
  const automatic = listBackupNames(folder).filter((b) => parseBackupName(b.name)?.reason !== 'manual')
  const removed = backupsToDelete(automatic, policy)
  for (const name of removed) rmSync(join(folder, name), { force: true })
  return removed
}

/** Moves every backup to a new folder (copy then delete, so it works across disks). */
export function moveBackups(from: string, to: string): number {
  mkdirSync(to, { recursive: true })
  const names = listBackupNames(from)
  for (const { name } of names) {
    copyFileSync(join(from, name), join(to, name))
    rmSync(join(from, name))
  }
  return names.length
}

/**
 * Puts `source` in place of `target` atomically: copy beside the target, flush, then
 * rename over it (a rename within a folder is atomic), after the old -wal/-shm are gone.
 * The caller has closed every connection to `target`.
 */
export function swapInFile(source: string, target: string): void {
  const incoming = join(dirname(target), `.restoring-${Date.now()}.sqlite`)
  copyFileSync(source, incoming)
  const fd = openSync(incoming, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true })
  renameSync(incoming, target)
}
