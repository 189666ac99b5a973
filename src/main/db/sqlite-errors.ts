/** better-sqlite3 throws SqliteError with a `code` such as SQLITE_CONSTRAINT_UNIQUE. */
export function sqliteCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code
  return undefined
}

export const isUniqueViolation = (error: unknown) => sqliteCode(error) === 'SQLITE_CONSTRAINT_UNIQUE'
