import type { ConnectionOptions } from 'node:tls'
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { redactAddress } from './address'
import { engineErrorKind } from './dialect/errors'
import { DatabaseUnreachableError } from './errors'
import { assertNotFromTheFuture, hasPendingMigrations, migrate } from './migrate'
import { MIGRATIONS } from './migrations'
import type { OpenOptions, PostgresDatabase } from './open'
import type { Database } from './schema'
import { migrateAsTeam } from './team-roles'

const INT8 = 20
const NUMERIC = 1700

// Counts, ids and money come back from PostgreSQL as int8 or numeric, which pg hands over as
// strings (they may not fit a double). Baton's never exceed 2^53 — cents up to 90 trillion —
// so they are read as numbers, and every feature sees the same values on both engines.
type Parser = (value: string) => unknown
const asNumber: Parser = (value) => Number(value)
export const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): Parser =>
    oid === INT8 || oid === NUMERIC ? asNumber : (pg.types.getTypeParser(oid, format ?? 'text') as Parser)) as pg.CustomTypesConfig['getTypeParser'],
}

// Held while a build migrates, so two members opening an upgraded workspace at once migrate it once.
const MIGRATION_LOCK = 0x6261746f // "bato"

const SERVER_VERSION_MIN = 140000

function unreachable(address: string, error: unknown): DatabaseUnreachableError {
  const detail = error instanceof Error ? error.message : String(error)
  return new DatabaseUnreachableError(address, detail, engineErrorKind(error) === 'login')
}

/** A team workspace's server with how to trust it: a pinned certificate rather than what the address says. */
export interface ServerTarget {
  /** postgres://login:password@host:port/database, with no ssl parameters (`ssl` says those). */
  url: string
  ssl?: ConnectionOptions
}

/**
 * Opens a team workspace on a PostgreSQL server (postgres://user:password@host:port/database):
 * checks the server is reachable and new enough, refuses a workspace from a newer Baton before
 * changing anything, then migrates (the first Baton to open a new database creates the schema).
 */
export async function openPostgres(target: string | ServerTarget, options: Omit<OpenOptions, 'beforeMigrate'> = {}): Promise<PostgresDatabase> {
  const { url, ssl } = typeof target === 'string' ? { url: target, ssl: undefined } : target
  const migrations = options.migrations ?? MIGRATIONS
  const address = redactAddress(url)
  const pool = new pg.Pool({ connectionString: url, ...(ssl ? { ssl } : {}), types, max: 10, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000, application_name: 'baton' })
  // A connection the server drops must not bring the process down: idle ones are the pool's to
  // report; one in use reports through its query's error as well, so its own event is only logged.
  // The pool opens a new connection for the next query.
  const lost = (error: Error) => console.error(`baton: the connection to ${address} was lost:`, error.message)
  pool.on('error', lost)
  pool.on('connect', (client) => client.on('error', lost))
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  const close = () => db.destroy()
  try {
    let version: number
    try {
      const { rows } = await sql<{ version: number }>`SELECT current_setting('server_version_num')::int AS version`.execute(db)
      version = rows[0]?.version ?? 0
    } catch (error) {
      throw unreachable(address, error)
    }
    if (version < SERVER_VERSION_MIN) {
      throw new Error(`The team database at ${address} runs PostgreSQL ${Math.floor(version / 10000)}; Baton needs PostgreSQL 14 or newer.`)
    }
    await db.connection().execute(async (connection) => {
      await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`.execute(connection)
      try {
        await assertNotFromTheFuture(connection, address, migrations)
        // A team database migrates as its owner group, and only an owner may make it do so.
        await migrateAsTeam(connection, address, await hasPendingMigrations(connection, migrations), () => migrate(connection, migrations, options.onMigrationProgress))
      } finally {
        await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`.execute(connection)
      }
    })
  } catch (error) {
    await close()
    throw error
  }
  return { engine: 'postgres', address, db, pool, close }
}
