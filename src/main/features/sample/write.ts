import { CompiledQuery } from 'kysely'
import { dialectOf, type SqlDialect } from '../../db/dialect'
import type { Trx } from '../context'
import { SAMPLE_COLUMNS, SAMPLE_TABLE_ORDER, rowValues, type SampleRow, type SampleRows, type SampleTable, type SqlValue } from './rows'

// SQLite allows at most 32766 bound values in one statement.
const MAX_VARIABLES = 32_766
// A few hundred rows a statement is where the per-statement cost stops mattering;
// full chunks share one SQL text, so the statement cache prepares each only once.
const ROWS_PER_STATEMENT = 500

const sqlTexts = new Map<string, string>()

function insertSql(table: SampleTable, rowCount: number): string {
  const key = `${table}:${rowCount}`
  const cached = sqlTexts.get(key)
  if (cached) return cached
  const columns = SAMPLE_COLUMNS[table]
  const tuple = `(${columns.map(() => '?').join(', ')})`
  const text = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${Array.from({ length: rowCount }, () => tuple).join(', ')}`
  sqlTexts.set(key, text)
  return text
}

export interface InsertStatement {
  sql: string
  params: SqlValue[]
}

/** Planned rows as multi-row INSERTs, parents first. */
export function* sampleInserts(rows: Partial<SampleRows>): Generator<InsertStatement> {
  for (const table of SAMPLE_TABLE_ORDER) {
    const list = (rows[table] ?? []) as readonly SampleRow<typeof table>[]
    const perStatement = Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_VARIABLES / SAMPLE_COLUMNS[table].length))
    for (let start = 0; start < list.length; start += perStatement) {
      const chunk = list.slice(start, start + perStatement)
      const params: SqlValue[] = []
      for (const row of chunk) params.push(...rowValues(table, row))
      yield { sql: insertSql(table, chunk.length), params }
    }
  }
}

/**
 * Writes planned rows on the transaction's connection. The statements are compiled
 * here, not by the query builder, which would build a node tree for each of a
 * million values. The caller owns the transaction.
 */
export async function writeSampleRows(trx: Trx, rows: Partial<SampleRows>): Promise<void> {
  const dialect = dialectOf(trx)
  for (const { sql, params } of sampleInserts(rows)) await trx.executeQuery(CompiledQuery.raw(numbered(dialect, sql), params))
}

// The statement texts in this engine's placeholders, worked out once per text.
const byDialect = new Map<SqlDialect, Map<string, string>>()
function numbered(dialect: SqlDialect, text: string): string {
  const texts = byDialect.get(dialect) ?? byDialect.set(dialect, new Map()).get(dialect)
  let found = texts?.get(text)
  if (found === undefined) {
    found = dialect.placeholders(text)
    texts?.set(text, found)
  }
  return found
}
