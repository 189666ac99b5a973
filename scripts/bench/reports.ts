// Bench cases for the dashboard and the exports.
//   dashboard-load     every tile and chart of a quarter through dispatch, against the same SQL
//                      statements (recorded from one run) replayed on raw prepared statements
//   export-csv-100k    the leads table to a CSV file through the export writer (chunked, escaped,
//                      temp file + rename), against a bare fs stream writing the same rows joined by commas
//   export-xlsx-100k   the leads table to an .xlsx through the streaming workbook writer, against the CSV export
//                      of the same rows (export-csv-100k's own path): a workbook may cost at most 4× the CSV
import { createWriteStream } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type { ReportColumn } from '../../src/shared/domain/report'
import { DATABASE_FILE_NAME } from '../../src/main/db/open'
import { writeCsvFile } from '../../src/main/features/exports/csvFile'
import { openSnapshot } from '../../src/main/features/exports/tableDump'
import { writeXlsxFile } from '../../src/main/features/exports/xlsx'
import { buildDashboard } from '../../src/main/features/reports/dashboard.service'
import { openWorkspace } from '../../src/main/workspace'
import type { BenchCase, BenchKit } from './kit'
import { recordStatements, replayStatements } from './recorded'

const QUARTER = { preset: 'custom', from: '2026-01-01', to: '2026-03-31' } as const

function leadsTable(sqlite: BetterSqlite3.Database) {
  const columns = sqlite.prepare(`SELECT name FROM pragma_table_info('leads') ORDER BY cid`).pluck().all() as string[]
  return { columns, select: sqlite.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM leads`).raw(true) }
}

/** The floor: the same rows, joined by commas with no quoting or escaping, through a plain write stream. */
async function bareCsv(dir: string, target: string): Promise<number> {
  const sqlite = new BetterSqlite3(join(dir, DATABASE_FILE_NAME), { readonly: true })
  try {
    const { columns, select } = leadsTable(sqlite)
    const out = createWriteStream(target)
    let rows = 0
    out.write(`${columns.join(',')}\r\n`)
    for (const row of select.iterate() as Iterable<unknown[]>) {
      if (!out.write(`${row.map((v) => (v === null ? '' : String(v as string | number))).join(',')}\r\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
      rows++
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())))
    return rows
  } finally {
    sqlite.close()
  }
}

const perSecond = (rows: number, ms: number) => `${Math.round((rows * 1000) / ms).toLocaleString('en-US')} rows/s`

export function reportCases(kit: BenchKit): BenchCase[] {
  const rawCsv: BenchCase['raw'] = async () => {
    const dir = await kit.seeded()
    let rows = 0
    const ms = await kit.timed(async () => {
      rows = await bareCsv(dir, join(kit.freshDirMade(), 'bare.csv'))
    })
    kit.log(`bare fs stream: ${perSecond(rows, ms)}`)
    return ms
  }
  /** The leads table through the app's CSV export: export-csv's own work, and the floor export-xlsx is held to. */
  const appCsv: BenchCase['raw'] = async () => {
    const snapshot = openSnapshot(join(await kit.seeded(), DATABASE_FILE_NAME))
    try {
      const table = snapshot.tables.find((t) => t.name === 'leads')!
      const ms = await kit.timed(() => writeCsvFile(join(kit.freshDirMade(), 'leads.csv'), table.columns, snapshot.chunks(table)))
      kit.log(`export-csv: ${perSecond(table.rows, ms)}`)
      return ms
    } finally {
      snapshot.close()
    }
  }
  return [
    {
      name: 'dashboard-load',
      async baton() {
        const dir = await kit.seeded()
        const workspace = await openWorkspace(dir, 'bench')
        try {
          return await kit.medianOf(async () => {
            const result = await workspace.dispatch('reports.dashboard', { period: QUARTER })
            if (!result.ok) throw new Error(result.error.message)
          })
        } finally {
          await workspace.close()
        }
      },
      async raw() {
        const file = join(await kit.seeded(), DATABASE_FILE_NAME)
        const statements = await recordStatements(file, (db) => buildDashboard(db, QUARTER, {}, new Date().toISOString()))
        kit.log(`dashboard-load runs ${statements.length} statements`)
        return replayStatements(kit, file, statements)
      },
    },
    {
      name: 'export-csv-100k',
      baton: appCsv,
      raw: rawCsv,
    },
    {
      name: 'export-xlsx-100k',
      async baton() {
        const dir = await kit.seeded()
        const snapshot = openSnapshot(join(dir, DATABASE_FILE_NAME))
        try {
          const table = snapshot.tables.find((t) => t.name === 'leads')!
          const columns: ReportColumn[] = table.columns.map((name) => ({ key: name, label: name, kind: /_minor$|^id$|_id$|^position$/.test(name) ? 'integer' : 'text' }))
          const ms = await kit.timed(() => writeXlsxFile(join(kit.freshDirMade(), 'leads.xlsx'), [{ title: 'Leads', columns, chunks: snapshot.chunks(table) }], { currency: 'USD', locale: 'en-US' }))
          kit.log(`export-xlsx: ${perSecond(table.rows, ms)}`)
          return ms
        } finally {
          snapshot.close()
        }
      },
      raw: appCsv,
    },
  ]
}
