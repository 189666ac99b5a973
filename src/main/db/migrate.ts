import { sql, type Kysely } from 'kysely'
import { DatabaseFromTheFutureError } from './errors'
import type { Migration } from './migrations'
import type { Database } from './schema'

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`

async function appliedMigrations(db: Kysely<Database>): Promise<Array<{ id: number; name: string }>> {
  const ledger = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`.execute(db)
  if (!ledger.rows[0]?.n) return []
  return db.selectFrom('schema_migrations').select(['id', 'name']).orderBy('id').execute()
}

/** Refuses, before anything is written, a file that knows migrations this build does not. */
export async function assertNotFromTheFuture(db: Kysely<Database>, file: string, migrations: readonly Migration[]): Promise<void> {
  const known = new Set(migrations.map((m) => m.id))
  const unknown = (await appliedMigrations(db)).filter((m) => !known.has(m.id))
  if (unknown.length > 0) throw new DatabaseFromTheFutureError(file, unknown.map((m) => `${m.id} ${m.name}`))
}

/** True when the file already has data from an older build and this build has migrations for it. */
export async function needsMigration(db: Kysely<Database>, migrations: readonly Migration[]): Promise<boolean> {
  const applied = new Set((await appliedMigrations(db)).map((m) => m.id))
  return applied.size > 0 && migrations.some((m) => !applied.has(m.id))
}

/** Applies each pending migration in its own transaction and records it. Returns the ids applied. */
export async function migrate(db: Kysely<Database>, migrations: readonly Migration[]): Promise<number[]> {
  await sql.raw(CREATE_LEDGER).execute(db)
  const done = new Set((await appliedMigrations(db)).map((m) => m.id))
  const applied: number[] = []
  for (const migration of migrations) {
    if (done.has(migration.id)) continue
    await db.transaction().execute(async (trx) => {
      await migration.up(trx)
      await trx
        .insertInto('schema_migrations')
        .values({ id: migration.id, name: migration.name, applied_at: new Date().toISOString() })
        .execute()
    })
    applied.push(migration.id)
  }
  return applied
}
