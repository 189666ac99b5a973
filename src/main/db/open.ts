import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type pg from 'pg'
import { engineCode } from './dialect/errors'
import { DatabaseBusyError, DatabaseDamagedError } from './errors'
import { assertNotFromTheFuture, migrate, needsMigration, type OnMigrationProgress } from './migrate'
import { MIGRATIONS, type Migration } from './migrations'
import type { Database } from './schema'
import { withStatementCache } from './statement-cache'

export const DATABASE_FILE_NAME = 'baton.sqlite'

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
  /** The raw connection, for what kysely cannot express (backup, pragmas, benchmarks). SQLite only. */
  sqlite: BetterSqlite3.Database
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

function damaged(file: string, error: unknown): never {
  const detail = error instanceof Error ? error.message : String(error)
  throw new DatabaseDamagedError(file, detail)
}

/**
 * Opens (creating if needed) a solo workspace file: checks it is intact and not from a
 * newer Baton before changing anything, then sets the pragmas and migrates.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<SqliteDatabase> {
  const migrations = options.migrations ?? MIGRATIONS
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })

  let sqlite: BetterSqlite3.Database | undefined
  try {
    sqlite = new BetterSqlite3(file)
    sqlite.pragma('busy_timeout = 5000')
    const check = sqlite.pragma('quick_check', { simple: true })
    if (check !== 'ok') damaged(file, String(check))
  } catch (error) {
    // Let go of the file, so the person can move it aside or restore a backup over it.
    sqlite?.close()
    if (error instanceof DatabaseDamagedError) throw error
    if (engineCode(error) === 'SQLITE_BUSY' || engineCode(error) === 'SQLITE_LOCKED') throw new DatabaseBusyError(file)
    damaged(file, error)
  }

  const cached = withStatementCache(sqlite)
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cached }) })
  const close = async () => {
    await db.destroy()
  }
  try {
    await assertNotFromTheFuture(db, file, migrations)
    if (options.beforeMigrate && (await needsMigration(db, migrations))) await options.beforeMigrate(sqlite)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('foreign_keys = ON')
    // Statement journals (every write to a table with triggers needs one) stay in memory rather
    // than in a temporary file per statement: with the search index and team triggers on leads,
    // a file per insert made writing 100,000 leads two to three times slower.
    sqlite.pragma('temp_store = MEMORY')
    await migrate(db, migrations, options.onMigrationProgress)
  } catch (error) {
    await close()
    throw error
  }
  return { engine: 'sqlite', file, address: file, db, sqlite, close }
}

/** The raw connection of a solo workspace, for what only SQLite has (benchmarks, tests about the file); a team workspace has none. */
export function sqliteOf(database: OpenDatabase): BetterSqlite3.Database {
  if (database.engine !== 'sqlite') throw new Error(`${database.address} is a PostgreSQL workspace: it has no SQLite connection.`)
  return database.sqlite
}
