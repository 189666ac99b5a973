import { z } from 'zod'
import { call } from './define'
import type { WorkspaceStatus } from './teamServer'

// File → Open workspace…: the workspaces this computer has opened (solo folders or files, and team
// workspaces, most recent first, never a password), and switching to one of them.

/** One workspace in the recent list; `key` names it in `workspaces.open` and `workspaces.forget`. */
export type RecentWorkspace = {
  key: string
  /** The one open now. */
  isOpen: boolean
  /** When it was last opened on this computer (ISO-8601 UTC). */
  openedAt: string
} & (
  | {
      kind: 'solo'
      /** Its folder (or its file: an offline copy, a backup) as a person reads it: ~/Baton. */
      label: string
      path: string
      /** Its data file is no longer there (a disk unplugged, a folder moved). */
      missing: boolean
    }
  | {
      kind: 'team'
      teamName: string
      host: string
      port: number
      /** Who this computer signs in as. */
      memberName: string | null
      /** This computer runs the team's server. */
      hostedHere: boolean
    }
)

const Key = z.string().trim().min(1, 'Choose a workspace').max(2000)

export const workspacesContract = {
  /** The workspaces opened on this computer, most recent first. */
  'workspaces.recent': call(z.object({}).strict()).returns<RecentWorkspace[]>(),
  /** Closes the open workspace (its pending writes finished, its live link closed) and opens this one. */
  'workspaces.open': call(z.object({ key: Key }).strict()).returns<WorkspaceStatus>(),
  /** Asks for a folder and opens the solo workspace in it (an empty folder gets a new workspace); null when the person cancels. */
  'workspaces.openFolder': call(z.object({}).strict()).returns<WorkspaceStatus | null>(),
  /** Asks for a workspace file (an offline copy of a team, a backup) and opens it where it is as a solo workspace; null when the person cancels. */
  'workspaces.openFile': call(z.object({}).strict()).returns<WorkspaceStatus | null>(),
  /** Takes a workspace off the list (its data stays where it is). */
  'workspaces.forget': call(z.object({ key: Key }).strict()).returns<RecentWorkspace[]>(),
}
