import type { TeamProfile } from './connection'

/**
 * The owner's address of a team hosted here, as a postgres:// URL any libpq tool and
 * BATON_DATABASE_URL accept: TLS checked against the server's own certificate file
 * (sslmode=verify-full with sslrootcert, since the certificate names 127.0.0.1).
 * It holds the password: print it for the person, never into a log.
 */
export function hostedTeamAddress(profile: Pick<TeamProfile, 'login' | 'port' | 'database'>, password: string, certificateFile: string): string {
  const url = new URL(`postgres://127.0.0.1:${profile.port}/${profile.database}`)
  url.username = profile.login
  url.password = password
  url.searchParams.set('sslmode', 'verify-full')
  url.searchParams.set('sslrootcert', certificateFile)
  return url.toString()
}
