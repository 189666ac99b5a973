import { readFileSync } from 'node:fs'
import { createServer, connect, type ConnectionOptions, type Server } from 'node:tls'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeServerCertificate } from './certificate'
import { isCertificateError, pinnedTls } from './tls'

// Pinning a certificate a provider's own authority signed (what many hosted PostgreSQL services
// present), not only the self-signed one Baton makes: the pin is that certificate, whoever
// issued it. The fixtures were made once with openssl: one private authority signed
// server-a and server-b (P-256, valid a hundred years); the authority's key was thrown away.

const fixtures = join(__dirname, '../../../../test/fixtures/tls')
const serverA = { cert: readFileSync(join(fixtures, 'server-a.crt'), 'utf8'), key: readFileSync(join(fixtures, 'server-a.key'), 'utf8') }
const serverB = readFileSync(join(fixtures, 'server-b.crt'), 'utf8')

function listen(options: { cert: string; key: string }): Promise<{ server: Server; port: number }> {
  const server = createServer(options, (socket) => socket.end('hello'))
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })))
}

function handshake(port: number, ssl: ConnectionOptions): Promise<'trusted' | Error> {
  return new Promise((resolve) => {
    const socket = connect({ ...ssl, host: '127.0.0.1', port })
    socket.once('secureConnect', () => {
      socket.destroy()
      resolve('trusted')
    })
    socket.once('error', (error: Error) => resolve(error))
  })
}

describe('a pinned certificate', () => {
  let signed: { server: Server; port: number }
  let own: { server: Server; port: number }
  const ownCertificate = makeServerCertificate('Lumen & Co', ['127.0.0.1'])

  beforeAll(async () => {
    signed = await listen(serverA)
    own = await listen({ cert: ownCertificate.certificate, key: ownCertificate.privateKey })
  })
  afterAll(() => {
    signed.server.close()
    own.server.close()
  })

  it('is trusted when it is the one presented, self-signed or signed by an authority the member does not know', async () => {
    expect(await handshake(own.port, pinnedTls(ownCertificate.certificate).ssl)).toBe('trusted')
    expect(await handshake(signed.port, pinnedTls(serverA.cert).ssl)).toBe('trusted')
  })

  it('is refused when the server presents another certificate, even one from the same authority', async () => {
    const sameAuthority = await handshake(signed.port, pinnedTls(serverB).ssl)
    expect(sameAuthority).toBeInstanceOf(Error)
    expect(isCertificateError(sameAuthority)).toBe(true)
    const impostor = await handshake(own.port, pinnedTls(serverA.cert).ssl)
    expect(impostor).toBeInstanceOf(Error)
    expect(isCertificateError(impostor)).toBe(true)
  })
})
