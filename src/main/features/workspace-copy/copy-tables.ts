import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../../db/dialect'
import type { Db } from '../context'

// Copies a whole workspace from one database to another of either engine: every table of
// Baton's data, row for row, ids kept. Both sides must be migrated to the same version (the
// schema is then the same table for table, column for column). The caller runs it inside a
// transaction on each side: a snapshot to read, one transaction to write.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tables named at run time
type AnyDb = Kysely<any>

/** Kept by each side's migration runner, never copied: both sides must already agree on it. */
const MIGRATIONS_TABLE = 'schema_migrations'

/** What a table holds, as the copy checks it on both sides: its rows and the sum of each money column. */
export interface TableFigures {
  table: string
  rows: number
  /** Money column → its sum in minor units. */
  money: Record<string, number>
}

// Money is integer minor units in columns that say so (budget_minor, amount_minor, value_minor)
// and a goal's final value.
const isMoneyColumn = (name: string) => name.endsWith('_minor') || name === 'final_value'

// Tables a trigger adds to when another is written (whoever owns a lead or a goal joins the team):
// copied first, so the trigger finds the copied row rather than adding one of its own.
const FILLED_BY_TRIGGERS = ['team_members']

/** A nullable foreign key inside a cycle of tables (a pipeline's qualified stage): copied as null, then filled in. */
export interface DeferredColumn {
  table: string
  column: string
}

export interface CopyPlan {
  /** Every table of Baton's data, each after the tables its foreign keys point at. */
  tables: string[]
  deferred: DeferredColumn[]
}

/** The order to copy tables in, and the columns that must wait until every table is there. */
export async function planCopy(db: Db): Promise<CopyPlan> {
  const dialect = dialectOf(db)
  const tables = (await dialect.tableNames(db)).filter((t) => t !== MIGRATIONS_TABLE).sort()
  const edges = new Map<string, Array<{ column: string; parent: string; nullable: boolean }>>()
  for (const table of tables) {
    const nullable = new Set((await dialect.columnsOf(db, table)).filter((c) => !c.notNull).map((c) => c.name))
    const keys = (await dialect.foreignKeysOf(db, table)).filter((k) => k.references !== table && tables.includes(k.references))
    edges.set(table, keys.map((k) => ({ column: k.column, parent: k.references, nullable: nullable.has(k.column) })))
  }
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
    if (from === to) return true
    if (seen.has(from)) return false
    seen.add(from)
    return (edges.get(from) ?? []).some((e) => reaches(e.parent, to, seen))
  }
  // A nullable key whose parent depends (through other keys) on this table closes a cycle: it waits.
  const deferred: DeferredColumn[] = []
  for (const table of tables) {
    for (const edge of edges.get(table) ?? []) {
      if (edge.nullable && reaches(edge.parent, table)) deferred.push({ table, column: edge.column })
    }
  }
  const waits = (table: string, column: string) => deferred.some((d) => d.table === table && d.column === column)
  const ordered: string[] = []
  const placed = new Set<string>()
  const visit = (table: string, path: string[]) => {
    if (placed.has(table)) return
    if (path.includes(table)) throw new Error(`The tables ${path.join(', ')} point at each other: Baton cannot order them for a copy.`)
    for (const edge of edges.get(table) ?? []) if (!waits(table, edge.column)) visit(edge.parent, [...path, table])
    placed.add(table)
    ordered.push(table)
  }
  for (const table of [...FILLED_BY_TRIGGERS.filter((t) => tables.includes(t)), ...tables]) visit(table, [])
  return { tables: ordered, deferred }
}

async function columnNames(db: Db, table: string): Promise<string[]> {
  return (await dialectOf(db).columnsOf(db, table)).map((c) => c.name)
}

/** The applied migrations, so a copy only goes between databases of the same version. */
export async function appliedMigrations(db: Db): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`SELECT id FROM schema_migrations ORDER BY id`.execute(db)
  return rows.map((r) => Number(r.id))
}

export async function tableFigures(db: Db, table: string): Promise<TableFigures> {
  const money = (await columnNames(db, table)).filter(isMoneyColumn)
  const sums = money.map((c) => sql`coalesce(sum(${sql.ref(c)}), 0)`.as(c))
  const { rows } = await sql<Record<string, number | string>>`SELECT count(*) AS row_count${sql.raw(money.length ? ', ' : '')}${sql.join(sums.length ? sums : [], sql`, `)} FROM ${sql.table(table)}`.execute(db)
  const row = rows[0] ?? {}
  return { table, rows: Number(row['row_count'] ?? 0), money: Object.fromEntries(money.map((c) => [c, Number(row[c] ?? 0)])) }
}

