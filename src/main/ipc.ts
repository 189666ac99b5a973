import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { IPC_CHANNEL } from '@shared/contract/bridge'
import type { Dispatch } from './ipc/dispatch'

/** Registers the one IPC channel. The sender must be the app's own page; the dispatcher does the rest. */
export function registerIpc(dispatch: Dispatch, isTrustedSender: (url: string | undefined) => boolean): () => void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      return { ok: false, error: { code: 'forbidden', message: 'This page is not allowed to use Baton’s data.' } }
    }
    return dispatch(method, input)
  })
  return () => ipcMain.removeHandler(IPC_CHANNEL)
}
