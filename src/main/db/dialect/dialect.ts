import type { Kysely, RawBuilder } from 'kysely'
import type { OffsetSpan } from '@shared/domain/firmClock'

// What differs between the two engines a workspace can live on, and nothing else. Feature
// code asks `dialectOf(db)` for one of these and never branches on the engine itself.
// Most SQL needs none of it: write what both engines accept ("Portable SQL" in docs/architecture.md).

export type Engine = 'sqlite' | 'postgres'

/** A search index over one table's text columns, the most telling column first. */
export interface SearchDocument {
  /** The table searched, aliased as `alias` in the query. */
  table: 'leads' | 'campaigns' | 'goals' | 'activities' | 'people' | 'organizations'
  /** Its indexed columns in the order the index was built with, each with its ranking weight. */
  columns: ReadonlyArray<readonly [column: string, weight: number]>
  /**
   * The words come from several tables (a person's every email, an organisation's aliases), so
   * triggers keep them in an index table of their own, `<table>_fts` keyed by the row's id, rather
   * than the index reading the row's columns. The columns are then that document's parts.
   */
  stored?: true
  /** A stored document's index table when it is not `<table>_fts` (a record's custom values: `<table>_custom_fts`). */
  index?: string
}

export interface SearchMatch {
  /** The FROM item: the table under its alias (joined to the FTS5 table on SQLite). */
  from: RawBuilder<unknown>
  /** Every word matches the start of a word in one of the columns (accents and ASCII case aside). */
  where: RawBuilder<boolean>
  /** Lower ranks first: order by it ascending. */
  rank: RawBuilder<number>
}

export interface ColumnInfo {
  name: string
  /** As the engine names it: INTEGER/TEXT/REAL on SQLite, bigint/citext/double precision… on PostgreSQL. */
  type: string
  notNull: boolean
}

export interface ForeignKey {
  column: string
  references: string
}

export type CalendarUnit = 'day' | 'week' | 'month'

/** The firm's clock as bucketing SQL needs it (db/calendar.ts makes it from Settings). */
export interface ClockSql {
  /** IANA name of the firm's time zone, one Intl knows. */
  zone: string
  /** First day of the firm's week: 0 = Sunday … 6 = Saturday. */
  weekStart: number
  /** The engine converts instants to `zone` by its name (see SqlDialect.knowsZone). */
  zoneByName: boolean
  /** The zone's UTC offsets over the period a query reads, as Intl has them: what an engine shifts by when it cannot convert by name. */
  offsets(): readonly OffsetSpan[]
}

export interface SqlDialect {
  readonly engine: Engine

  /** A fixed SQL text with `?` placeholders, numbered as this engine binds them (`$1`… on PostgreSQL). */
  placeholders(text: string): string

  // Text
  /** `expression` contains `text` anywhere, ASCII case aside, with % _ and \ in `text` taken literally. */
  contains(expression: RawBuilder<unknown>, text: string): RawBuilder<boolean>
  /** An expression to sort by that ignores ASCII case, as SQLite's NOCASE does (`lower(x)` on PostgreSQL). */
  caseless(expression: string): string
  /** `expression` equals `value`, ASCII case aside, in the form an index on it answers (`COLLATE NOCASE` / `lower()`). */
  equalsCaseless(expression: string, value: string): RawBuilder<boolean>

  // JSON kept in text columns
  /** A JSON array (as text, '[]' when empty) of `value` over the rows of `fromWhere`, in `orderBy` order. */
  jsonArrayOf(value: string, fromWhere: string, orderBy: string): string
  /** The text at `path` inside the JSON text in `column` (NULL when missing or not JSON). */
  jsonText(column: string, path: readonly string[]): RawBuilder<string | null>
  /** `column`'s JSON text with the string `value` set at `path`. */
  jsonWithText(column: string, path: readonly string[], value: string): RawBuilder<string>
  /** `column` is one of `ids`, bound as one parameter so the statement text never changes with how many. */
  idIn(column: string, ids: readonly number[]): RawBuilder<boolean>

  // Numbers and dates (times are ISO-8601 UTC text, days YYYY-MM-DD text on both engines)
  /** The larger of two values (SQLite's two-argument max()). */
  greatest(a: string, b: string): string
  /** The smaller of two values. */
  least(a: string, b: string): string
  /**
   * Days (fractional) from instant `from` to instant `to`, both ISO-8601 text: the whole milliseconds
   * between them over 86,400,000, divided in double precision, so both engines give the same number
   * to the last bit (what an average of them shows in a report and its export).
   */
  daysBetween(from: string, to: string): string
  /** Whole days from instant `from` to instant `to` (the fraction dropped, toward zero), as an integer. */
  wholeDaysBetween(from: string, to: string): string
  /** The first day (YYYY-MM-DD) of the week holding `day`, weeks starting on `weekStart` (0 = Sunday). */
  weekStartOf(day: string, weekStart: number): string
  /** The first day (YYYY-MM-DD) of the month holding `day`. */
  monthStartOf(day: string): string
  /** The current instant as ISO-8601 UTC text with milliseconds, as JavaScript writes it. */
  readonly nowIso: string
  /**
   * The firm's bucket of `column` as YYYY-MM-DD text: its day, or the first day of its week or month.
   * An instant (ISO UTC text) is read on the firm's wall clock first; a day (spend's) is taken as it is.
   */
  calendarBucket(unit: CalendarUnit, column: string, holds: 'instant' | 'day', clock: ClockSql): string
  /** Whether the engine can convert instants to the zone by its name: PostgreSQL when its time zone database has it; SQLite never (it shifts by Intl's offsets). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reads the catalog, not Baton's tables
  knowsZone(db: Kysely<any>, zone: string): Promise<boolean>

  // Search
  /** Matches `words` (letters and digits only) as word prefixes against `document`, under `alias`. */
  search(document: SearchDocument, alias: string, words: readonly string[]): SearchMatch

  // Writes
  /**
   * Holds the row `id` of `table` until the transaction ends, so transactions that read then
   * write what hangs off it (positions in a stage…) take turns: an advisory lock named after the row on
   * PostgreSQL, where several members write at once; nothing on SQLite, which has one writer.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any transaction
  lockRow(trx: Kysely<any>, table: string, id: number): Promise<void>

  /** The login this connection signed in with, as SQL: a team member's on PostgreSQL, NULL on SQLite (one person, no login). */
  signedInLogin(): RawBuilder<string | null>

  /** Rows were written with their ids given (a copy, a test's fixture): new rows' ids must come after them. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any table with an id column
  idsTaken(db: Kysely<any>, tables: readonly string[]): Promise<void>

  // Schema
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reads the catalog, not Baton's tables
  tableNames(db: Kysely<any>): Promise<string[]>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reads the catalog, not Baton's tables
  columnsOf(db: Kysely<any>, table: string): Promise<ColumnInfo[]>
  /** `table`'s foreign key columns and the table each points at (itself, when it points at its own rows). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- reads the catalog, not Baton's tables
  foreignKeysOf(db: Kysely<any>, table: string): Promise<ForeignKey[]>
}