/** The first difference between what each side holds, in words; null when every table matches. */
export function figuresDiffer(from: readonly TableFigures[], to: readonly TableFigures[]): string | null {
  const copied = new Map(to.map((f) => [f.table, f]))
  for (const source of from) {
    const target = copied.get(source.table)
    if (!target) return `the table ${source.table} is missing from the copy`
    if (target.rows !== source.rows) return `${source.table} has ${source.rows} rows here and ${target.rows} in the copy`
    for (const [column, sum] of Object.entries(source.money)) {
      if (target.money[column] !== sum) return `${source.table}.${column} adds up to ${sum} here and ${target.money[column] ?? 0} in the copy`
    }
  }
  return null
}

// A JSON value a driver read as an object goes back as its text (Baton keeps JSON in text columns).
const portable = (value: unknown) => (value !== null && typeof value === 'object' && !(value instanceof Uint8Array) ? JSON.stringify(value) : value)

// Bound parameters per statement stay well under SQLite's 32,766 and PostgreSQL's 65,535.
const PARAMETERS_PER_INSERT = 20_000
const ROWS_PER_READ = 5_000

/**
 * Empties `target` (what its migrations put there: the default pipeline, settings…), then copies
 * every table of `source` into it in foreign key order, ids kept, and tells the target's engine
 * that those ids are taken. Returns the figures of both sides; the caller compares them before committing.
 */
export async function copyTables(source: Db, target: Db, onTable?: (table: string, done: number, of: number) => void): Promise<{ from: TableFigures[]; to: TableFigures[] }> {
  const [fromVersion, toVersion] = [await appliedMigrations(source), await appliedMigrations(target)]
  if (fromVersion.join(',') !== toVersion.join(',')) {
    throw new Error(`The two workspaces are at different versions (migrations ${fromVersion.at(-1) ?? 0} and ${toVersion.at(-1) ?? 0}): open both with this Baton first.`)
  }
  const { tables, deferred } = await planCopy(source)
  const targetTables = new Set(await dialectOf(target).tableNames(target))
  for (const table of tables) if (!targetTables.has(table)) throw new Error(`The copy has no table ${table}: its schema is not this workspace's.`)
  for (const table of [...tables].reverse()) await sql`DELETE FROM ${sql.table(table)}`.execute(target)

  for (const [index, table] of tables.entries()) {
    const columns = await columnNames(source, table)
    const later = deferred.filter((d) => d.table === table).map((d) => d.column)
    const orderBy = columns.includes('id') ? sql.ref('id') : sql.raw(columns.map((_, i) => String(i + 1)).join(', '))
    const perInsert = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columns.length))
    for (let offset = 0; ; offset += ROWS_PER_READ) {
      const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} ORDER BY ${orderBy} LIMIT ${ROWS_PER_READ} OFFSET ${offset}`.execute(source)
      for (let at = 0; at < rows.length; at += perInsert) {
        const batch = rows.slice(at, at + perInsert).map((row) => Object.fromEntries(columns.map((c) => [c, later.includes(c) ? null : portable(row[c])])))
        await (target as AnyDb).insertInto(table).values(batch).execute()
      }
      if (rows.length < ROWS_PER_READ) break
    }
    // At once, not at the end: a trigger writing this table later (a lead's owner joins the team) takes the next id.
    if (columns.includes('id')) await dialectOf(target).idsTaken(target, [table])
    onTable?.(table, index + 1, tables.length)
  }
  for (const { table, column } of deferred) {
    const { rows } = await sql<{ id: number; value: unknown }>`SELECT id, ${sql.ref(column)} AS value FROM ${sql.table(table)} WHERE ${sql.ref(column)} IS NOT NULL`.execute(source)
    for (const row of rows) await (target as AnyDb).updateTable(table).set(column, row.value).where('id', '=', row.id).execute()
  }

  const from: TableFigures[] = []
  const to: TableFigures[] = []
  for (const table of tables) {
    from.push(await tableFigures(source, table))
    to.push(await tableFigures(target, table))
  }
  return { from, to }
}
