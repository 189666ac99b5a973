// Compares Baton's own data path with raw better-sqlite3 doing the same work.
//   npm run bench                       all cases, one line each
//   npm run bench -- --json out.json    also write [{case, batonMs, rawMs, ratio, note?}]
//   npm run bench -- --only list        only cases whose name contains "list" (--only pg,team: either)
//   npm run bench -- --leads 2000       a smaller sample for a quick run (100,000 by default)
//   npm run bench -- --seconds 10       team-20-clients for 10 s (60 by default)
// The cases live in scripts/bench/, one file per feature; each exports a function that takes
// the kit (bench/kit.ts) and returns its cases, listed in FEATURES below in the order they run.
// A case is a name and two functions that do the same work (setup untimed) and return the
// milliseconds it took; a read through dispatch is shorter as a ReadBench (bench/read.ts).
// The "-pg" cases and team-20-clients run on PostgreSQL (bench/postgres.ts): an embedded server
// the bench starts and stops, or BATON_DATABASE_URL's server when it is set.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { bulkCases } from './bench/bulk'
import { campaignCases } from './bench/campaigns'
import { customerCases } from './bench/customers'
import { dataSafetyCases } from './bench/data-safety'
import { goalCases } from './bench/goals'
import { BENCH_SEED, BENCH_TODAY, benchKit, type BenchCase, type BenchKit, type LoadCase, type LoadReport } from './bench/kit'
import { leadCases } from './bench/leads'
import { openCases } from './bench/open'
import { partyCases } from './bench/parties'
import { pipelineCases } from './bench/pipeline'
import { benchPostgres, type LazyPostgres } from './bench/postgres'
import { postgresCases } from './bench/postgres-cases'
import { reportCases } from './bench/reports'
import { searchCases } from './bench/search'
import { spreadsheetCases } from './bench/spreadsheets'
import { teamCases } from './bench/team'

// The insert case comes first: the workspace it writes is the one the read cases share.
const FEATURES: Array<(kit: BenchKit, postgres: LazyPostgres) => Array<BenchCase | LoadCase>> = [
  leadCases,
  openCases,
  pipelineCases,
  bulkCases,
  reportCases,
  customerCases,
  dataSafetyCases,
  goalCases,
  campaignCases,
  searchCases,
  partyCases,
  spreadsheetCases,
  (kit, postgres) => postgresCases(kit, postgres.server),
  (kit, postgres) => teamCases(kit, postgres.server, { seconds: Number(args.seconds) }),
]

type BenchResult = { case: string; batonMs: number; rawMs: number; ratio: number; note?: string } | ({ case: string } & LoadReport['json'])

const { values: args } = parseArgs({
  options: { json: { type: 'string' }, only: { type: 'string' }, leads: { type: 'string', default: '100000' }, seconds: { type: 'string', default: '60' } },
})
const log = (message: string) => process.stderr.write(`bench: ${message}\n`)
const formatMs = (ms: number) => ms.toFixed(ms >= 100 ? 0 : ms >= 1 ? 2 : 3)

/** A mistake in the command line: said plainly, without a stack. */
class UsageError extends Error {}

async function main(root: string): Promise<void> {
  const leads = Number(args.leads)
  if (!Number.isSafeInteger(leads) || leads < 1) throw new UsageError(`--leads must be a whole number above 0, not “${args.leads}”.`)
  const seconds = Number(args.seconds)
  if (!(seconds > 0)) throw new UsageError(`--seconds must be a number above 0, not “${args.seconds}”.`)
  const kit = benchKit({ root, leads, log })
  const cases = FEATURES.flatMap((feature) => feature(kit, postgres))
  const wanted = args.only?.split(',').filter(Boolean) ?? []
  const chosen = cases.filter((c) => wanted.length === 0 || wanted.some((part) => c.name.includes(part)))
  if (chosen.length === 0) throw new UsageError(`no case name contains “${args.only}”. The cases: ${cases.map((c) => c.name).join(', ')}.`)
  const results: BenchResult[] = []
  for (const bench of chosen) {
    if ('load' in bench) {
      log(`${bench.name}: running`)
      const report = await bench.load()
      for (const line of report.lines) console.log(line)
      results.push({ case: bench.name, ...report.json })
      if (!report.ok) process.exitCode = 1
      continue
    }
    log(`${bench.name}: baton`)
    const batonMs = await bench.baton()
    log(`${bench.name}: raw`)
    const rawMs = await bench.raw()
    const note = bench.note?.()
    const result = { case: bench.name, batonMs: Number(batonMs.toFixed(3)), rawMs: Number(rawMs.toFixed(3)), ratio: Number((batonMs / rawMs).toFixed(2)), ...(note && { note }) }
    results.push(result)
    console.log(`${result.case}  baton ${formatMs(batonMs)} ms  raw ${formatMs(rawMs)} ms  ratio ${result.ratio.toFixed(2)}${note ? `  ${note}` : ''}`)
  }
  if (args.json) writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`)
}

const root = mkdtempSync(join(tmpdir(), 'baton-bench-'))
const postgres = benchPostgres({ seed: BENCH_SEED, today: BENCH_TODAY, log })
try {
  await main(root)
} catch (error) {
  console.error('bench: failed:', error instanceof UsageError ? error.message : error)
  process.exitCode = 1
} finally {
  rmSync(root, { recursive: true, force: true })
  await postgres.close()
}
