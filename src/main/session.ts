import { join } from 'node:path'
import { AppError } from '@shared/errors'
import type { PostgresDatabase } from './db/open'
import type { HandlerContext, SessionTarget, WorkspaceSession } from './features/context'
import { describeProfile, openTeamWorkspace, type TeamProfile } from './features/team-server/connection'
import { startHostServer, type HostedServer } from './features/team-server/host-server'
import { passwordKey } from './features/team-server/hosting'
import { TeamProfiles } from './features/team-server/profiles'
import type { AppEventSink } from './features/live/live-events'
import type { Platform } from './platform/platform'
import type { OnMigrationProgress } from './db/migrate'
import { openWorkspace, type Workspace } from './workspace'

// Which workspace the app has open, and switching to another: the solo file in the data
// folder, a team workspace this computer joined or hosts (its server starts with Baton), or
// the address in BATON_DATABASE_URL. The window's calls go to whichever is open now.

export interface AppSessionOptions {
  appDataDir: string
  /** The solo workspace's data folder. */
  soloDir: string
  appVersion: string
  platform: Platform
  automaticBackups?: boolean
  /** Told how far an upgrade of a solo file's data has got while it opens (the "Upgrading your workspace" screen). */
  onMigrationProgress?: OnMigrationProgress
  /** Where a team workspace's live events go (the window). */
  events?: AppEventSink
}

export class AppSession implements WorkspaceSession {
  private current: Workspace | undefined
  profile: TeamProfile | null = null
  hosted: HostedServer | null = null
  private readonly profiles: TeamProfiles

  constructor(private readonly options: AppSessionOptions) {
    this.profiles = new TeamProfiles(options.appDataDir)
  }

  get appDataDir() {
    return this.options.appDataDir
  }

  get keychain() {
    return this.options.platform.keychain
  }

  get workspace(): Workspace {
    if (!this.current) throw new Error('No workspace is open.')
    return this.current
  }

  readonly dispatch = (method: unknown, input: unknown) => this.workspace.dispatch(method, input)

  /**
   * Opens what was open last: the address given (BATON_DATABASE_URL), else the team workspace
   * Baton had open, else the solo one. When the team workspace cannot be opened the solo one
   * opens instead, and the reason comes back for the window to show.
   */
  async start(address?: string): Promise<{ teamNotOpened?: string }> {
    if (address) {
      await this.switchTo({ kind: 'address', url: address })
      return {}
    }
    const last = this.profiles.last()
    if (last) {
      try {
        await this.switchTo({ kind: 'team', profile: last })
        return {}
      } catch (error) {
        await this.switchTo({ kind: 'solo' })
        return { teamNotOpened: `Baton could not open the team workspace ${last.teamName} (${describeProfile(last)}): ${error instanceof Error ? error.message : String(error)}` }
      }
    }
    await this.switchTo({ kind: 'solo' })
    return {}
  }

  private async serverFor(profile: TeamProfile, given?: HostedServer): Promise<HostedServer | null> {
    if (!profile.hosted) return null
    if (given) return given
    if (this.hosted && this.hosted.dataDir === profile.hosted.dataDir) return this.hosted
    return startHostServer({ ...profile.hosted, keychain: this.keychain })
  }

  private async openTeam(profile: TeamProfile, server: HostedServer | null): Promise<PostgresDatabase> {
    const password = await this.keychain.get(passwordKey(profile.id))
    if (!password) throw new AppError('rule', `Baton no longer has your password for ${profile.teamName} in this computer's keychain. Join the team again with your invitation.`)
    // A hosted server may have moved to another port since the profile was saved.
    return openTeamWorkspace(server ? { ...profile, port: server.port } : profile, password)
  }

  async switchTo(target: SessionTarget): Promise<HandlerContext> {
    const { appVersion, platform, automaticBackups, onMigrationProgress, events } = this.options
    const options = { platform, automaticBackups: automaticBackups ?? false, session: this, ...(onMigrationProgress && { onMigrationProgress }), ...(events && { events }) }
    let next: Workspace
    let server: HostedServer | null = null
    if (target.kind === 'team') {
      server = await this.serverFor(target.profile, target.hosted)
      try {
        // Kept per team on this computer; the host (the computer whose Baton runs the server) backs up hourly.
        const teamBackups = { folder: join(this.options.appDataDir, 'team-backups', target.profile.id.replace(/[^\w-]/g, '_')), hourly: options.automaticBackups && server !== null }
        next = await openWorkspace(await this.openTeam(target.profile, server), appVersion, { ...options, teamBackups })
      } catch (error) {
        if (server && server !== this.hosted) await server.stop().catch(() => undefined)
        throw error
      }
    } else {
      next = await openWorkspace(target.kind === 'address' ? target.url : this.options.soloDir, appVersion, options)
    }
    const previous = { workspace: this.current, hosted: this.hosted }
    this.current = next
    this.profile = target.kind === 'team' ? target.profile : null
    this.hosted = server
    if (target.kind !== 'address') this.profiles.opened(this.profile)
    await previous.workspace?.close()
    if (previous.hosted && previous.hosted !== server) await previous.hosted.stop()
    return next.context
  }

  async close(): Promise<void> {
    await this.current?.close()
    this.current = undefined
    await this.hosted?.stop()
    this.hosted = null
  }
}
