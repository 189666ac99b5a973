import { createServer } from 'node:net'

/** A TCP port free on 127.0.0.1 right now, for a server a test starts (a hosted team). */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
