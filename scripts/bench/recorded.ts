// The raw floor of a read made of several queries: the statements one run sends, as kysely sends
// them, recorded and then replayed on raw prepared statements (dashboard-load, customer-retention).
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from '../../src/main/db/schema'
import type { BenchKit } from './kit'

export interface RecordedStatement {
  sql: string
  parameters: readonly unknown[]
}

/** The statements `run` sends to the workspace file at `file`, read-only. */
export async function recordStatements(file: string, run: (db: Kysely<Database>) => Promise<unknown>): Promise<RecordedStatement[]> {
  const statements: RecordedStatement[] = []
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new BetterSqlite3(file, { readonly: true }) }),
    log: (event) => {
      if (event.level === 'query') statements.push({ sql: event.query.sql, parameters: event.query.parameters })
    },
  })
  try {
    await run(db)
  } finally {
    await db.destroy()
  }
  return statements
}

/** The median time of the recorded statements run on raw prepared statements (the raw floor). */
export async function replayStatements(kit: BenchKit, file: string, statements: readonly RecordedStatement[]): Promise<number> {
  const sqlite = new BetterSqlite3(file, { readonly: true })
  try {
    const prepared = statements.map((s) => ({ statement: sqlite.prepare(s.sql), parameters: s.parameters }))
    return await kit.medianOf(() => {
      for (const { statement, parameters } of prepared) statement.all(...(parameters as unknown[]))
    })
  } finally {
    sqlite.close()
  }
}
