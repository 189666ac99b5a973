// Bench cases for the customer figures.
//   customer-retention       the Customers report for a year (new and returning revenue and retention by
//                            month, cohorts, top customers) through dispatch at --leads leads, against the same
//                            SQL statements (recorded from one run) replayed on raw prepared statements
//   customer-retention-10k   the same on the 10,000-lead workspace the board cases read
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { ReportSettings } from '../../src/shared/contract/reports'
import { DATABASE_FILE_NAME } from '../../src/main/db/open'
import type { Database } from '../../src/main/db/schema'
import { buildReport } from '../../src/main/features/reports/reports.builders'
import { openWorkspace } from '../../src/main/workspace'
import type { BenchCase, BenchKit } from './kit'

/** Twelve whole months up to the sample's "now" (15 March 2026). */
const YEAR: ReportSettings = { kind: 'customers', period: { preset: 'custom', from: '2025-04-01', to: '2026-03-31' }, filters: {} }

async function recordReportSql(file: string): Promise<Array<{ sql: string; parameters: readonly unknown[] }>> {
  const statements: Array<{ sql: string; parameters: readonly unknown[] }> = []
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new BetterSqlite3(file, { readonly: true }) }),
    log: (event) => {
      if (event.level === 'query') statements.push({ sql: event.query.sql, parameters: event.query.parameters })
    },
  })
  try {
    await buildReport(db, YEAR, new Date().toISOString())
  } finally {
    await db.destroy()
  }
  return statements
}

function retentionCase(kit: BenchKit, name: string, workspaceDir: () => Promise<string>): BenchCase {
  return {
    name,
    async baton() {
      const workspace = await openWorkspace(await workspaceDir(), 'bench')
      try {
        return await kit.medianOf(async () => {
          const result = await workspace.dispatch('reports.build', YEAR)
          if (!result.ok) throw new Error(result.error.message)
        })
      } finally {
        await workspace.close()
      }
    },
    async raw() {
      const file = join(await workspaceDir(), DATABASE_FILE_NAME)
      const statements = await recordReportSql(file)
      kit.log(`${name} runs ${statements.length} statements`)
      const sqlite = new BetterSqlite3(file, { readonly: true })
      try {
        const prepared = statements.map((s) => ({ statement: sqlite.prepare(s.sql), parameters: s.parameters }))
        return await kit.medianOf(() => {
          for (const { statement, parameters } of prepared) statement.all(...(parameters as unknown[]))
        })
      } finally {
        sqlite.close()
      }
    },
  }
}

export function customerCases(kit: BenchKit): BenchCase[] {
  return [retentionCase(kit, 'customer-retention', () => kit.seeded()), retentionCase(kit, 'customer-retention-10k', () => kit.seededBoard())]
}
