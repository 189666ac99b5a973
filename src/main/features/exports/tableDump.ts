import BetterSqlite3 from 'better-sqlite3'
import type { DumpView } from './partyViews'

// Whole-table exports read through their own read-only connection, inside one read
// transaction: every table comes from the same moment (WAL lets the app keep writing
// meanwhile), and the app's own connection is never held up by a long export.

const CHUNK_ROWS = 2000

/** A value as read: text, a number, or null (blobs arrive as base64 text). */
export type DumpCell = string | number | null

export interface TableInfo {
  name: string
  columns: string[]
  rows: number
  /** A derived sheet's query (see partyViews.ts); a stored table's rows are read as they are. */
  query?: string
}

export interface Snapshot {
  tables: TableInfo[]
  /** The rows of one table in chunks, in primary-key order. */
  chunks(table: TableInfo): Generator<DumpCell[][]>
  /** A consistent copy of the whole database file (better-sqlite3's online backup). */
  backupTo(file: string): Promise<void>
  close(): void
}

// A search index (<table>_fts, <table>_custom_fts and their FTS5 shadow tables) is built from the
// data by triggers, not entered by anyone; as CSV it is blank lines or index pages. The zip's copy
// of the data file keeps it.
export const isSearchIndexTable = (name: string) => /_fts($|_)/.test(name)

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

/** Rows of a query in the snapshot, for views that depend on the data (a sheet's custom field columns). */
export type SnapshotQuery = (sql: string) => unknown[]

/** Opens a read snapshot of every table, and of `views` (derived sheets, or what makes them from the snapshot) after them. */
export function openSnapshot(dataFile: string, viewsOf: readonly DumpView[] | ((query: SnapshotQuery) => readonly DumpView[]) = []): Snapshot {
  const sqlite = new BetterSqlite3(dataFile, { readonly: true, fileMustExist: true })
  sqlite.pragma('busy_timeout = 5000')
  sqlite.exec('BEGIN')
  const views = typeof viewsOf === 'function' ? viewsOf((sql) => sqlite.prepare(sql).all()) : viewsOf
  const names = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[]).filter(
    (name) => !isSearchIndexTable(name),
  )
  const tables: TableInfo[] = names.map((name) => ({
    name,
    columns: (sqlite.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(name) as string[]),
    rows: Number(sqlite.prepare(`SELECT count(*) FROM ${quote(name)}`).pluck().get()),
  }))
  for (const view of views) {
    const statement = sqlite.prepare(view.sql)
    tables.push({
      name: view.name,
      columns: statement.columns().map((column) => column.name),
      rows: Number(sqlite.prepare(`SELECT count(*) FROM (${view.sql})`).pluck().get()),
      query: view.sql,
    })
  }
  return {
    tables,
    *chunks(table) {
      const statement = sqlite.prepare(table.query ?? `SELECT ${table.columns.map(quote).join(', ')} FROM ${quote(table.name)}`).raw(true)
      let chunk: DumpCell[][] = []
      for (const row of statement.iterate() as Iterable<unknown[]>) {
        chunk.push(row.map(toCell))
        if (chunk.length === CHUNK_ROWS) {
          yield chunk
          chunk = []
        }
      }
      if (chunk.length > 0) yield chunk
    },
    async backupTo(file) {
      await sqlite.backup(file)
    },
    close() {
      if (sqlite.inTransaction) sqlite.exec('COMMIT')
      sqlite.close()
    },
  }
}

function toCell(value: unknown): DumpCell {
  if (value === null || value === undefined) return null
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64')
  return JSON.stringify(value) ?? ''
}
