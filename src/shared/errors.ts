// Errors cross IPC as values, not exceptions: a thrown Error loses its fields on the
// way through contextBridge, and a stack trace means nothing to the person using Baton.
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  /** A save based on an older version of the record: the message says who changed what and when; the form keeps what was typed. */
  | 'stale'
  | 'rule'
  | 'unknown_method'
  | 'forbidden'
  | 'database'
  /** The solo data file is damaged: the renderer shows the recovery screen. */
  | 'damaged'
  | 'internal'

export interface AppErrorShape {
  code: ErrorCode
  message: string
  /** The input field the message is about, as a dotted path (`fields.email`). */
  field?: string
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape }

export class AppError extends Error {
  readonly code: ErrorCode
  readonly field: string | undefined

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.field = field
  }

  toShape(): AppErrorShape {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field }
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} no longer exists. It may have been deleted.`)
