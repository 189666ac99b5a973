import { sql, type Kysely } from 'kysely'
import { dialectOf } from './dialect'
import { DatabaseFromTheFutureError } from './errors'
import { POSTGRES_BASELINE, type Migration } from './migrations'
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

/** True when the workspace already has data from an older build and this build has migrations for it. */
export async function needsMigration(db: Kysely<Database>, migrations: readonly Migration[]): Promise<boolean> {
  const applied = new Set((await appliedMigrations(db)).map((m) => m.id))
  return applied.size > 0 && migrations.some((m) => !applied.has(m.id))
}

const record = (db: Kysely<Database>, migration: Migration, at: string) =>
  db.insertInto('schema_migrations').values({ id: migration.id, name: migration.name, applied_at: at }).execute()

/**
 * Applies each pending migration in its own transaction and records it. Returns the ids applied.
 * A new PostgreSQL workspace gets the baseline for the SQLite-only migrations in one transaction.
 */
export async function migrate(db: Kysely<Database>, migrations: readonly Migration[]): Promise<number[]> {
  const dialect = dialectOf(db)
  await sql.raw(LEDGER[dialect.engine]).execute(db)
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
  for (const migration of migrations) {
    if (done.has(migration.id)) continue
    await db.transaction().execute(async (trx) => {
      await migration.up(trx, dialect)
      await record(trx, migration, new Date().toISOString())
    })
    applied.push(migration.id)
  }
  return applied
}
