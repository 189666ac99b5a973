import type { IpcMainInvokeEvent } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC_CHANNEL } from '@shared/contract/bridge'
import { registerIpc } from './ipc'
import type { Dispatch } from './ipc/dispatch'

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

const ipcMain = vi.hoisted(() => ({
  handlers: new Map<string, InvokeHandler>(),
  handle: vi.fn((channel: string, handler: InvokeHandler) => {
    ipcMain.handlers.set(channel, handler)
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel)
  }),
}))

vi.mock('electron', () => ({ ipcMain }))

const APP_URL = 'file:///opt/baton/out/renderer/index.html'
const eventFrom = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } }) as unknown as IpcMainInvokeEvent

describe('registerIpc', () => {
  let dispatch: ReturnType<typeof vi.fn<Dispatch>>
  let isTrusted: ReturnType<typeof vi.fn<(url: string | undefined) => boolean>>
  let unregister: () => void

  beforeEach(() => {
    ipcMain.handlers.clear()
    ipcMain.handle.mockClear()
    ipcMain.removeHandler.mockClear()
    dispatch = vi.fn<Dispatch>(() => Promise.resolve({ ok: true, value: 'dispatched' }))
    isTrusted = vi.fn((url: string | undefined) => url === APP_URL)
    unregister = registerIpc(dispatch, isTrusted)
  })

  const invoke = (url: string | undefined, method: unknown, input: unknown) => {
    const handler = ipcMain.handlers.get(IPC_CHANNEL)
    if (!handler) throw new Error('no handler registered')
    return handler(eventFrom(url), method, input)
  }

  it('registers one handler, on the one channel', () => {
    expect(ipcMain.handle).toHaveBeenCalledTimes(1)
    expect(ipcMain.handle).toHaveBeenCalledWith('baton:call', expect.any(Function))
    expect([...ipcMain.handlers.keys()]).toEqual([IPC_CHANNEL])
  })

  it('passes a call from the app page to the dispatcher', async () => {
    await expect(invoke(APP_URL, 'campaigns.list', { status: 'active' })).resolves.toEqual({ ok: true, value: 'dispatched' })
    expect(isTrusted).toHaveBeenCalledWith(APP_URL)
    expect(dispatch).toHaveBeenCalledWith('campaigns.list', { status: 'active' })
  })

  it.each([
    ['another page', 'https://evil.example/'],
    ['a local file that is not the app', 'file:///tmp/index.html'],
    ['a sender without a frame', undefined],
  ])('refuses %s without dispatching', async (_label, url) => {
    const result = await invoke(url, 'campaigns.delete', { id: 1 })
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) as string } })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('returns a function that removes the handler', () => {
    unregister()
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(IPC_CHANNEL)
    expect(ipcMain.handlers.size).toBe(0)
  })
})
