import { contract, isMethod, type Method } from '@shared/contract'
import { AppError, type AppErrorShape, type IpcResult } from '@shared/errors'
import { z } from 'zod'
import { DatabaseDamagedError, DatabaseUnreachableError } from '../db/errors'
import { engineErrorKind, type EngineErrorKind } from '../db/dialect/errors'
import type { HandlerContext, HandlerTable } from '../features/context'

export type Dispatch = (method: unknown, input: unknown) => Promise<IpcResult<unknown>>

function invalidInput(error: z.ZodError): AppErrorShape {
  const issue = error.issues[0]
  const field = issue?.path.map(String).join('.')
  return { code: 'invalid_input', message: issue?.message ?? 'Some of the input is not valid.', ...(field ? { field } : {}) }
}

// What a person reads when the database refuses a write: one place for both engines.
// Constraint violations a service did not turn into its own message (two members saving
// the same name at the same moment, a row another member just deleted) are logged as well.
const ENGINE_MESSAGES: Partial<Record<EngineErrorKind, { shape: AppErrorShape; log?: true }>> = {
  busy: { shape: { code: 'database', message: 'The data file is busy in another program. Close it there and try again.' } },
  disk_full: { shape: { code: 'database', message: 'The disk is full, so nothing was saved. Free some space and try again.' } },
  read_only: { shape: { code: 'database', message: 'The data file is read-only, so nothing was saved.' } },
  unreachable: { shape: { code: 'database', message: 'Baton lost its connection to the team database, so nothing was saved. Check the network and the server, then try again.' } },
  login: { shape: { code: 'database', message: "The team database refused Baton's login, so nothing was saved. Ask the workspace's owner to check your access." } },
  retry: { shape: { code: 'conflict', message: 'Someone changed the same records at the same moment, so nothing was saved. Try again.' } },
  unique: { shape: { code: 'conflict', message: 'That was saved by someone else a moment ago, so nothing was saved. Reload and try again.' }, log: true },
  foreign_key: { shape: { code: 'conflict', message: 'Something this refers to was deleted a moment ago, so nothing was saved. Reload and try again.' }, log: true },
}

export function toErrorShape(error: unknown, method: Method, log: (message: string, error: unknown) => void): AppErrorShape {
  if (error instanceof AppError) return error.toShape()
  if (error instanceof z.ZodError) return invalidInput(error)
  if (error instanceof DatabaseDamagedError || error instanceof DatabaseUnreachableError) return { code: 'database', message: error.message }
  const kind = engineErrorKind(error)
  const known = kind && ENGINE_MESSAGES[kind]
  if (known) {
    if (known.log) log(`baton: ${method} was refused by the database`, error)
    return known.shape
  }
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
