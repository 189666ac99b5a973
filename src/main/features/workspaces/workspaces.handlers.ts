import { resolve } from 'node:path'
import type { workspacesContract } from '@shared/contract/workspaces'
import type { HandlersFor } from '../context'
import { statusWithMove } from '../team-server/teamServer.service'
import { workspaceStatus } from '../team-server/status'

export const workspacesHandlers: HandlersFor<typeof workspacesContract> = {
  'workspaces.recent': ({ session }) => session.recent(),
  'workspaces.open': async ({ session }, { key }) => statusWithMove(await session.openRecent(key)),
  'workspaces.openFolder': async (ctx) => {
    const folder = await ctx.platform.pickFolder('Open a solo workspace folder')
    if (folder === null) return null
    // The folder open now stays open: one connection to a file, never two.
    const open = ctx.session.recent().find((w) => w.isOpen)
    if (open?.kind === 'solo' && open.folder === resolve(folder)) return workspaceStatus(ctx)
    return workspaceStatus(await ctx.session.switchTo({ kind: 'solo', folder: resolve(folder) }))
  },
  'workspaces.forget': ({ session }, { key }) => {
    session.forgetRecent(key)
    return session.recent()
  },
}
