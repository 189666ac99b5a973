import type { backupsContract } from '@shared/contract/backups'
import { AppError } from '@shared/errors'
import type { HandlerContext, HandlersFor } from '../context'

const assertNoImport = ({ imports }: HandlerContext) => {
  if (imports.running) throw new AppError('conflict', 'An import is running. Wait for it to finish, then restore.')
}

export const backupsHandlers: HandlersFor<typeof backupsContract> = {
  'backups.list': ({ safety }) => safety.list(),
  'backups.create': ({ safety }) => safety.backup('manual'),
  'backups.restore': (ctx, { name }) => {
    assertNoImport(ctx)
    return ctx.safety.restore(name)
  },
  'backups.openFolder': async ({ safety, platform }) => {
    const folder = safety.folder()
    await platform.openFolder(folder)
    return { folder }
  },
  'backups.chooseFolder': async ({ safety, platform }) => {
    const folder = await platform.pickFolder('Choose a folder for backups')
    return folder ? safety.moveFolder(folder) : null
  },
  'recovery.status': ({ safety }) => safety.recoveryStatus(),
  'recovery.checked': ({ safety }) => safety.checkedStatus(),
  'recovery.restoreNewest': (ctx) => {
    assertNoImport(ctx)
    return ctx.safety.recover()
  },
  'recovery.startFresh': ({ safety }) => safety.startFresh(),
}
