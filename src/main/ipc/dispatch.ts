import { contract, isMethod } from '@shared/contract'
import type { IpcResult } from '@shared/errors'
import type { HandlerContext, HandlerTable } from '../features/context'
import { invalidInput, toErrorShape } from './errorShape'

export type Dispatch = (method: unknown, input: unknown) => Promise<IpcResult<unknown>>

/**
 * The one entry point for every call from the renderer: an unknown method or an
 * input that fails its schema never reaches a handler, and every outcome comes back
 * as a value. Electron's ipc.ts and the e2e harness both call this.
 */
export function createDispatch(ctx: HandlerContext, handlers: HandlerTable, log: (message: string, error: unknown) => void = console.error): Dispatch {
  return async (method, input) => {
    if (!isMethod(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `Baton has no call named “${String(method)}”.` } }
    }
    const parsed = contract[method].input.safeParse(input ?? {})
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) }
    try {
      const handler = handlers[method] as (ctx: HandlerContext, input: unknown) => unknown
      return { ok: true, value: await handler(ctx, parsed.data) }
    } catch (error) {
      return { ok: false, error: toErrorShape(error, method, log) }
    }
  }
}
