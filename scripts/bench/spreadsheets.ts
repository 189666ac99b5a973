// Bench cases for spreadsheets read at the speed of the disk.
//   import-xlsx-100k   a workbook of leads as Excel saves it (shared strings, date styles) imported
//                      through the app (dispatch → worker thread with its capped heap → committed
//                      rows), against the same rows as a CSV imported the same way: what reading a
//                      workbook adds to an import. Each import runs in a process of its own
//                      (import-child.ts), whose peak memory (RSS, the worker's included) the line
//                      prints: a 100,000-row workbook must stay under 300 MB.
// The export's case, export-xlsx-100k, is with the other exports in reports.ts.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fixtureLeadRows, writeSharedStringsWorkbook, type FixtureCell } from '../../test/fixtures/workbooks'
import { writeLines, type BenchCase, type BenchKit } from './kit'

const run = promisify(execFile)
const ROOT = join(import.meta.dirname, '..', '..')
const CHILD = join(import.meta.dirname, 'import-child.ts')

/** The workbook's rows as CSV lines (quoted where needed, days as YYYY-MM-DD). */
function* csvLines(rows: Iterable<readonly FixtureCell[]>): Generator<string> {
  const text = (cell: FixtureCell) => {
    if (cell === null) return ''
    const value = typeof cell === 'object' ? cell.day : String(cell)
    return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
  }
  for (const row of rows) yield row.map(text).join(',')
}

interface ChildResult {
  ms: number
  peakRssMb: number
  restRssMb: number
}

async function importInChild(file: string, dir: string, rows: number): Promise<ChildResult> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, file, dir, String(rows)], {
    cwd: ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.node.json') },
    maxBuffer: 1 << 20,
  })
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ChildResult
}

export function spreadsheetCases(kit: BenchKit): BenchCase[] {
  let files: Promise<{ xlsx: string; csv: string }> | undefined
  const written = () =>
    (files ??= (async () => {
      const dir = kit.freshDirMade()
      const xlsx = join(dir, 'leads.xlsx')
      const csv = join(dir, 'leads.csv')
      kit.log(`writing a workbook and a CSV of ${kit.leads} leads`)
      await writeSharedStringsWorkbook(xlsx, fixtureLeadRows(kit.leads))
      writeLines(csv, csvLines(fixtureLeadRows(kit.leads)))
      return { xlsx, csv }
    })())
  let xlsxRun: ChildResult | undefined
  let csvRun: ChildResult | undefined
  return [
    {
      name: `import-xlsx-${kit.leadsLabel}`,
      async baton() {
        xlsxRun = await importInChild((await written()).xlsx, kit.freshDir(), kit.leads)
        return xlsxRun.ms
      },
      async raw() {
        csvRun = await importInChild((await written()).csv, kit.freshDir(), kit.leads)
        return csvRun.ms
      },
      note: () => `peak RSS ${xlsxRun?.peakRssMb} MB, ${xlsxRun?.restRssMb} MB of it before the import began (the same rows as a CSV: ${csvRun?.peakRssMb} MB)`,
    },
  ]
}
