import { AsyncLocalStorage } from 'node:async_hooks'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import type { RecentWorkspace } from '@shared/contract/workspaces'
import { AppError } from '@shared/errors'
import { folderLabel } from '@shared/domain/workspaceTitle'
import type { PostgresDatabase } from './db/open'
import type { HandlerContext, SessionTarget, WorkspaceSession } from './features/context'
import { describeProfile, openTeamWorkspace, type TeamProfile } from './features/team-server/connection'
import { startHostServer, type HostedServer } from './features/team-server/host-server'
import { passwordKey } from './features/team-server/hosting'
import { TeamProfiles } from './features/team-server/profiles'
import { describeRecent, hasDataFile, RecentWorkspaces, recentKey, type RecentEntry } from './features/workspaces/recentWorkspaces'
import type { AppEventSink } from './features/live/live-events'
import type { Platform } from './platform/platform'
import type { OnMigrationProgress } from './db/migrate'
import { openWorkspace, type Workspace } from './workspace'

// Which workspace the app has open, and switching to another: the solo file in the data
// folder (or another folder the person opened), a team workspace this computer joined or hosts
// (its server starts with Baton), or the address in BATON_DATABASE_URL. The window's calls go to
// whichever is open now; a switch lets the calls already on their way finish first.

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

/** How long a switch waits for the calls on their way to the workspace it closes. */
const CALLS_FINISH_MS = 15_000

export class AppSession implements WorkspaceSession {
  private current: Workspace | undefined
  /** The recent list's key of the workspace open now (null: an address). */
  private currentKey: string | null = null
  profile: TeamProfile | null = null
  hosted: HostedServer | null = null
  private readonly profiles: TeamProfiles
  private readonly recentList: RecentWorkspaces
  /** Each call on its way, with the workspace it went to; a switch waits for the old one's. */
  private readonly inFlight = new Map<symbol, { workspace: Workspace; done: Promise<unknown> }>()
  private readonly callIds = new AsyncLocalStorage<symbol>()

  constructor(private readonly options: AppSessionOptions) {
    this.profiles = new TeamProfiles(options.appDataDir)
    this.recentList = new RecentWorkspaces(options.appDataDir)
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

  readonly dispatch = (method: unknown, input: unknown) => {
    const workspace = this.workspace
    const id = Symbol('call')
    const done = this.callIds.run(id, () => workspace.dispatch(method, input))
    this.inFlight.set(id, { workspace, done })
    const settle = () => this.inFlight.delete(id)
    done.then(settle, settle)
    return done
  }

  /** Lets the calls still on their way to `workspace` finish (all but the one switching, when a call switches). */
  private async finishCalls(workspace: Workspace): Promise<void> {
    const self = this.callIds.getStore()
    const pending = [...this.inFlight].filter(([id, call]) => id !== self && call.workspace === workspace).map(([, call]) => call.done)
    if (pending.length === 0) return
    // A call stuck on a server that went away must not keep the person in it: past the wait, it fails as the workspace closes.
    let timer: NodeJS.Timeout | undefined
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, CALLS_FINISH_MS)))
    await Promise.race([Promise.allSettled(pending), waited])
    clearTimeout(timer)
  }

  /**
   * Opens what was open last: the address given (BATON_DATABASE_URL), else the workspace Baton
   * had open (a team workspace, or a solo folder still there), else the solo one. When the team
   * workspace cannot be opened the solo one opens instead, and the reason comes back for the
   * window to show.
   */
  async start(address?: string): Promise<{ teamNotOpened?: string }> {
    if (address) {
      await this.switchTo({ kind: 'address', url: address })
      return {}
    }
    const lastSolo = this.recentList.list()[0]
    const last = lastSolo?.kind === 'solo' ? null : this.profiles.last()
    if (last) {
      try {
        await this.switchTo({ kind: 'team', profile: last })
        return {}
      } catch (error) {
        await this.switchTo({ kind: 'solo' })
        return { teamNotOpened: `Baton could not open the team workspace ${last.teamName} (${describeProfile(last)}): ${error instanceof Error ? error.message : String(error)}` }
      }
    }
    // Another folder or file opened last reopens while its data file is there; else the app's own.
    const path = lastSolo?.kind === 'solo' && hasDataFile(lastSolo.path) ? lastSolo.path : undefined
    await this.switchTo({ kind: 'solo', ...(path && { path }) })
    return {}
  }

  recent(): RecentWorkspace[] {
    return describeRecent(this.recentList.list(), { profiles: this.profiles.all(), openKey: this.currentKey, home: homedir() })
  }

  async openRecent(key: string): Promise<HandlerContext> {
    const entry = this.recentList.find(key)
    if (!entry) throw new AppError('not_found', 'That workspace is no longer on the list. Open its folder, or join the team again.')
    if (key === this.currentKey) return this.workspace.context
    if (entry.kind === 'solo') {
      if (!hasDataFile(entry.path)) {
        throw new AppError('not_found', `There is no Baton workspace at ${folderLabel(entry.path, homedir())} any more: it was moved, deleted or is on a disk that is not plugged in. Nothing was changed.`)
      }
      return this.switchTo({ kind: 'solo', path: entry.path })
    }
    const profile = this.profiles.all().find((p) => p.id === entry.profileId)
    if (!profile) throw new AppError('not_found', 'Baton no longer knows that team workspace. Join it again with your invitation.')
    return this.switchTo({ kind: 'team', profile })
  }

  forgetRecent(key: string): void {
    if (key === this.currentKey) throw new AppError('rule', 'That workspace is open now. Open another one first, then take this one off the list.')
    this.recentList.forget(key)
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
      next = await openWorkspace(target.kind === 'address' ? target.url : (target.path ?? this.options.soloDir), appVersion, options)
    }
    const previous = { workspace: this.current, hosted: this.hosted }
    this.current = next
    this.profile = target.kind === 'team' ? target.profile : null
    this.hosted = server
    const opened = recentEntryFor(target, this.options.soloDir)
    this.currentKey = opened ? recentKey(opened) : null
    if (target.kind !== 'address') this.profiles.opened(this.profile)
    if (opened) this.recentList.opened(opened)
    // New calls reach the new workspace from here; the old one finishes what it was doing, then closes.
    if (previous.workspace) {
      await this.finishCalls(previous.workspace)
      await previous.workspace.close()
    }
    if (previous.hosted && previous.hosted !== server) await previous.hosted.stop()
    return next.context
  }

  async close(): Promise<void> {
    // As on a switch: the calls on their way finish before the workspace closes.
    if (this.current) await this.finishCalls(this.current)
    await this.current?.close()
    this.current = undefined
    await this.hosted?.stop()
    this.hosted = null
  }
}

function recentEntryFor(target: SessionTarget, soloDir: string): RecentEntry | null {
  const openedAt = new Date().toISOString()
  if (target.kind === 'solo') return { kind: 'solo', path: resolve(target.path ?? soloDir), openedAt }
  if (target.kind === 'team') return { kind: 'team', profileId: target.profile.id, openedAt }
  return null
}
