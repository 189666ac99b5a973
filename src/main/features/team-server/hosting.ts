import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { join, resolve } from 'node:path'
import type { NetworkAddress } from '@shared/contract/teamServer'
import { AppError } from '@shared/errors'
import type { TeamProfile } from './connection'
import { startHostServer, type HostedServer, type HostOptions } from './host-server'
import { databaseNameFor, provisionTeam } from './provision'

// A team hosted on this computer: the server (host-server.ts) and, the first time, the team
// set up on it with this person as its first owner. `team.json` beside the cluster says which
// database and owner login it holds; the owner's password is in the keychain.

const TEAM_FILE = 'team.json'

interface HostedTeamFile {
  teamName: string
  database: string
  owner: { name: string; login: string }
}

export const passwordKey = (profileId: string) => `team-login:${profileId}`
export const hostedProfileId = (dataDir: string) => `hosted:${resolve(dataDir)}`

export interface HostedTeam {
  server: HostedServer
  profile: TeamProfile
  /** True when this start set the team up. */
  created: boolean
}

function readTeamFile(dataDir: string): HostedTeamFile | null {
  const file = join(dataDir, TEAM_FILE)
  if (!existsSync(file)) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as HostedTeamFile
  } catch {
    throw new AppError('rule', `${file} is damaged, so Baton cannot tell which team this server holds.`)
  }
}

/**
 * Starts the team server in `dataDir`, setting the team up on its first start (the team's
 * name and the first owner are needed then). Returns the owner's profile; the owner's password
 * is in `keychain` under passwordKey(profile.id).
 */
export async function startHostedTeam(
  options: Omit<HostOptions, 'teamName'> & { teamName?: string; owner?: { name: string; email: string | null } },
): Promise<HostedTeam> {
  const dataDir = resolve(options.dataDir)
  const existing = readTeamFile(dataDir)
  const teamName = existing?.teamName ?? options.teamName
  if (!existing && (!teamName || !options.owner)) {
    throw new AppError('rule', `${dataDir} holds no team yet: give the team's name and its first owner to set one up.`)
  }
  const server = await startHostServer({ ...options, dataDir, teamName: teamName! })
  try {
    let team = existing
    const id = hostedProfileId(dataDir)
    if (!team) {
      const provisioned = await provisionTeam({
        admin: await server.adminTarget(),
        database: databaseNameFor(teamName!),
        teamName: teamName!,
        owner: options.owner!,
        closeOtherDatabases: true,
      })
      team = { teamName: teamName!, database: provisioned.database, owner: { name: provisioned.owner.name, login: provisioned.owner.login } }
      await options.keychain.set(passwordKey(id), provisioned.owner.password)
      writeFileSync(join(dataDir, TEAM_FILE), `${JSON.stringify(team, null, 2)}\n`)
    }
    const profile: TeamProfile = {
      id,
      teamName: team.teamName,
      host: '127.0.0.1',
      port: server.port,
      database: team.database,
      login: team.owner.login,
      memberName: team.owner.name,
      trust: { mode: 'pinned', certificate: server.certificate },
      hosted: { dataDir, listen: server.listen, port: server.port },
    }
    return { server, profile, created: !existing }
  } catch (error) {
    await server.stop().catch(() => undefined)
    throw error
  }
}

/** This computer's addresses members on a network may use (not the loopback), IPv4 first. */
export function networkAddresses(): NetworkAddress[] {
  const found: NetworkAddress[] = []
  for (const [adapter, entries] of Object.entries(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.internal || (entry.family === 'IPv6' && entry.address.startsWith('fe80'))) continue
      found.push({ address: entry.address, adapter })
    }
  }
  return found.sort((a, b) => Number(a.address.includes(':')) - Number(b.address.includes(':')))
}

/** Where members reach a hosted server: this computer's network addresses, or only itself. */
export function memberAddresses(listen: string): string[] {
  if (listen === '127.0.0.1') return ['127.0.0.1']
  if (listen === '0.0.0.0') return networkAddresses().map((a) => a.address)
  return [listen]
}
