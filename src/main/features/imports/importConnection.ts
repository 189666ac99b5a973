import type BetterSqlite3 from 'better-sqlite3'
import type pg from 'pg'
import { numberPlaceholders } from '../../db/dialect/placeholders'

// What a leads import writes through: prepared statements that answer with promises. The worker's
// SQLite connection answers at once (a resolved promise per statement, a small cost beside the
// write itself); a connection to a PostgreSQL server answers over the network. So the import's
// rules are written once, awaiting each statement, whichever engine is under them.

/** One prepared statement, its parameters positional (`?`). */
export interface ImportStatement {
  /** Runs it; resolves to how many rows it changed. */
  run(...params: unknown[]): Promise<number>
  /** Its first row (or, made with `pluck`, that row's first column); undefined when none. */
  get<T = unknown>(...params: unknown[]): Promise<T | undefined>
  /** All its rows (or, with `pluck`, each row's first column). */
  all<T = unknown>(...params: unknown[]): Promise<T[]>
}

export interface ImportConnection {
  /** Which engine answers: the few statements that differ (a lock, the search index) ask. */
  readonly engine: 'sqlite' | 'postgres'
  /** A statement made once and run many times; `pluck` answers with the first column alone. */
  prepare(text: string, options?: { pluck?: boolean }): ImportStatement
  /** Statements with no parameters and no answer (BEGIN, COMMIT…). */
  exec(text: string): Promise<void>
  /** Whether a transaction is open (an error after COMMIT has nothing to roll back). */
  readonly inTransaction: boolean
}

/** The import's connection over a better-sqlite3 database; statements made from the same text are prepared once. */
export function sqliteImportConnection(db: BetterSqlite3.Database): ImportConnection {
  const prepared = new Map<string, ImportStatement>()
  return {
    engine: 'sqlite',
    prepare(text, options = {}) {
      const cacheKey = `${options.pluck ? 'pluck:' : 'rows:'}${text}`
      const known = prepared.get(cacheKey)
      if (known) return known
      const statement = db.prepare(text)
      if (options.pluck && statement.reader) statement.pluck()
      const made: ImportStatement = {
        run: (...params) => Promise.resolve(statement.run(...params).changes),
        get: <T>(...params: unknown[]) => Promise.resolve(statement.get(...params) as T | undefined),
        all: <T>(...params: unknown[]) => Promise.resolve(statement.all(...params) as T[]),
      }
      prepared.set(cacheKey, made)
      return made
    },
    exec(text) {
      db.exec(text)
      return Promise.resolve()
    },
    get inTransaction() {
      return db.inTransaction
    },
  }
}

/**
 * The import's connection over one PostgreSQL client of its own (the whole import is one
 * transaction on it). `?` placeholders are numbered as PostgreSQL binds them, and each statement
 * is prepared on the server once, by name.
 */
export function postgresImportConnection(client: pg.ClientBase): ImportConnection {
  const names = new Map<string, string>()
  let open = false
  const query = async (text: string, params: unknown[], pluck: boolean) => {
    let name = names.get(text)
    if (name === undefined) names.set(text, (name = `baton_import_${names.size + 1}`))
    const result = await client.query({ name, text: numberPlaceholders(text), values: params, ...(pluck && { rowMode: 'array' as const }) })
    return { rows: pluck ? (result.rows as unknown[][]).map((row) => row[0]) : (result.rows as unknown[]), changed: result.rowCount ?? 0 }
  }
  return {
    engine: 'postgres',
    prepare(text, options = {}) {
      const pluck = options.pluck ?? false
      return {
        run: async (...params) => (await query(text, params, pluck)).changed,
        get: async <T>(...params: unknown[]) => (await query(text, params, pluck)).rows[0] as T | undefined,
        all: async <T>(...params: unknown[]) => (await query(text, params, pluck)).rows as T[],
      }
    },
    async exec(text) {
      await client.query(text)
      if (/^\s*BEGIN\b/i.test(text)) open = true
      else if (/^\s*(COMMIT|ROLLBACK)\b/i.test(text)) open = false
    },
    get inTransaction() {
      return open
    },
  }
}
