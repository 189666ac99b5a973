import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { queryColumn, queryValue } from '../../../../test/fixtures/sql'
import { testEngine, useTestDatabase } from '../../../../test/fixtures/test-database'
import { dialectOf } from '.'

// Each helper answers the same on both engines: the unit project runs this on SQLite,
// the postgres project on PostgreSQL.

describe(`the ${testEngine} dialect`, () => {
  const database = useTestDatabase()
  const db = () => database().db
  const dialect = () => dialectOf(db())
  const value = <T>(expression: string) => queryValue<T>(db(), sql`SELECT ${sql.raw(expression)} AS v`)

  it('is found from the handle, and from a transaction on it', async () => {
    expect(dialect().engine).toBe(testEngine)
    await db()
      .transaction()
      .execute((trx) => Promise.resolve(expect(dialectOf(trx).engine).toBe(testEngine)))
  })

  it('counts days between two instants, fractions included', async () => {
    expect(await value<number>(dialect().daysBetween(`'2026-01-01T00:00:00.000Z'`, `'2026-01-31T12:00:00.000Z'`))).toBeCloseTo(30.5, 6)
    expect(await value<number>(dialect().daysBetween(`'2026-03-29T00:00:00.000Z'`, `'2026-03-28T00:00:00.000Z'`))).toBeCloseTo(-1, 6)
    // Whole days drop the fraction toward zero, as SQLite's CAST does (PostgreSQL's CAST would round).
    expect(await value<number>(dialect().wholeDaysBetween(`'2026-01-01T00:00:00.000Z'`, `'2026-01-31T23:59:59.999Z'`))).toBe(30)
    expect(await value<number>(dialect().wholeDaysBetween(`'2026-01-01T00:00:00.000Z'`, `'2026-01-04T00:00:00.000Z'`))).toBe(3)
    expect(await value<number>(dialect().wholeDaysBetween(`'2026-01-02T12:00:00.000Z'`, `'2026-01-01T00:00:00.000Z'`))).toBe(-1)
  })

  it('finds the first day of a week for any first weekday, and of a month', async () => {
    // Wednesday 2026-03-04.
    expect(await value(dialect().weekStartOf(`'2026-03-04'`, 1))).toBe('2026-03-02')
    expect(await value(dialect().weekStartOf(`'2026-03-04'`, 0))).toBe('2026-03-01')
    expect(await value(dialect().weekStartOf(`'2026-03-04'`, 3))).toBe('2026-03-04')
    expect(await value(dialect().weekStartOf(`'2026-03-04'`, 4))).toBe('2026-02-26')
    expect(await value(dialect().weekStartOf(`'2026-01-01'`, 1))).toBe('2025-12-29')
    expect(await value(dialect().monthStartOf(`'2026-02-28'`))).toBe('2026-02-01')
  })

  it('takes the larger and smaller of two values', async () => {
    expect(await value<number>(dialect().greatest('3', '-2'))).toBe(3)
    expect(await value<number>(dialect().least('3', '-2'))).toBe(-2)
  })

  it('writes the time as JavaScript does', async () => {
    const before = new Date().toISOString()
    const now = await value<string>(dialect().nowIso)
    expect(now).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
    expect(now >= before.slice(0, 16)).toBe(true)
  })

  it('reads and sets text inside JSON kept in a text column, leaving what is not JSON alone', async () => {
    await db()
      .insertInto('ui_state')
      .values([
        { key: 'a', value: '{"filters":{"owner":"Sam","tag":"vip"}}', updated_at: 'x' },
        { key: 'b', value: '[1, 2]', updated_at: 'x' },
      ])
      .execute()
    const owners = () => queryColumn(db(), sql`SELECT ${dialect().jsonText('value', ['filters', 'owner'])} FROM ui_state ORDER BY key`)
    expect(await owners()).toEqual(['Sam', null])
    await sql`UPDATE ui_state SET value = ${dialect().jsonWithText('value', ['filters', 'owner'], 'Samuel')} WHERE key = 'a'`.execute(db())
    expect(await owners()).toEqual(['Samuel', null])
    const saved = await queryValue<string>(db(), sql`SELECT value FROM ui_state WHERE key = 'a'`)
    expect(JSON.parse(saved)).toEqual({ filters: { owner: 'Samuel', tag: 'vip' } })
  })

  it('gathers a JSON array in order, and an empty one from no rows', async () => {
    const tags = (personId: number) => value<string>(dialect().jsonArrayOf('tag', `person_tags WHERE person_id = ${personId}`, 'tag'))
    const person = await db()
      .insertInto('people')
      .values({ name: 'Dana', name_key: 'dana', created_at: 'x', updated_at: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow()
    expect(JSON.parse(await tags(person.id))).toEqual([])
    await db()
      .insertInto('person_tags')
      .values(['vip', 'Budget', 'a "quoted" tag'].map((tag) => ({ person_id: person.id, tag })))
      .execute()
    expect(JSON.parse(await tags(person.id))).toEqual(['Budget', 'a "quoted" tag', 'vip'].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)))
  })

  it('matches one of many ids in one parameter, text anywhere ASCII case aside, and text equal ASCII case aside', async () => {
    const rows = await db()
      .insertInto('segments')
      .values(['Dentists', 'Gyms 100%', 'Écoles'].map((name) => ({ name, created_at: 'x' })))
      .returning('id')
      .execute()
    const ids = rows.map((r) => r.id)
    const names = (condition: ReturnType<typeof sql<boolean>>) => queryColumn(db(), sql`SELECT name FROM segments WHERE ${condition} ORDER BY id`)
    expect(await names(dialect().idIn('id', [ids[0]!, ids[2]!, 999]))).toEqual(['Dentists', 'Écoles'])
    expect(await names(dialect().idIn('id', []))).toEqual([])
    expect(await names(dialect().contains(sql.ref('name'), 'DENT'))).toEqual(['Dentists'])
    expect(await names(dialect().contains(sql.ref('name'), '0%'))).toEqual(['Gyms 100%'])
    expect(await names(dialect().contains(sql.ref('name'), '_'))).toEqual([])
    expect(await names(dialect().equalsCaseless('name', 'gyms 100%'))).toEqual(['Gyms 100%'])
    // Only ASCII folds, as SQLite's NOCASE does.
    expect(await names(dialect().equalsCaseless('name', 'écoles'))).toEqual([])
  })

  it('lists the tables and their columns', async () => {
    const tables = await dialect().tableNames(db())
    expect(tables).toEqual(expect.arrayContaining(['leads', 'campaigns', 'schema_migrations']))
    expect(tables.some((name) => name.includes('fts'))).toBe(false)
    const columns = await dialect().columnsOf(db(), 'lost_reasons')
    expect(columns.map((c) => [c.name, c.notNull])).toEqual([
      ['id', true],
      ['label', true],
      ['position', true],
      ['archived_at', false],
    ])
  })

  it("lists a table's foreign keys and what each points at", async () => {
    expect(await dialect().foreignKeysOf(db(), 'pipelines')).toEqual([{ column: 'qualified_stage_id', references: 'stages' }])
    expect(await dialect().foreignKeysOf(db(), 'stage_history')).toEqual(
      expect.arrayContaining([
        { column: 'lead_id', references: 'leads' },
        { column: 'to_stage_id', references: 'stages' },
      ]),
    )
    expect(await dialect().foreignKeysOf(db(), 'settings')).toEqual([])
  })

  it('lets new rows follow rows written with their ids', async () => {
    await db().insertInto('segments').values({ id: 50, name: 'Copied', created_at: 'x' }).execute()
    await dialect().idsTaken(db(), ['segments'])
    const next = await db().insertInto('segments').values({ name: 'New', created_at: 'x' }).returning('id').executeTakeFirstOrThrow()
    expect(next.id).toBeGreaterThan(50)
  })
})
