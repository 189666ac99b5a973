import BetterSqlite3 from 'better-sqlite3'
import { sql, type Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { databaseFileIn, makeTempDir, removeTempDir } from '../../../test/fixtures/temp-database'
import { DatabaseFromTheFutureError } from './errors'
import { assertNotFromTheFuture, migrate } from './migrate'
import { MIGRATIONS, type Migration } from './migrations'
import { openDatabase, type SqliteDatabase } from './open'
import type { Database } from './schema'

/** The id a migration added after this build's last one would take. */
const NEXT_ID = (MIGRATIONS.at(-1)?.id ?? 0) + 1

const tableNames = async (db: Kysely<Database>) =>
  (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db)).rows.map((r) => r.name)

const ledger = (database: SqliteDatabase) =>
  database.sqlite.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all() as Array<{ id: number; name: string }>

describe('the migration list', () => {
  it('has unique, increasing ids and names', () => {
    const ids = MIGRATIONS.map((m) => m.id)
    expect(ids).toEqual([...ids].sort((a, b) => a - b))
    expect(new Set(ids).size).toBe(ids.length)
    for (const m of MIGRATIONS) expect(m.name).toMatch(/^[a-z0-9_]+$/)
  })
})

describe('migrate', () => {
  let dir: string
  let database: SqliteDatabase | undefined
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(async () => {
    await database?.close()
    database = undefined
    removeTempDir(dir)
  })

  const open = async (migrations: readonly Migration[]) => {
    await database?.close()
    database = await openDatabase(databaseFileIn(dir), { migrations })
    return database
  }

  const extra = (id: number, name: string, up: Migration['up']): Migration => ({ id, name, up })

  it('returns the ids it applied, and nothing when everything is applied', async () => {
    const { db } = await open([])
    expect(await migrate(db, MIGRATIONS)).toEqual(MIGRATIONS.map((m) => m.id))
    expect(await migrate(db, MIGRATIONS)).toEqual([])
  })

  it('records when each migration was applied', async () => {
    const before = new Date().toISOString()
    const { sqlite } = await open(MIGRATIONS)
    const appliedAt = sqlite.prepare('SELECT applied_at FROM schema_migrations').pluck().all() as string[]
    expect(appliedAt).toHaveLength(MIGRATIONS.length)
    for (const at of appliedAt) {
      expect(at >= before).toBe(true)
      expect(new Date(at).toISOString()).toBe(at)
    }
  })

  it('applies only the migrations that are new to the file', async () => {
    await open(MIGRATIONS)
    const calls: string[] = []
    const later = [
      ...MIGRATIONS,
      extra(NEXT_ID, 'add_column', async (db) => {
        calls.push('next')
        await sql`ALTER TABLE segments ADD COLUMN color TEXT`.execute(db)
      }),
    ]
    const reopened = await open(later)
    expect(calls).toEqual(['next'])
    expect(ledger(reopened)).toEqual(later.map((m) => ({ id: m.id, name: m.name })))
    const columns = reopened.sqlite.prepare(`SELECT name FROM pragma_table_info('segments')`).pluck().all()
    expect(columns).toContain('color')
  })

  describe('a failing migration', () => {
    const failing = extra(NEXT_ID, 'half_done', async (db) => {
      await sql`CREATE TABLE scratch (id INTEGER PRIMARY KEY) STRICT`.execute(db)
      await sql`INSERT INTO scratch (id) VALUES (1)`.execute(db)
      await sql`UPDATE settings SET currency = 'EUR'`.execute(db)
      throw new Error('disk on fire')
    })

    it('fails the open with its error', async () => {
      await expect(open([...MIGRATIONS, failing])).rejects.toThrow('disk on fire')
    })

    it('rolls back everything it did and is not recorded', async () => {
      await open(MIGRATIONS)
      await expect(open([...MIGRATIONS, failing])).rejects.toThrow('disk on fire')
      const reopened = await open(MIGRATIONS)
      expect(ledger(reopened).map((m) => m.id)).toEqual(MIGRATIONS.map((m) => m.id))
      expect(await tableNames(reopened.db)).not.toContain('scratch')
      expect(reopened.sqlite.prepare('SELECT currency FROM settings').pluck().get()).toBe('USD')
    })

    it('keeps the migrations before it that succeeded', async () => {
      await expect(open([...MIGRATIONS, failing])).rejects.toThrow('disk on fire')
      const raw = new BetterSqlite3(databaseFileIn(dir), { readonly: true })
      try {
        expect(raw.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all()).toEqual(MIGRATIONS.map((m) => m.id))
        expect(raw.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'leads'`).pluck().get()).toBe(1)
      } finally {
        raw.close()
      }
    })

    it('rolls back a migration whose SQL is invalid', async () => {
      const badSql = extra(NEXT_ID, 'typo', async (db) => {
        await sql`CREATE TABLE notes (id INTEGER PRIMARY KEY) STRICT`.execute(db)
        await sql.raw('ALTER TABEL notes ADD COLUMN body TEXT').execute(db)
      })
      await expect(open([...MIGRATIONS, badSql])).rejects.toThrow(/syntax error/)
      const reopened = await open(MIGRATIONS)
      expect(await tableNames(reopened.db)).not.toContain('notes')
    })

    it('can be fixed by a later build: the fixed migration then applies', async () => {
      await expect(open([...MIGRATIONS, failing])).rejects.toThrow()
      const fixed = extra(NEXT_ID, 'half_done', async (db) => {
        await sql`CREATE TABLE scratch (id INTEGER PRIMARY KEY) STRICT`.execute(db)
      })
      const reopened = await open([...MIGRATIONS, fixed])
      expect(ledger(reopened).at(-1)).toEqual({ id: NEXT_ID, name: 'half_done' })
      expect(await tableNames(reopened.db)).toContain('scratch')
    })
  })

  describe('assertNotFromTheFuture', () => {
    it('passes a file with no ledger yet', async () => {
      const { db } = await open([])
      await sql`DROP TABLE schema_migrations`.execute(db)
      await expect(assertNotFromTheFuture(db, 'x', MIGRATIONS)).resolves.toBeUndefined()
    })

    it('passes a file that is behind this build', async () => {
      const { db } = await open([])
      await expect(assertNotFromTheFuture(db, 'x', MIGRATIONS)).resolves.toBeUndefined()
    })

    it('lists every migration the build does not know', async () => {
      const { db, sqlite } = await open(MIGRATIONS)
      sqlite.prepare(`INSERT INTO schema_migrations (id, name, applied_at) VALUES (98, 'goals', 'x'), (99, 'reports', 'x')`).run()
      const error = await assertNotFromTheFuture(db, '/data/baton.sqlite', MIGRATIONS).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(DatabaseFromTheFutureError)
      expect((error as DatabaseFromTheFutureError).unknownMigrations).toEqual(['98 goals', '99 reports'])
      expect((error as DatabaseFromTheFutureError).message).toContain('/data/baton.sqlite')
    })
  })
})
