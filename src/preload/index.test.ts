import { beforeAll, describe, expect, it, vi } from 'vitest'

import { preloadDefines } from '../../scripts/preload-methods'

// What electron.vite.config.ts writes into the preload at build time, put where the
// preload's free names find them.
const defines = preloadDefines()
for (const [name, json] of Object.entries(defines)) vi.stubGlobal(name, JSON.parse(json))
import { METHODS } from '@shared/contract'
import { IPC_CHANNEL } from '@shared/contract/bridge'
import { APP_EVENT_NAMES, EVENT_CHANNEL, type BatonEvents } from '@shared/contract/events'

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
    removeListener: vi.fn(),
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

  it('exposes the calls as window.baton and the event listener as window.batonEvents, nothing else', () => {
    expect(exposeCalls).toBe(2)
    expect([...electron.exposed.keys()]).toEqual(['baton', 'batonEvents'])
  })

  it('gets its method and event lists from the build step, equal to the contract', () => {
    expect(JSON.parse(defines['__BATON_METHODS__'] ?? '[]')).toEqual(METHODS)
    expect(JSON.parse(defines['__BATON_EVENTS__'] ?? '[]')).toEqual(APP_EVENT_NAMES)
  })

  it('forwards only the named events from the one event channel, and stops when asked', () => {
    const events = electron.exposed.get('batonEvents') as BatonEvents
    const heard: unknown[] = []
    const stop = events.on('open-lead', (payload) => heard.push(payload))
    const [channel, handle] = electron.ipcRenderer.on.mock.calls.at(-1) as [string, (event: unknown, name: unknown, payload: unknown) => void]
    expect(channel).toBe(EVENT_CHANNEL)
    handle({}, 'command', { command: 'new-lead' })
    handle({}, 'open-lead', { leadId: 7 })
    expect(heard).toEqual([{ leadId: 7 }])
    stop()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(EVENT_CHANNEL, handle)
    expect(() => events.on('no-such-event' as 'command', () => undefined)).toThrow(/no event/)
    electron.ipcRenderer.on.mockClear()
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
  })

  it('uses the contract’s channels (the preload repeats them so it imports no contract code)', () => {
    expect(IPC_CHANNEL).toBe('baton:call')
    expect(EVENT_CHANNEL).toBe('baton:event')
  })
})
