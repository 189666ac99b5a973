import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { openTempDatabase } from '../../../test/fixtures/temp-database'
import { openTestDatabase, freshPostgresDatabase } from '../../../test/fixtures/test-database'
import { postgresDialect, sqliteDialect, type ColumnInfo } from './dialect'
import { openPostgres } from './open-postgres'
import { MIGRATIONS } from './migrations'

// The two engines side by side: a SQLite file and a PostgreSQL database, both migrated by
// this build, must hold the same tables and columns so every feature reads the same rows.

const TYPE_ON_SQLITE: Record<string, string> = { bigint: 'INTEGER', text: 'TEXT', citext: 'TEXT', 'double precision': 'REAL' }

async function schemaOf(database: Awaited<ReturnType<typeof openTestDatabase>>) {
  const dialect = database.engine === 'postgres' ? postgresDialect : sqliteDialect
  const tables = await dialect.tableNames(database.db)
  const columns: Record<string, ColumnInfo[]> = {}
  for (const table of tables) columns[table] = await dialect.columnsOf(database.db, table)
  return columns
}

describe('a PostgreSQL workspace and a SQLite one', () => {
  it('have the same tables with the same columns, in the same order, types and nullability', async () => {
    const solo = await openTempDatabase()
    const team = await openTestDatabase()
    try {
      const sqlite = await schemaOf(solo)
      const postgres = await schemaOf(team)
      expect(Object.keys(postgres)).toEqual(Object.keys(sqlite))
      for (const [table, columns] of Object.entries(postgres)) {
        const mapped = columns.map((c) => ({ ...c, type: TYPE_ON_SQLITE[c.type] ?? c.type }))
        expect({ table, columns: mapped }).toEqual({ table, columns: sqlite[table] })
      }
    } finally {
      await solo.dispose()
      await team.dispose()
    }
  })

  it('record the same migrations, the baseline standing for 1–9 on PostgreSQL', async () => {
    const team = await openTestDatabase()
    try {
      const ledger = await team.db.selectFrom('schema_migrations').select(['id', 'name']).orderBy('id').execute()
      expect(ledger).toEqual(MIGRATIONS.map((m) => ({ id: m.id, name: m.name })))
    } finally {
      await team.dispose()
    }
  })
})

describe('opening a PostgreSQL workspace', () => {
  it('refuses one a newer Baton migrated, and changes nothing', async () => {
    const fresh = await freshPostgresDatabase()
    try {
      const first = await openPostgres(fresh.url)
      await sql`INSERT INTO schema_migrations (id, name, applied_at) VALUES (999, 'from_the_future', 'x')`.execute(first.db)
      await first.close()
      await expect(openPostgres(fresh.url)).rejects.toThrow(/newer version of Baton.*999 from_the_future/)
    } finally {
      await fresh.drop()
    }
  })
})
