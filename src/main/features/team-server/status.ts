import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname } from 'node:path'
import { sql } from 'kysely'
import type { ServerTrust, WorkspaceStatus } from '@shared/contract/teamServer'
import { folderLabel, workspaceTitle } from '@shared/domain/workspaceTitle'
import { DATABASE_FILE_NAME } from '../../db/open'
import { roleOfSession, teamRolesOf } from '../../db/team-roles'
import type { HandlerContext } from '../context'
import { fingerprintOf } from './certificate'
import { isThisComputer, type Trust } from './connection'
import { memberAddresses } from './hosting'

// Which workspace is open, as the window shows it: its title, and for a team the server, the
// trust in its certificate, this login's role and whether this computer hosts it.

/** The trust of a workspace opened from an address (BATON_DATABASE_URL): what its sslmode and sslrootcert say. */
function trustOfAddress(url: URL): { trust: ServerTrust; fingerprint: string | null } {
  const rootCertificate = url.searchParams.get('sslrootcert')
  if (rootCertificate) {
    try {
      return { trust: 'pinned', fingerprint: fingerprintOf(readFileSync(rootCertificate, 'utf8')) }
    } catch {
      return { trust: 'pinned', fingerprint: null }
    }
  }
  return { trust: isThisComputer(url.hostname) && !url.searchParams.get('sslmode') ? 'this-computer' : 'public', fingerprint: null }
}

const trustOfProfile = (trust: Trust) => ({ trust: trust.mode, fingerprint: trust.mode === 'pinned' ? fingerprintOf(trust.certificate) : null })

export async function workspaceStatus(ctx: HandlerContext): Promise<WorkspaceStatus> {
  const database = ctx.safety.database
  if (database.engine === 'sqlite') {
    const folder = dirname(database.file)
    const fileName = basename(database.file)
    // A workspace in its folder goes by the folder; a file opened by itself (an offline copy) by the file.
    const where = fileName === DATABASE_FILE_NAME ? folder : database.file
    return { kind: 'solo', fileName, folder, title: workspaceTitle({ kind: 'solo', folderLabel: folderLabel(where, homedir()) }) }
  }
  const { rows } = await sql<{ database: string; login: string; firm: string; member: string | null; functions: boolean }>`
    SELECT current_database() AS database, session_user AS login, (SELECT firm_name FROM settings WHERE id = 1) AS firm,
           (SELECT name FROM team_members WHERE login = session_user) AS member,
           to_regnamespace('baton_team') IS NOT NULL AS functions`.execute(ctx.db)
  const row = rows[0]!
  const managed = row.functions && (await teamRolesOf(ctx.db)) !== null
  const { profile, hosted } = ctx.session
  const address = new URL(database.address)
  // A team joined by typing its details knows only its database's name until it opens.
  const teamName = profile && profile.teamName !== row.database ? profile.teamName : row.firm || row.database
  const host = profile?.host ?? address.hostname
  return {
    kind: 'team',
    title: workspaceTitle({ kind: 'team', teamName, host }),
    teamName,
    host,
    port: profile?.port ?? Number(address.port || 5432),
    database: row.database,
    login: row.login,
    role: await roleOfSession(ctx.db),
    memberName: row.member,
    ...(profile ? trustOfProfile(profile.trust) : trustOfAddress(address)),
    hostedHere: hosted ? { listen: hosted.listen, port: hosted.port, addresses: memberAddresses(hosted.listen) } : null,
    managed,
  }
}
