import { X509Certificate } from 'node:crypto'
import { connect as connectTcp, isIP } from 'node:net'
import { connect as connectTls, type ConnectionOptions, type PeerCertificate } from 'node:tls'
import { fingerprintOf } from './certificate'

// How a member's Baton trusts the team server: it was given the server's certificate (in the
// invitation) or its fingerprint (read out by the owner), and accepts that certificate and no
// other, whatever the address it is reached by. This is SSH's "known host", not the web's CAs.

/** The server presented a certificate other than the one this member was given. */
export class CertificateMismatchError extends Error {
  readonly code = 'BATON_CERTIFICATE_MISMATCH'
  constructor(
    readonly expected: string,
    readonly presented: string | null,
  ) {
    super(`the server's certificate has fingerprint ${presented ?? 'unknown'}, not ${expected}`)
    this.name = 'CertificateMismatchError'
  }
}

/** TLS options that accept exactly this certificate. */
export function pinnedTls(certificate: string): { fingerprint: string; ssl: ConnectionOptions } {
  const fingerprint = fingerprintOf(certificate)
  return {
    fingerprint,
    ssl: {
      // The certificate is its own root: OpenSSL checks the signature and dates against it…
      ca: certificate,
      // …even when someone else signed it (a hosted service's private authority): the pinned
      // certificate is then the anchor, and its issuer is never asked about…
      allowPartialTrustChain: true,
      rejectUnauthorized: true,
      // …and this checks it is the very certificate, not the name in it (members may reach the
      // server by an address the certificate does not list).
      checkServerIdentity: (_host: string, presented: PeerCertificate) => {
        const got = presented.raw ? fingerprintOf(presented.raw) : null
        return got === fingerprint ? undefined : new CertificateMismatchError(fingerprint, got)
      },
    },
  }
}

/** TLS options for a server whose certificate a public authority signed for its name (a managed service). */
export const systemTls = (host: string): ConnectionOptions => ({ rejectUnauthorized: true, ...(isIP(host) ? {} : { servername: host }) })

// The first bytes of PostgreSQL's SSLRequest: length 8, code 80877103.
const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f])

export type ProbedTls =
  | { tls: false }
  | {
      tls: true
      certificate: string
      fingerprint: string
      /** True when a public authority vouches for the certificate and the name matches. */
      publiclyTrusted: boolean
    }

/**
 * Asks the server at host:port for its certificate without trusting it: what Baton shows a
 * person to compare with the fingerprint they were given, and what it pins afterwards.
 */
export function probeServerCertificate(host: string, port: number, timeoutMs = 8000): Promise<ProbedTls> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp({ host, port })
    // Once TLS wraps the socket, only the TLS socket may close it: destroying the socket under
    // it crashes Node (a segfault, seen on Node 24).
    let close = () => socket.destroy()
    const timer = setTimeout(() => {
      close()
      reject(Object.assign(new Error(`no answer from ${host}:${port} within ${timeoutMs / 1000} s`), { code: 'ETIMEDOUT' }))
    }, timeoutMs)
    const done = (result: ProbedTls | Error) => {
      clearTimeout(timer)
      close()
      if (result instanceof Error) reject(result)
      else resolve(result)
    }
    socket.once('error', done)
    socket.once('connect', () => socket.write(SSL_REQUEST))
    socket.once('data', (answer) => {
      if (answer[0] !== 0x53) {
        done({ tls: false })
        return
      }
      socket.removeListener('error', done)
      const secure = connectTls({ socket, rejectUnauthorized: false, ...(isIP(host) ? {} : { servername: host }) })
      close = () => secure.destroy()
      secure.once('error', done)
      secure.once('secureConnect', () => {
        const peer = secure.getPeerCertificate(true)
        const certificate = new X509Certificate(peer.raw).toString()
        done({ tls: true, certificate, fingerprint: fingerprintOf(peer.raw), publiclyTrusted: secure.authorized })
      })
    })
  })
}

const CERTIFICATE_ERRORS = new Set([
  'BATON_CERTIFICATE_MISMATCH',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

/** True when a connection failed because the server's certificate was not the one trusted. */
export function isCertificateError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  return CERTIFICATE_ERRORS.has(code) || error instanceof CertificateMismatchError
}
