import { sql } from 'kysely'
import type { MergeKind } from '@shared/domain/merges'
import type { Db, Trx } from '../context'

// A record as it is in the database — its row and the rows that hang off it — kept as JSON so a
// merge can be undone exactly, whatever columns the tables gain later (the rows are read with
// SELECT * and written back column by column).

type Row = Record<string, unknown>

export interface RecordSnapshot {
  row: Row
  /** Rows of the record's own child tables, by table. */
  children: Record<string, Row[]>
}

/** Where a kind's record and its children live, and the column the children point at it by. */
export const RECORD_TABLES = {
  person: { table: 'people', key: 'person_id', children: ['person_emails', 'person_phones', 'person_tags'] },
  organization: { table: 'organizations', key: 'organization_id', children: ['organization_aliases', 'organization_tags'] },
} as const satisfies Record<MergeKind, { table: string; key: string; children: readonly string[] }>

export async function readRows(trx: Db | Trx, table: string, where: string, id: number): Promise<Row[]> {
  const { rows } = await sql<Row>`SELECT * FROM ${sql.table(table)} WHERE ${sql.ref(where)} = ${id}`.execute(trx)
  return rows
}

export async function snapshotOf(trx: Db | Trx, kind: MergeKind, id: number): Promise<RecordSnapshot> {
  const { table, key, children } = RECORD_TABLES[kind]
  const [row] = await readRows(trx, table, 'id', id)
  if (!row) throw new Error(`No ${kind} ${id} to keep`)
  const snapshot: RecordSnapshot = { row, children: {} }
  for (const child of children) snapshot.children[child] = await readRows(trx, child, key, id)
  return snapshot
}

export async function insertRows(trx: Db | Trx, table: string, rows: readonly Row[], onConflictNothing = false): Promise<void> {
  for (const row of rows) {
    const columns = Object.keys(row)
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
      VALUES (${sql.join(columns.map((column) => row[column]))})${onConflictNothing ? sql` ON CONFLICT DO NOTHING` : sql``}`.execute(trx)
  }
}

/** Writes a record's row back over it (one version on: whoever has it open sees it changed) and its children as they were. */
export async function restoreOver(trx: Trx, kind: MergeKind, snapshot: RecordSnapshot): Promise<void> {
  const { table, key, children } = RECORD_TABLES[kind]
  const { id, version: _version, ...columns } = snapshot.row
  await sql`UPDATE ${sql.table(table)} SET ${sql.join(Object.entries(columns).map(([column, value]) => sql`${sql.ref(column)} = ${value}`))}, version = version + 1
    WHERE id = ${id}`.execute(trx)
  for (const child of children) {
    await sql`DELETE FROM ${sql.table(child)} WHERE ${sql.ref(key)} = ${id}`.execute(trx)
    await insertRows(trx, child, snapshot.children[child] ?? [])
  }
}

/**
 * Puts a deleted record back, under its old id when that is still free (SQLite may have given it
 * to a record made since), else under a new one. Returns the id it has now.
 */
export async function reinsert(trx: Trx, kind: MergeKind, snapshot: RecordSnapshot): Promise<number> {
  const { table, key, children } = RECORD_TABLES[kind]
  const oldId = Number(snapshot.row['id'])
  const taken = (await readRows(trx, table, 'id', oldId)).length > 0
  let id = oldId
  if (taken) {
    const { id: _old, ...columns } = snapshot.row
    const names = Object.keys(columns)
    const { rows } = await sql<{ id: number }>`INSERT INTO ${sql.table(table)} (${sql.join(names.map((column) => sql.ref(column)))})
      VALUES (${sql.join(names.map((column) => columns[column]))}) RETURNING id`.execute(trx)
    id = Number(rows[0]?.id)
  } else {
    await insertRows(trx, table, [snapshot.row])
  }
  for (const child of children) {
    await insertRows(
      trx,
      child,
      (snapshot.children[child] ?? []).map((row) => ({ ...row, [key]: id })),
    )
  }
  return id
}
