import type { Method } from '@shared/contract'
import { AppError, type AppErrorShape } from '@shared/errors'
import { z } from 'zod'
import { DatabaseDamagedError } from '../db/errors'
import { sqliteCode } from '../db/sqlite-errors'

// How any error becomes what the renderer shows: its own message for an AppError, words for
// what the disk or the data file said, and a plain apology (with the details logged) for the rest.
// Apart from dispatch so that code that reports errors without dispatching (the import jobs) does
// not reach the handler table.

export function invalidInput(error: z.ZodError): AppErrorShape {
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
