import { beforeAll, describe, expect, it, vi } from 'vitest'
import { METHODS } from '@shared/contract'
import { IPC_CHANNEL } from '@shared/contract/bridge'

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  contextBridge: {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => {
      electron.exposed.set(key, api)
    }),
  },
  ipcRenderer: {
    invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: 'from main' })),
    send: vi.fn(),
    on: vi.fn(),
  },
}))

vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }))

describe('preload', () => {
  let baton: Record<string, unknown>
  let exposeCalls: number

  beforeAll(async () => {
    await import('./index')
    baton = electron.exposed.get('baton') as Record<string, unknown>
    // Read now: mock call records may be cleared between tests.
    exposeCalls = electron.contextBridge.exposeInMainWorld.mock.calls.length
  })

  it('exposes one object, as window.baton', () => {
    expect(exposeCalls).toBe(1)
    expect([...electron.exposed.keys()]).toEqual(['baton'])
  })

  it('exposes exactly the contract methods, each a function', () => {
    expect(Object.keys(baton).sort()).toEqual([...METHODS].sort())
    for (const method of METHODS) expect(typeof baton[method]).toBe('function')
  })

  it('exposes nothing of ipcRenderer itself', () => {
    expect(Object.values(baton)).not.toContain(electron.ipcRenderer)
    for (const name of ['invoke', 'send', 'on', 'ipcRenderer']) expect(baton).not.toHaveProperty(name)
  })

  it('sends each call over the one channel with its method name and input', async () => {
    for (const method of METHODS) {
      electron.ipcRenderer.invoke.mockClear()
      const input = { probe: method }
      const call = baton[method] as (input: unknown) => Promise<unknown>
      await expect(call(input)).resolves.toEqual({ ok: true, value: 'from main' })
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_CHANNEL, method, input)
    }
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled()
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled()
  })

  it('uses the baton:call channel', () => {
    expect(IPC_CHANNEL).toBe('baton:call')
  })
})
