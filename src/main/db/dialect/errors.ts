// Engine errors, from either engine, sorted into what Baton tells a person. The one place
// that knows better-sqlite3's codes (SQLITE_CONSTRAINT_UNIQUE…) and PostgreSQL's SQLSTATEs.

export type EngineErrorKind =
  | 'unique'
  | 'foreign_key'
  | 'check'
  | 'not_null'
  | 'busy'
  | 'disk_full'
  | 'read_only'
  /** The server cannot be reached, refused the connection, or went away mid-call. */
  | 'unreachable'
  /** The server refused the login (wrong password, no such role or database). */
  | 'login'
  /** Two transactions needed each other's rows, or a serializable one lost; trying again works. */
  | 'retry'

/** better-sqlite3's `code` (SQLITE_…), pg's SQLSTATE (`23505`…) or Node's socket code (ECONNREFUSED…). */
export function engineCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code
  return undefined
}

const SQLITE: Record<string, EngineErrorKind> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign_key',
  SQLITE_CONSTRAINT_CHECK: 'check',
  SQLITE_CONSTRAINT_NOTNULL: 'not_null',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
  SQLITE_FULL: 'disk_full',
  SQLITE_READONLY: 'read_only',
}

const POSTGRES: Record<string, EngineErrorKind> = {
  '23505': 'unique',
  '23503': 'foreign_key',
  // ON DELETE RESTRICT (a deal's person or organisation).
  '23001': 'foreign_key',
  '23514': 'check',
  '23502': 'not_null',
  '40001': 'retry',
  '40P01': 'retry',
  '53100': 'disk_full',
  '25006': 'read_only',
  '28000': 'login',
  '28P01': 'login',
  '3D000': 'login',
  '57P01': 'unreachable',
  '57P02': 'unreachable',
  '57P03': 'unreachable',
  '08000': 'unreachable',
  '08001': 'unreachable',
  '08003': 'unreachable',
  '08006': 'unreachable',
  ECONNREFUSED: 'unreachable',
  ECONNRESET: 'unreachable',
  ETIMEDOUT: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENOTFOUND: 'unreachable',
  EPIPE: 'unreachable',
}

// pg reports a connection that ended under it with a plain Error and no code.
const LOST_CONNECTION = /Connection terminated|connection is closed|Client has encountered a connection error|timeout exceeded when trying to connect/i

export function engineErrorKind(error: unknown): EngineErrorKind | undefined {
  const code = engineCode(error)
  // SQLite refuses an ON DELETE RESTRICT (a deal's person or organisation) through its trigger machinery.
  if (code === 'SQLITE_CONSTRAINT_TRIGGER' && error instanceof Error && /FOREIGN KEY/.test(error.message)) return 'foreign_key'
  if (code !== undefined) return SQLITE[code] ?? POSTGRES[code]
  if (error instanceof Error && LOST_CONNECTION.test(error.message)) return 'unreachable'
  return undefined
}

export const isUniqueViolation = (error: unknown) => engineErrorKind(error) === 'unique'
