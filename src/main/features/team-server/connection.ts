import { AppError } from '@shared/errors'
import type { ProbeResult } from '@shared/contract/teamServer'
import { redactAddress } from '../../db/address'
import { DatabaseUnreachableError } from '../../db/errors'
import { openPostgres, type ServerTarget } from '../../db/open-postgres'
import type { PostgresDatabase } from '../../db/open'
import { fingerprintOf, normaliseFingerprint } from './certificate'
import { isCertificateError, pinnedTls, probeServerCertificate, systemTls } from './tls'

// A team workspace as this computer knows it (no password: that is in the keychain), and how
// to open it: TLS that trusts the one certificate the member was given, or a public
// authority's for a managed service, or none for a server on this very computer.

export type Trust =
  | { mode: 'pinned'; certificate: string }
  | { mode: 'public' }
  /** A server on this computer (127.0.0.1) that offers no TLS: nothing crosses a network. */
  | { mode: 'this-computer' }

export interface TeamProfile {
  id: string
  teamName: string
  host: string
  port: number
  database: string
  login: string
  memberName: string | null
  trust: Trust
  /** Set when this computer hosts the server (it starts with Baton). */
  hosted?: { dataDir: string; listen: string; port: number }
}

export const isThisComputer = (host: string) => ['127.0.0.1', '::1', 'localhost', '[::1]'].includes(host.toLowerCase())

const hostForUrl = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host)

/** The address to sign in with (password inside) and how to trust the server. */
export function targetFor(profile: Pick<TeamProfile, 'host' | 'port' | 'database' | 'login' | 'trust'>, password: string): ServerTarget {
  const url = new URL(`postgres://${hostForUrl(profile.host)}:${profile.port}/`)
  url.username = profile.login
  url.password = password
  url.pathname = `/${profile.database}`
  const { trust } = profile
  if (trust.mode === 'pinned') return { url: url.toString(), ssl: pinnedTls(trust.certificate).ssl }
  if (trust.mode === 'public') return { url: url.toString(), ssl: systemTls(profile.host) }
  return { url: url.toString() }
}

/** The address for messages and logs: never the password. */
export const describeProfile = (profile: Pick<TeamProfile, 'host' | 'port' | 'database' | 'login'>) =>
  redactAddress(`postgres://${profile.login}@${hostForUrl(profile.host)}:${profile.port}/${profile.database}`)

/** What the server's certificate is, for a person to compare before anything secret is sent. */
export async function probe(host: string, port: number): Promise<ProbeResult & { certificate?: string }> {
  let probed
  try {
    probed = await probeServerCertificate(host, port)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new AppError('rule', `Baton could not reach a server at ${host}:${port} (${detail}). Check the address and port, and that this computer can reach it.`, 'host')
  }
  if (!probed.tls) return { tls: 'none', thisComputer: isThisComputer(host) }
  return { tls: probed.publiclyTrusted ? 'public' : 'pinned', fingerprint: probed.fingerprint, certificate: probed.certificate }
}

/**
 * How to trust the server at host:port, given the fingerprint the person was told (or null):
 * the certificate it presents now, if it is that one; a public authority's, if it vouches for
 * the name; no TLS only on this computer.
 */
export async function trustFor(host: string, port: number, fingerprint: string | null): Promise<Trust> {
  const expected = fingerprint === null ? null : normaliseFingerprint(fingerprint)
  const found = await probe(host, port)
  if (found.tls === 'none') {
    if (found.thisComputer) return { mode: 'this-computer' }
    throw new AppError(
      'rule',
      `The server at ${host}:${port} does not offer encrypted connections (TLS). Baton sends passwords and your firm's data over this connection, so it needs TLS: turn on ssl in the server's settings, then try again.`,
      'host',
    )
  }
  if (expected !== null && expected !== found.fingerprint) throw mismatch(host, port, expected, found.fingerprint)
  if (found.tls === 'public' && expected === null) return { mode: 'public' }
  if (expected === null) {
    throw new AppError('rule', `Check the server's fingerprint before joining: ${found.fingerprint}. Compare it with the one the team's owner gave you.`, 'fingerprint')
  }
  return { mode: 'pinned', certificate: found.certificate! }
}

function mismatch(host: string, port: number, expected: string, presented: string | null): AppError {
  return new AppError(
    'rule',
    `The server at ${host}:${port} did not show the certificate you were given (its fingerprint is ${presented ?? 'unknown'}, not ${expected}). ` +
      'Someone may be intercepting the connection, or the server was set up again. Nothing was sent to it. Ask the team’s owner for a new invitation.',
    'fingerprint',
  )
}

/** Opens the team workspace, saying in words why not: a certificate that is not the trusted one, a refused login, no server. */
export async function openTeamWorkspace(profile: TeamProfile, password: string): Promise<PostgresDatabase> {
  try {
    return await openPostgres(targetFor(profile, password))
  } catch (error) {
    const cause = error instanceof DatabaseUnreachableError ? error.cause : error
    if (profile.trust.mode === 'pinned' && (isCertificateError(error) || isCertificateError(cause) || /certificate|self.signed/i.test(String(error)))) {
      const presented = await probeServerCertificate(profile.host, profile.port).then(
        (p) => (p.tls ? p.fingerprint : null),
        () => null,
      )
      throw mismatch(profile.host, profile.port, fingerprintOf(profile.trust.certificate), presented)
    }
    throw error
  }
}
