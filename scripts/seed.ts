// Fills a data folder with a sample firm for demos, manual testing and benchmarks.
//   npm run seed -- --leads 2000 --data-dir ./tmp/demo [--seed 42] [--today 2026-03-15] [--force]
// Then: npm run dev -- --data-dir ./tmp/demo
// With BATON_DATABASE_URL=postgres://… it seeds that (empty) PostgreSQL database instead; --data-dir is not needed.
import { existsSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import BetterSqlite3 from 'better-sqlite3'
import { DATABASE_FILE_NAME, openDatabase } from '../src/main/db/open'
import { openPostgres } from '../src/main/db/open-postgres'
import { DEFAULT_SAMPLE_SEED, generateSample } from '../src/main/features/sample/generate'

const USAGE = 'Usage: npm run seed -- --leads N --data-dir DIR [--seed S] [--today YYYY-MM-DD] [--force]'

class UsageError extends Error {}

function wholeNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value.replace(/[_,]/g, ''))
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, not “${value}”.`)
  return n
}

function readArgs() {
  const { values } = parseArgs({
    options: {
      leads: { type: 'string' },
      'data-dir': { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  })
  if (!values['data-dir'] && !serverAddress()) throw new UsageError('Say where to write the workspace with --data-dir DIR (or set BATON_DATABASE_URL).')
  const today = values.today === undefined ? new Date() : new Date(values.today)
  if (Number.isNaN(today.getTime())) throw new UsageError(`--today must be a date like 2026-03-15, not “${values.today}”.`)
  return {
    dataDir: resolve(values['data-dir'] ?? '.'),
    leads: wholeNumber(values.leads, 'leads', 2000),
    seed: wholeNumber(values.seed, 'seed', DEFAULT_SAMPLE_SEED),
    today,
    force: values.force,
  }
}

/** Counts what is already there without migrating or otherwise touching the file. */
function existingData(file: string): { campaigns: number; leads: number } {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  try {
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('campaigns', 'leads')").pluck().all()
    if (tables.length < 2) return { campaigns: 0, leads: 0 }
    return sqlite.prepare('SELECT (SELECT count(*) FROM campaigns) AS campaigns, (SELECT count(*) FROM leads) AS leads').get() as { campaigns: number; leads: number }
  } finally {
    sqlite.close()
  }
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true })
}

const serverAddress = () => process.env['BATON_DATABASE_URL'] || undefined

/** A team workspace on PostgreSQL: seeded only while it is empty (it is never dropped from here). */
async function seedServer(url: string, args: ReturnType<typeof readArgs>): Promise<void> {
  const started = performance.now()
  const database = await openPostgres(url)
  try {
    const count = async (table: 'campaigns' | 'leads') => Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
    const [campaigns, leads] = [await count('campaigns'), await count('leads')]
    if (campaigns + leads > 0) {
      throw new UsageError(`${database.address} already has ${campaigns} campaigns and ${leads} leads, so it was left untouched: sample data must not mix with real data. Point BATON_DATABASE_URL at an empty database.`)
    }
    // The sample's goals are set from what its data gives, through the metrics module, which
    // speaks SQLite only for now: a PostgreSQL workspace is seeded without them.
    const made = await generateSample(database.db, { leads: args.leads, seed: args.seed, today: args.today, goals: false })
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(`Seeded ${made.leads.toLocaleString('en-US')} leads and ${made.campaigns} campaigns (seed ${args.seed}, no goals) into ${database.address} in ${seconds} s.`)
  } finally {
    await database.close()
  }
}

async function main(): Promise<void> {
  const args = readArgs()
  const url = serverAddress()
  if (url) return seedServer(url, args)
  const file = join(args.dataDir, DATABASE_FILE_NAME)
  if (existsSync(file)) {
    if (args.force) removeDatabase(file)
    else {
      const { campaigns, leads } = existingData(file)
      if (campaigns + leads > 0) {
        throw new UsageError(
          `${file} already has ${campaigns} campaigns and ${leads} leads, so it was left untouched: ` +
            'sample data must not mix with real data. Pass --force to delete that file and seed a fresh one, or pick another --data-dir.',
        )
      }
    }
  }
  const started = performance.now()
  const database = await openDatabase(file)
  try {
    const made = await generateSample(database.db, { leads: args.leads, seed: args.seed, today: args.today })
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(`Seeded ${made.leads.toLocaleString('en-US')} leads and ${made.campaigns} campaigns (seed ${args.seed}) into ${file} in ${seconds} s.`)
  } finally {
    await database.close()
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`seed: ${error.message}\n${USAGE}`)
  else console.error('seed: failed; no sample data was written:', error)
  process.exitCode = 1
})
