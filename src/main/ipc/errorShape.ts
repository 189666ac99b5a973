import type { Method } from '@shared/contract'
import { AppError, type AppErrorShape } from '@shared/errors'
import { z } from 'zod'
import { DatabaseDamagedError, DatabaseUnreachableError } from '../db/errors'
import { engineErrorKind, type EngineErrorKind } from '../db/dialect/errors'

// How any error becomes what the renderer shows: its own message for an AppError, words for
// what the disk or the database said, and a plain apology (with the details logged) for the rest.
// Apart from dispatch so that code that reports errors without dispatching (the import jobs) does
// not reach the handler table.

export function invalidInput(error: z.ZodError): AppErrorShape {
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

// What a role may not do, by the kind of call the server refused (its owner-only tables).
const OWNER_ONLY: Array<[RegExp, string]> = [
  [/^(stages|pipelines)\./, 'change pipelines and stages'],
  [/^(preferences|lostReasons|metrics\.set|reports\.setFirmName)/, 'change the workspace’s settings'],
  [/^(team|teamServer)\./, 'change who is on the team'],
  [/delete|remove|bulk/i, 'delete that'],
]

/** A refusal by the team server, in words: what only owners may do, or that this role only reads. */
export function forbiddenShape(method: Method): AppErrorShape {
  const what = OWNER_ONLY.find(([pattern]) => pattern.test(method))?.[1]
  return {
    code: 'forbidden',
    message: what
      ? `Only the team’s owners can ${what}, so nothing was saved. Ask one of them if it needs doing.`
      : 'Your role in this team lets you read and export, not change anything, so nothing was saved. Ask one of the team’s owners for access.',
  }
}

export function toErrorShape(error: unknown, method: Method, log: (message: string, error: unknown) => void): AppErrorShape {
  if (error instanceof AppError) return error.toShape()
  if (error instanceof z.ZodError) return invalidInput(error)
  if (error instanceof DatabaseDamagedError) return { code: 'damaged', message: error.message }
  if (error instanceof DatabaseUnreachableError) return { code: 'database', message: error.message }
  const kind = engineErrorKind(error)
  if (kind === 'forbidden') {
    log(`baton: ${method} was refused by the team server`, error instanceof Error ? error.message : error)
    return forbiddenShape(method)
  }
  const known = kind && ENGINE_MESSAGES[kind]
  if (known) {
    if (known.log) log(`baton: ${method} was refused by the database`, error)
    return known.shape
  }
  log(`baton: ${method} failed`, error)
  return { code: 'internal', message: 'Something went wrong and nothing was saved. Try again; if it keeps happening, restart Baton.' }
}
