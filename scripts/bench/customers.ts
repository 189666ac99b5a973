// Bench cases for the customer figures.
//   customer-retention       the Customers report for a year (new and returning revenue and retention by
//                            month, cohorts, top customers) through dispatch at --leads leads, against the same
//                            SQL statements (recorded from one run) replayed on raw prepared statements
//   customer-retention-10k   the same on the 10,000-lead workspace the board cases read
import { join } from 'node:path'
import type { ReportSettings } from '../../src/shared/contract/reports'
import { DATABASE_FILE_NAME } from '../../src/main/db/open'
import { buildReport } from '../../src/main/features/reports/reports.builders'
import { openWorkspace } from '../../src/main/workspace'
import type { BenchCase, BenchKit } from './kit'
import { recordStatements, replayStatements } from './recorded'

/** Twelve whole months up to the sample's "now" (15 March 2026). */
const YEAR: ReportSettings = { kind: 'customers', period: { preset: 'custom', from: '2025-04-01', to: '2026-03-31' }, filters: {} }

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
      const statements = await recordStatements(file, (db) => buildReport(db, YEAR, new Date().toISOString()))
      kit.log(`${name} runs ${statements.length} statements`)
      return replayStatements(kit, file, statements)
    },
  }
}

export function customerCases(kit: BenchKit): BenchCase[] {
  return [retentionCase(kit, 'customer-retention', () => kit.seeded()), retentionCase(kit, 'customer-retention-10k', () => kit.seededBoard())]
}
