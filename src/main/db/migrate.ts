import { sql, type Kysely } from 'kysely'
import { dialectOf } from './dialect'
import { DatabaseFromTheFutureError } from './errors'
import { POSTGRES_BASELINE, type Migration, type MigrationProgress } from './migrations'
import type { Database } from './schema'

const LEDGER = {
  sqlite: `CREATE TABLE IF NOT EXISTS schema_migrations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`,
  postgres: `CREATE TABLE IF NOT EXISTS schema_migrations (
  id bigint PRIMARY KEY,
  name text NOT NULL,
  applied_at text NOT NULL
)`,
}

export async function appliedMigrations(db: Kysely<Database>): Promise<Array<{ id: number; name: string }>> {
  if (!(await dialectOf(db).tableNames(db)).includes('schema_migrations')) return []
  return db.selectFrom('schema_migrations').select(['id', 'name']).orderBy('id').execute()
}

/** Refuses, before anything is written, a workspace that knows migrations this build does not. */
export async function assertNotFromTheFuture(db: Kysely<Database>, address: string, migrations: readonly Migration[]): Promise<void> {
  const known = new Set(migrations.map((m) => m.id))
  const unknown = (await appliedMigrations(db)).filter((m) => !known.has(m.id))
  if (unknown.length > 0) throw new DatabaseFromTheFutureError(address, unknown.map((m) => `${m.id} ${m.name}`))
}

/** True when this build has migrations the workspace has not had (a new, empty workspace included). */
export async function hasPendingMigrations(db: Kysely<Database>, migrations: readonly Migration[]): Promise<boolean> {
  const applied = new Set((await appliedMigrations(db)).map((m) => m.id))
  return migrations.some((m) => !applied.has(m.id))
}

/** True when the workspace already has data from an older build and this build has migrations for it. */
export async function needsMigration(db: Kysely<Database>, migrations: readonly Migration[]): Promise<boolean> {
  const applied = new Set((await appliedMigrations(db)).map((m) => m.id))
  return applied.size > 0 && migrations.some((m) => !applied.has(m.id))
}

const record = (db: Kysely<Database>, migration: Migration, at: string) =>
  db.insertInto('schema_migrations').values({ id: migration.id, name: migration.name, applied_at: at }).execute()

/** Where the migrations of one opening have got, for a start-up screen. */
export interface MigrationStatus {
  /** The migration running now, 1-based, of `count` pending ones. */
  index: number
  count: number
  name: string
  /** How far the running one has got, 0–1 (a migration that does not tell is 0 until it is done). */
  fraction: number
}

/** Told as migrations go; what it returns is awaited (a start-up screen updates itself there). */
export type OnMigrationProgress = (status: MigrationStatus) => void | Promise<void>

/** Runs one migration's `up` in a transaction and records it; a table-rebuilding one with SQLite's foreign keys off, checked before commit. */
async function applyOne(db: Kysely<Database>, migration: Migration, report: MigrationProgress): Promise<void> {
  const dialect = dialectOf(db)
  const foreignKeysOff = migration.rebuildsTables === true && dialect.engine === 'sqlite'
  // The pragma is a no-op inside a transaction: it is set on the connection before BEGIN.
  if (foreignKeysOff) await sql`PRAGMA foreign_keys = OFF`.execute(db)
  try {
    await db.transaction().execute(async (trx) => {
      await migration.up(trx, dialect, report)
      if (foreignKeysOff) {
        const broken = await sql<{ table: string; parent: string }>`SELECT "table", parent FROM pragma_foreign_key_check`.execute(trx)
        const first = broken.rows[0]
        if (first) throw new Error(`Migration ${migration.id} ${migration.name} left ${broken.rows.length} rows of ${first.table} pointing at missing ${first.parent}; nothing was changed.`)
      }
      await record(trx, migration, new Date().toISOString())
    })
  } finally {
    if (foreignKeysOff) await sql`PRAGMA foreign_keys = ON`.execute(db)
  }
}

/**
 * Applies each pending migration in its own transaction and records it. Returns the ids applied.
 * A new PostgreSQL workspace gets the baseline for the SQLite-only migrations in one transaction.
 */
export async function migrate(db: Kysely<Database>, migrations: readonly Migration[], onProgress: OnMigrationProgress = () => undefined): Promise<number[]> {
  const dialect = dialectOf(db)
  // Only when missing: on PostgreSQL even CREATE TABLE IF NOT EXISTS needs the right to create
  // tables, which a team's members do not have.
  if (!(await dialect.tableNames(db)).includes('schema_migrations')) await sql.raw(LEDGER[dialect.engine]).execute(db)
  const done = new Set((await appliedMigrations(db)).map((m) => m.id))
  const applied: number[] = []
  if (dialect.engine === 'postgres') {
    const baseline = migrations.filter((m) => m.sqliteOnly && !done.has(m.id))
    if (baseline.length > 0) {
      if (done.size > 0 || baseline.some((m) => m.id > POSTGRES_BASELINE.throughId)) {
        throw new Error(`Migrations ${baseline.map((m) => m.id).join(', ')} are written for SQLite only and cannot be applied to this PostgreSQL workspace.`)
      }
      await db.transaction().execute(async (trx) => {
        await POSTGRES_BASELINE.up(trx)
        const at = new Date().toISOString()
        for (const migration of baseline) await record(trx, migration, at)
      })
      for (const migration of baseline) done.add(migration.id)
      applied.push(...baseline.map((m) => m.id))
    }
  }
  const pending = migrations.filter((m) => !done.has(m.id))
  for (const [i, migration] of pending.entries()) {
    const status = (fraction: number) => onProgress({ index: i + 1, count: pending.length, name: migration.name, fraction })
    await status(0)
    await applyOne(db, migration, (doneUnits, total) => status(total > 0 ? Math.min(1, doneUnits / total) : 0))
    await status(1)
    applied.push(migration.id)
  }
  return applied
}
