import { METHODS } from '@shared/contract'
import { APP_EVENT_NAMES } from '@shared/contract/events'
import type { IpcResult } from '@shared/errors'
import type { BrowserContext } from 'playwright-core'
import type { Dispatch } from '../../src/main/ipc/dispatch'

/** The page-side name of the binding; window.baton is the only thing the app should use. */
export const BINDING = '__batonCall'

/**
 * Runs in the page before any of its scripts (so it is serialised with toString():
 * it must not refer to anything outside itself). Builds `window.baton` the way the
 * preload does: one function per contract method, frozen, nothing else.
 */
function installBaton({ methods, binding }: { methods: string[]; binding: string }): void {
  const scope = globalThis as unknown as Record<string, unknown>
  const call = (method: string, input: unknown) => (scope[binding] as (method: string, input: unknown) => Promise<unknown>)(method, input)
  const bridge: Record<string, (input: unknown) => Promise<unknown>> = {}
  for (const method of methods) bridge[method] = (input: unknown) => call(method, input)
  Object.defineProperty(globalThis, 'baton', { value: Object.freeze(bridge), enumerable: true, writable: false, configurable: false })
}

/**
 * Electron's IPC structured-clones results; Playwright's binding transport is JSON-like
 * and would quietly turn a Map, Set or ArrayBuffer into `{}`. Refuse what the two would
 * disagree on so a test never passes on data the real app would see differently.
 */
function assertTransportable(value: unknown, path: string): void {
  if (value === null || value === undefined) return
  const type = typeof value
  if (type === 'string' || type === 'number' || type === 'boolean') return
  if (type !== 'object') throw new TypeError(`e2e bridge: a ${type} at ${path} cannot cross IPC`)
  if (value instanceof Date) return
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertTransportable(item, `${path}[${index}]`))
    return
  }
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(`e2e bridge: ${Object.prototype.toString.call(value)} at ${path} would not reach the page intact; return plain objects and arrays`)
  }
  for (const [key, item] of Object.entries(value)) assertTransportable(item, `${path}.${key}`)
}

/** The page-side name a test uses to send an event as main would (menu click, notification click). */
export const EMIT = '__batonEmit'

/**
 * Builds `window.batonEvents` the way the preload does (only the contract's event names),
 * plus a harness-only `__batonEmit(name, payload)` that plays main's part.
 */
function installEvents({ names, emit }: { names: readonly string[]; emit: string }): void {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const events = {
    on(name: string, listener: (payload: unknown) => void) {
      if (!names.includes(name)) throw new Error(`Baton sends no event named “${name}”.`)
      const set = listeners.get(name) ?? new Set()
      set.add(listener)
      listeners.set(name, set)
      return () => set.delete(listener)
    },
  }
  Object.defineProperty(globalThis, 'batonEvents', { value: Object.freeze(events), enumerable: true, writable: false, configurable: false })
  Object.defineProperty(globalThis, emit, {
    value: (name: string, payload: unknown) => listeners.get(name)?.forEach((listener) => listener(structuredClone(payload))),
  })
}

export interface BridgeHooks {
  /** The dispatcher of the workspace that is open now (it changes on restart()). */
  dispatch(): Dispatch
  /** Frames from any other origin are refused, as main refuses a sender that is not the app's page. */
  isTrustedUrl(url: string): boolean
  /** Told about every `internal` error: one is always a bug worth failing a test for. */
  onInternalError(method: unknown, result: IpcResult<unknown>): void
}

/** Gives every page of `context` the same `window.baton` the preload gives the app, backed by the real handlers. */
export async function installBridge(context: BrowserContext, hooks: BridgeHooks): Promise<void> {
  await context.exposeBinding(BINDING, async (source, method: unknown, input: unknown): Promise<IpcResult<unknown>> => {
    if (!hooks.isTrustedUrl(source.frame.url())) {
      return { ok: false, error: { code: 'forbidden', message: 'This page is not allowed to use Baton’s data.' } }
    }
    // Clone both ways, as IPC does: a handler must not keep a reference into the page's data, nor hand out one of its own.
    const result = structuredClone(await hooks.dispatch()(method, structuredClone(input)))
    assertTransportable(result, String(method))
    if (!result.ok && result.error.code === 'internal') hooks.onInternalError(method, result)
    return result
  })
  await context.addInitScript(installBaton, { methods: [...METHODS], binding: BINDING })
  await context.addInitScript(installEvents, { names: [...APP_EVENT_NAMES], emit: EMIT })
}
