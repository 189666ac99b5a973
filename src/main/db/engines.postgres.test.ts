import { createServer } from 'node:net'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { SegmentInput } from '@shared/contract/segments'
import { toErrorShape } from '../ipc/dispatch'
import { createSegment } from '../features/segments/segments.service'
import { openTempDatabase } from '../../../test/fixtures/temp-database'
import { freshPostgresDatabase, openTestDatabase, useTestDatabase } from '../../../test/fixtures/test-database'
import { engineErrorKind } from './dialect/errors'
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

describe('PostgreSQL errors, as Baton tells them', () => {
  const database = useTestDatabase()
  const refusal = (write: Promise<unknown>) => write.then(
    () => undefined,
    (error: unknown) => error,
  )

  it('sorts constraint violations like SQLite’s, so the services’ own messages still apply', async () => {
    const { db } = database()
    await createSegment(db, SegmentInput.parse({ name: 'Dentists' }))
    // citext: the same name in another case is the same name.
    await expect(createSegment(db, SegmentInput.parse({ name: 'DENTISTS' }))).rejects.toThrow(/already a segment called/)
    const foreignKey = await refusal(sql`INSERT INTO stages (pipeline_id, name, position, created_at) VALUES (999, 'X', 0, 'x')`.execute(db))
    expect(engineErrorKind(foreignKey)).toBe('foreign_key')
    const check = await refusal(sql`UPDATE stages SET win_probability = 101`.execute(db))
    expect(engineErrorKind(check)).toBe('check')
    const notJson = await refusal(sql`INSERT INTO ui_state (key, value, updated_at) VALUES ('k', 'not json', 'x')`.execute(db))
    expect(engineErrorKind(notJson)).toBe('check')
    const shape = toErrorShape(foreignKey, 'leads.create', () => undefined)
    expect(shape.code).toBe('conflict')
    expect(shape.message).toContain('deleted a moment ago')
  })

  it('says the connection was lost when the server drops it mid-call, and carries on after', async () => {
    const { db } = database()
    const slow = refusal(sql`SELECT pg_sleep(30)`.execute(db))
    // Another session ends the one running the call, as a server restart or a network cut would.
    await expect
      .poll(async () => (await sql<{ ended: boolean }>`SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)'`.execute(db)).rows.length)
      .toBe(1)
    const lost = await slow
    expect(engineErrorKind(lost)).toBe('unreachable')
    const shape = toErrorShape(lost, 'leads.list', () => undefined)
    expect(shape.code).toBe('database')
    expect(shape.message).toContain('lost its connection')
    // The next call works again (the pool drops the dead connection as soon as its socket closes).
    const count = () => sql<{ n: number }>`SELECT count(*) AS n FROM leads`.execute(db).then((result) => result.rows, String)
    await expect.poll(count).toEqual([{ n: 0 }])
  })
})

describe('reaching a PostgreSQL server', () => {
  const closedPort = () =>
    new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number }
        probe.close(() => resolve(port))
      })
    })

  it('says where it could not reach, without the password', async () => {
    const port = await closedPort()
    const error = await openPostgres(`postgres://baton:s3cret@127.0.0.1:${port}/work`).catch((e: unknown) => e)
    expect(String(error)).toContain(`Baton could not reach the team database at postgres://baton:*****@127.0.0.1:${port}/work`)
    expect(String(error)).not.toContain('s3cret')
  })

  it('says the login was refused, without the password', async () => {
    const fresh = await freshPostgresDatabase()
    try {
      const wrong = new URL(fresh.url)
      wrong.password = 'wrong-password'
      const error = await openPostgres(wrong.toString()).catch((e: unknown) => e)
      expect(String(error)).toMatch(/refused Baton's login/)
      expect(String(error)).not.toContain('wrong-password')
    } finally {
      await fresh.drop()
    }
  })
})
