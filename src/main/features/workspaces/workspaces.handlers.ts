import { readdirSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { resolve } from 'node:path'
import type { WorkspaceStatus } from '@shared/contract/teamServer'
import type { workspacesContract } from '@shared/contract/workspaces'
import { folderLabel } from '@shared/domain/workspaceTitle'
import { AppError } from '@shared/errors'
import type { HandlerContext, HandlersFor } from '../context'
import { statusWithMove } from '../team-server/teamServer.service'
import { workspaceStatus } from '../team-server/status'
import { hasDataFile } from './recentWorkspaces'

/** Opens the solo workspace at `picked` (a folder or a file); the one open now stays open when it is the same: one connection to a file, never two. */
async function openSolo(ctx: HandlerContext, picked: string | null): Promise<WorkspaceStatus | null> {
  if (picked === null) return null
  const path = resolve(picked)
  const open = ctx.session.recent().find((w) => w.isOpen)
  if (open?.kind === 'solo' && open.path === path) return workspaceStatus(ctx)
  // A new workspace starts only in an empty folder: never a data file and backups dropped among someone's documents.
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory() && !hasDataFile(path) && readdirSync(path).length > 0) {
    throw new AppError('not_found', `There is no Baton workspace in ${folderLabel(path, homedir())}. Choose the folder that holds baton.sqlite, or an empty folder to start a new workspace.`)
  }
  return workspaceStatus(await ctx.session.switchTo({ kind: 'solo', path }))
}

export const workspacesHandlers: HandlersFor<typeof workspacesContract> = {
  'workspaces.recent': ({ session }) => session.recent(),
  'workspaces.open': async ({ session }, { key }) => statusWithMove(await session.openRecent(key)),
  'workspaces.openFolder': async (ctx) => openSolo(ctx, await ctx.platform.pickFolder('Open a solo workspace folder')),
  'workspaces.openFile': async (ctx) => openSolo(ctx, await ctx.platform.pickWorkspaceFile()),
  'workspaces.forget': ({ session }, { key }) => {
    session.forgetRecent(key)
    return session.recent()
  },
}
