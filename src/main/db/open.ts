import { mkdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely } from 'kysely'
import type pg from 'pg'
import { engineCode } from './dialect/errors'
import { DatabaseBusyError, DatabaseDamagedError, DatabaseFromTheFutureError } from './errors'
import { GatedSqliteDialect } from './gated-dialect'
import { IntegrityGate, isUpToDate } from './integrity-gate'
import { assertNotFromTheFuture, migrate, needsMigration, type OnMigrationProgress } from './migrate'
import { MIGRATIONS, type Migration } from './migrations'
import type { Database } from './schema'
import { withStatementCache } from './statement-cache'

export const DATABASE_FILE_NAME = 'baton.sqlite'

/** A solo workspace's data file: `path` itself when it is a file (an offline copy, a backup), else `baton.sqlite` in the folder `path`. */
export function soloDataFile(path: string): string {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ? path : join(path, DATABASE_FILE_NAME)
}

interface OpenHandle {
  db: Kysely<Database>
  /** Where the workspace lives, fit for messages and logs: the file path, or the server address without its password. */
  address: string
  close(): Promise<void>
}

/** A solo workspace: one SQLite file. */
export interface SqliteDatabase extends OpenHandle {
  engine: 'sqlite'
  file: string
  /** The raw connection, for what kysely cannot express (backup, pragmas, benchmarks). SQLite only. A writer on it awaits `whenIntact()` first. */
  sqlite: BetterSqlite3.Database
  /**
   * Resolves once the file has passed its integrity check (at once for a file checked while
   * opening); rejects with DatabaseDamagedError when it failed. Writes through `db` wait for it.
   */
  whenIntact(): Promise<void>
}

/** A team workspace: one PostgreSQL database. */
export interface PostgresDatabase extends OpenHandle {
  engine: 'postgres'
  /** The connection pool, for what kysely cannot express (benchmarks, listening for changes). */
  pool: pg.Pool
}

/** An open workspace database of either engine; narrow on `engine` for what only one has. */
export type OpenDatabase = SqliteDatabase | PostgresDatabase

export interface OpenOptions {
  migrations?: readonly Migration[]
  /** Runs before migrations change a file that already has data (the automatic backup). SQLite only. */
  beforeMigrate?(sqlite: BetterSqlite3.Database): Promise<void>
  /** Told how far the migrations have got (start-up's "Upgrading your workspace" screen). */
  onMigrationProgress?: OnMigrationProgress
}

/** What opening a file that could not be read at all means for the person: busy, from a newer Baton, or damaged. */
function refusal(file: string, error: unknown): Error {
  if (error instanceof DatabaseDamagedError || error instanceof DatabaseFromTheFutureError) return error
  if (engineCode(error) === 'SQLITE_BUSY' || engineCode(error) === 'SQLITE_LOCKED') return new DatabaseBusyError(file)
  return new DatabaseDamagedError(file, error instanceof Error ? error.message : String(error))
}

/**
 * Opens (creating if needed) a solo workspace file: refuses one from a newer Baton before
 * changing anything, then sets the pragmas and migrates. A file that needs no migration is
 * checked for damage in the background while reads go ahead (writes wait for the check: see
 * integrity-gate.ts); any other is checked before anything is written.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<SqliteDatabase> {
  const migrations = options.migrations ?? MIGRATIONS
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })

  let sqlite: BetterSqlite3.Database
  try {
    sqlite = new BetterSqlite3(file)
    sqlite.pragma('busy_timeout = 5000')
  } catch (error) {
    throw refusal(file, error)
  }

  const cached = withStatementCache(sqlite)
  const gate = new IntegrityGate(file)
  const db = new Kysely<Database>({ dialect: new GatedSqliteDialect(cached, gate) })
  const close = async () => {
    await gate.close()
    await db.destroy()
  }
  let upToDate: boolean
  try {
    // Reads only, until the check has passed or is under way.
    await assertNotFromTheFuture(db, file, migrations)
    upToDate = await isUpToDate(db, migrations)
    // A file already in WAL mode: setting the pragmas below writes nothing to it.
    if (upToDate && sqlite.pragma('journal_mode', { simple: true }) === 'wal') gate.checkInBackground()
    else gate.checkNow(sqlite)
  } catch (error) {
    // Let go of the file, so the person can move it aside or restore a backup over it.
    await close()
    throw refusal(file, error)
  }

  try {
    if (options.beforeMigrate && (await needsMigration(db, migrations))) await options.beforeMigrate(sqlite)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('foreign_keys = ON')
    // Statement journals (every write to a table with triggers needs one) stay in memory rather
    // than in a temporary file per statement: with the search index and team triggers on leads,
    // a file per insert made writing 100,000 leads two to three times slower.
    sqlite.pragma('temp_store = MEMORY')
    if (!upToDate) await migrate(db, migrations, options.onMigrationProgress)
  } catch (error) {
    await close()
    throw error
  }
  return { engine: 'sqlite', file, address: file, db, sqlite, whenIntact: () => gate.whenIntact(), close }
}

/** The raw connection of a solo workspace, for what only SQLite has (benchmarks, tests about the file); a team workspace has none. */
export function sqliteOf(database: OpenDatabase): BetterSqlite3.Database {
  if (database.engine !== 'sqlite') throw new Error(`${database.address} is a PostgreSQL workspace: it has no SQLite connection.`)
  return database.sqlite
}
