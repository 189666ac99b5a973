import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../../../test/harness/paths'
import { openPostgres } from '../../db/open-postgres'
import { roleOfSession } from '../../db/team-roles'
import { makeServerCertificate } from './certificate'
import { openTeamWorkspace, trustFor, type TeamProfile } from './connection'
import { CERTIFICATE_FILE } from './host-server'

// `npm run team:server` as a firm would run it on an office PC: started headless, connected to
// over TLS with the owner's printed address, trusted by its pinned certificate only, stopped by
// SIGTERM and started again on the same folder.

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

interface Running {
  child: ChildProcessWithoutNullStreams
  output: string[]
  url: string
}

/** Starts the script and waits for the line with the owner's address (what a person waits for). */
function startHeadless(dataDir: string, port: number): Promise<Running> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['--tsconfig', 'tsconfig.node.json', 'scripts/team-server.ts', '--data-dir', dataDir, '--port', String(port), '--listen', '127.0.0.1', '--team', 'Lumen & Co', '--owner', 'Olivia Owner'], { cwd: ROOT })
  const output: string[] = []
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output.push(chunk.toString())
      const url = /postgres:\/\/\S+/.exec(output.join(''))?.[0]
      if (url && output.join('').includes('Press Ctrl+C')) resolve({ child, output, url })
    }
    child.stdout.on('data', read)
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.once('exit', (code) => reject(new Error(`team:server exited with ${code} before it was ready:\n${output.join('')}`)))
  })
}

function stop(running: Running, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    running.child.removeAllListeners('exit')
    running.child.once('exit', (code) => resolve(code))
    running.child.kill(signal)
  })
}

describe('npm run team:server', () => {
  let dataDir: string
  let port: number
  let running: Running

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'baton-host-'))
    // As root PostgreSQL runs as the `postgres` user, which must be able to walk in.
    chmodSync(dataDir, 0o755)
    port = await freePort()
    running = await startHeadless(join(dataDir, 'server'), port)
  }, 180_000)

  afterAll(async () => {
    if (running.child.exitCode === null) await stop(running, 'SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('prints the owner’s address, which opens the team workspace as its owner over TLS', async () => {
    const text = running.output.join('')
    expect(text).toContain('Baton team server for Lumen & Co set up and running')
    expect(running.url).toMatch(new RegExp(`^postgres://baton_lumen_co_olivia_owner:[a-z0-9-]+@127\\.0\\.0\\.1:${port}/baton_lumen_co\\?sslmode=verify-full&sslrootcert=`))
    const workspace = await openPostgres(running.url)
    try {
      expect(await roleOfSession(workspace.db)).toBe('owner')
      const tls = await workspace.pool.query<{ ssl: boolean }>('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')
      expect(tls.rows[0]?.ssl).toBe(true)
    } finally {
      await workspace.close()
    }
  })

  it('refuses a connection without TLS, and the administrator from anywhere but this computer', async () => {
    const owner = new URL(running.url)
    const plain = new pg.Client({ host: '127.0.0.1', port, user: decodeURIComponent(owner.username), password: decodeURIComponent(owner.password), database: 'baton_lumen_co', ssl: false })
    await expect(plain.connect()).rejects.toThrow(/no encryption/)
    const hba = readFileSync(join(dataDir, 'server', 'cluster', 'pg_hba.conf'), 'utf8')
    expect(hba).toMatch(/^host\s+all baton_superuser all reject$/m)
  })

  it('trusts the pinned certificate and no other, whatever address it is reached by', async () => {
    const certificate = readFileSync(join(dataDir, 'server', CERTIFICATE_FILE), 'utf8')
    const owner = new URL(running.url)
    const profile: TeamProfile = {
      id: 'test',
      teamName: 'Lumen & Co',
      host: '127.0.0.1',
      port,
      database: 'baton_lumen_co',
      login: decodeURIComponent(owner.username),
      memberName: 'Olivia Owner',
      trust: { mode: 'pinned', certificate },
    }
    const password = decodeURIComponent(owner.password)
    const pinned = await openTeamWorkspace(profile, password)
    await pinned.close()

    const impostor = makeServerCertificate('Lumen & Co', ['127.0.0.1'])
    await expect(openTeamWorkspace({ ...profile, trust: { mode: 'pinned', certificate: impostor.certificate } }, password)).rejects.toThrow(
      /did not show the certificate you were given \(its fingerprint is [0-9A-F:]{95}, not [0-9A-F:]{95}\)\. Someone may be intercepting the connection/,
    )

    // Joining by hand with the fingerprint the owner read out: Baton fetches and pins that certificate.
    const fingerprint = running.output.join('').match(/fingerprint \(SHA-256\): ([0-9A-F:]+)/)![1]!
    expect(await trustFor('127.0.0.1', port, fingerprint.toLowerCase().replace(/:/g, ' '))).toEqual({ mode: 'pinned', certificate })
    await expect(trustFor('127.0.0.1', port, impostor.fingerprint)).rejects.toThrow(/did not show the certificate you were given/)
    await expect(trustFor('127.0.0.1', port, null)).rejects.toThrow(/Check the server's fingerprint before joining/)
  })

  it('stops cleanly on SIGTERM and starts again on the same folder with the same owner', async () => {
    const workspace = await openPostgres(running.url)
    await workspace.db.insertInto('segments').values({ name: 'Dentists', created_at: '2026-03-02T09:00:00.000Z' }).execute()
    await workspace.close()
    const first = running.url
    expect(await stop(running, 'SIGTERM')).toBe(0)
    expect(running.output.join('')).toContain('Stopped: every committed change is on disk.')

    running = await startHeadless(join(dataDir, 'server'), port)
    expect(running.output.join('')).not.toContain('set up and')
    expect(running.url).toBe(first)
    const again = await openPostgres(running.url)
    try {
      expect(await again.db.selectFrom('segments').select('name').execute()).toEqual([{ name: 'Dentists' }])
    } finally {
      await again.close()
    }
  }, 120_000)
})
