import { contract, isMethod, type Method } from '@shared/contract'
import { AppError, type AppErrorShape, type IpcResult } from '@shared/errors'
import { z } from 'zod'
import { DatabaseDamagedError } from '../db/errors'
import { sqliteCode } from '../db/sqlite-errors'
import type { HandlerContext, HandlerTable } from '../features/context'

export type Dispatch = (method: unknown, input: unknown) => Promise<IpcResult<unknown>>

function invalidInput(error: z.ZodError): AppErrorShape {
  const issue = error.issues[0]
  const field = issue?.path.map(String).join('.')
  return { code: 'invalid_input', message: issue?.message ?? 'Some of the input is not valid.', ...(field ? { field } : {}) }
}

export function toErrorShape(error: unknown, method: Method, log: (message: string, error: unknown) => void): AppErrorShape {
  if (error instanceof AppError) return error.toShape()
  if (error instanceof z.ZodError) return invalidInput(error)
  if (error instanceof DatabaseDamagedError) return { code: 'database', message: error.message }
  const code = sqliteCode(error)
  if (code === 'SQLITE_BUSY') return { code: 'database', message: 'The data file is busy in another program. Close it there and try again.' }
  if (code === 'SQLITE_FULL') return { code: 'database', message: 'The disk is full, so nothing was saved. Free some space and try again.' }
  if (code === 'SQLITE_READONLY') return { code: 'database', message: 'The data file is read-only, so nothing was saved.' }
  log(`baton: ${method} failed`, error)
  return { code: 'internal', message: 'Something went wrong and nothing was saved. Try again; if it keeps happening, restart Baton.' }
}

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
