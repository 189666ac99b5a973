import { sql } from 'kysely'
import type { ColumnInfo, ForeignKey, SearchDocument, SqlDialect } from './dialect'
import { offsetCase } from './zones'

const path = (keys: readonly string[]) => `$.${keys.join('.')}`

/** Escapes a person's text for LIKE '%…%' with ESCAPE '\'. */
export const likePattern = (text: string) => `%${text.replace(/[%_\\]/g, '\\$&')}%`

// Every table that is part of a search index (FTS5 and its shadow tables) rather than Baton's data.
const isSearchTable = (name: string) => /_fts($|_)/.test(name)

export const sqliteDialect: SqlDialect = {
  engine: 'sqlite',
  placeholders: (text) => text,

  // LIKE ignores ASCII case in SQLite.
  contains: (expression, text) => sql<boolean>`${expression} LIKE ${likePattern(text)} ESCAPE '\\'`,
  caseless: (expression) => `${expression} COLLATE NOCASE`,
  equalsCaseless: (expression, value) => sql<boolean>`${sql.raw(expression)} = ${value} COLLATE NOCASE`,

  jsonArrayOf: (value, fromWhere, orderBy) => `(SELECT json_group_array(v) FROM (SELECT ${value} AS v FROM ${fromWhere} ORDER BY ${orderBy}))`,
  jsonText: (column, keys) => sql<string | null>`(CASE WHEN json_valid(${sql.ref(column)}) THEN json_extract(${sql.ref(column)}, ${path(keys)}) END)`,
  jsonWithText: (column, keys, value) => sql<string>`json_set(${sql.ref(column)}, ${path(keys)}, ${value})`,
  idIn: (column, ids) => sql<boolean>`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,

  greatest: (a, b) => `max(${a}, ${b})`,
  least: (a, b) => `min(${a}, ${b})`,
  // julianday() keeps whole milliseconds, but the difference of two large doubles carries noise below
  // a millisecond: rounded back to the millisecond, it divides exactly as PostgreSQL's does.
  daysBetween: (from, to) => `(round((julianday(${to}) - julianday(${from})) * 86400000) / 86400000.0)`,
  wholeDaysBetween: (from, to) => `CAST((julianday(${to}) - julianday(${from})) AS INTEGER)`,
  // 'weekday N' moves forward to the next day N (or stays), so step back six days first.
  weekStartOf: (day, weekStart) => `date(${day}, '-6 days', 'weekday ${Math.trunc(weekStart) % 7}')`,
  monthStartOf: (day) => `(substr(${day}, 1, 7) || '-01')`,
  nowIso: `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  // SQLite has no time zone rules: an instant is moved to the wall clock by the offset Intl gives
  // for its moment, as a date() modifier ('+780 minutes').
  calendarBucket(unit, column, holds, clock) {
    const shift = holds === 'day' ? '' : `, ${offsetCase(column, clock.offsets(), (minutes) => `'${minutes >= 0 ? '+' : ''}${minutes} minutes'`)}`
    switch (unit) {
      case 'day':
        return holds === 'day' ? `substr(${column}, 1, 10)` : `date(${column}${shift})`
      case 'week':
        return `date(${column}${shift}, '-6 days', 'weekday ${clock.weekStart}')`
      case 'month':
        return `substr(date(${column}${shift}), 1, 7) || '-01'`
    }
  },
  knowsZone: () => Promise.resolve(false),

  // One FTS5 table per document, named <table>_fts, whose rowid is the row's id: external content
  // over the table's columns, or (a stored document) contentless, filled by triggers.
  search(document: SearchDocument, alias: string, words: readonly string[]) {
    const fts = document.index ?? `${document.table}_fts`
    const match = words.map((word) => `"${word}"*`).join(' ')
    const weights = document.columns.map(([, weight]) => weight.toFixed(1)).join(', ')
    return {
      from: sql`${sql.raw(fts)} JOIN ${sql.table(document.table)} ${sql.raw(alias)} ON ${sql.ref(`${alias}.id`)} = ${sql.raw(fts)}.rowid`,
      where: sql<boolean>`${sql.raw(fts)} MATCH ${match}`,
      rank: sql<number>`bm25(${sql.raw(fts)}, ${sql.raw(weights)})`,
    }
  },

  lockRow: () => Promise.resolve(),
  signedInLogin: () => sql<string | null>`NULL`,
  // A rowid table's next id is always max(id) + 1.
  idsTaken: () => Promise.resolve(),

  async tableNames(db) {
    const { rows } = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(db)
    return rows.map((r) => r.name).filter((name) => !isSearchTable(name))
  },
  async columnsOf(db, table) {
    const { rows } = await sql<{ name: string; type: string; notnull: number; pk: number }>`SELECT name, type, "notnull", pk FROM pragma_table_info(${table}) ORDER BY cid`.execute(db)
    // Primary key columns of a STRICT table are never null, whatever the column says.
    return rows.map((r): ColumnInfo => ({ name: r.name, type: r.type, notNull: r.notnull === 1 || r.pk > 0 }))
  },
  async foreignKeysOf(db, table) {
    const { rows } = await sql<ForeignKey>`SELECT "from" AS "column", "table" AS "references" FROM pragma_foreign_key_list(${table}) ORDER BY 1, 2`.execute(db)
    return rows
  },
}
