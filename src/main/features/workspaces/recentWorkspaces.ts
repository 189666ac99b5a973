import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import type { RecentWorkspace } from '@shared/contract/workspaces'
import { folderLabel } from '@shared/domain/workspaceTitle'
import { soloDataFile } from '../../db/open'
import type { TeamProfile } from '../team-server/connection'

// The workspaces this computer has opened, most recent first: solo folders and files by path, team
// workspaces by their profile (team-workspaces.json holds those; never a password). Kept in
// Baton's own folder beside the team profiles, so it outlives any one workspace.

const FILE = 'recent-workspaces.json'
/** Enough to find last month's workspaces again without a list to scroll. */
export const RECENT_LIMIT = 12

const Entry = z.discriminatedUnion('kind', [
  /** `path`: a solo workspace's folder, or its file (an offline copy, a backup). */
  z.object({ kind: z.literal('solo'), path: z.string().min(1), openedAt: z.string() }),
  z.object({ kind: z.literal('team'), profileId: z.string().min(1), openedAt: z.string() }),
])
export type RecentEntry = z.infer<typeof Entry>

/** How `workspaces.open` names an entry: stable across starts, and free of anything secret. */
export const recentKey = (entry: RecentEntry): string => (entry.kind === 'solo' ? `solo:${resolve(entry.path)}` : `team:${entry.profileId}`)

/** The list with `entry` first: once each (a folder or file by its full path, a team by its profile), at most RECENT_LIMIT. */
export function withOpened(list: readonly RecentEntry[], entry: RecentEntry): RecentEntry[] {
  const opened = entry.kind === 'solo' ? { ...entry, path: resolve(entry.path) } : entry
  const key = recentKey(opened)
  return [opened, ...list.filter((other) => recentKey(other) !== key)].slice(0, RECENT_LIMIT)
}

export interface DescribeOptions {
  profiles: readonly TeamProfile[]
  /** The key of the workspace open now. */
  openKey: string | null
  home: string
  /** Whether a solo workspace's data file is still there (a disk may be unplugged). */
  hasData?: (path: string) => boolean
}

export const hasDataFile = (path: string) => existsSync(soloDataFile(path))

/** The list as Settings and File → Open workspace… show it; a team whose profile is gone is left out. */
export function describeRecent(list: readonly RecentEntry[], options: DescribeOptions): RecentWorkspace[] {
  const hasData = options.hasData ?? hasDataFile
  return list.flatMap((entry): RecentWorkspace[] => {
    const key = recentKey(entry)
    const common = { key, isOpen: key === options.openKey, openedAt: entry.openedAt }
    if (entry.kind === 'solo') {
      return [{ ...common, kind: 'solo', path: entry.path, label: folderLabel(entry.path, options.home), missing: !hasData(entry.path) }]
    }
    const profile = options.profiles.find((p) => p.id === entry.profileId)
    if (!profile) return []
    return [{ ...common, kind: 'team', teamName: profile.teamName, host: profile.host, port: profile.port, memberName: profile.memberName, hostedHere: profile.hosted !== undefined }]
  })
}

const Saved = z.object({ recent: z.array(Entry) })

/** The recent list on disk, in Baton's folder. A damaged list starts again empty: nothing in it is data. */
export class RecentWorkspaces {
  private readonly file: string

  constructor(appDataDir: string) {
    this.file = join(appDataDir, FILE)
  }

  list(): RecentEntry[] {
    if (!existsSync(this.file)) return []
    try {
      const parsed = Saved.safeParse(JSON.parse(readFileSync(this.file, 'utf8')))
      return parsed.success ? parsed.data.recent : []
    } catch {
      return []
    }
  }

  private write(recent: RecentEntry[]): void {
    mkdirSync(dirname(this.file), { recursive: true })
    writeFileSync(`${this.file}.next`, `${JSON.stringify({ recent }, null, 2)}\n`)
    renameSync(`${this.file}.next`, this.file)
  }

  opened(entry: RecentEntry): void {
    this.write(withOpened(this.list(), entry))
  }

  forget(key: string): void {
    this.write(this.list().filter((entry) => recentKey(entry) !== key))
  }

  find(key: string): RecentEntry | undefined {
    return this.list().find((entry) => recentKey(entry) === key)
  }
}
