import { PostgresAdapter, type Kysely } from 'kysely'
import type { SqlDialect } from './dialect'
import { postgresDialect } from './postgres'
import { sqliteDialect } from './sqlite'

export type { CalendarUnit, ClockSql, ColumnInfo, Engine, ForeignKey, SearchDocument, SearchMatch, SqlDialect } from './dialect'
export { postgresDialect } from './postgres'
export { likePattern, sqliteDialect } from './sqlite'

/**
 * The dialect of the engine behind a kysely handle (a database or a transaction on it):
 * feature code asks this instead of being told which engine it runs on.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any handle: the workspace's, a migration's or a transaction
export function dialectOf(db: Kysely<any>): SqlDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgresDialect : sqliteDialect
}
