import type BetterSqlite3 from 'better-sqlite3'

// kysely calls prepare() for every query it runs; preparing costs tens of
// microseconds each time. Handing it this wrapper keeps one prepared statement
// per SQL text (bounded, least recently used dropped first).
export function withStatementCache(sqlite: BetterSqlite3.Database, capacity = 500) {
  const cache = new Map<string, BetterSqlite3.Statement>()
  return {
    prepare(sqlText: string): BetterSqlite3.Statement {
      const hit = cache.get(sqlText)
      if (hit) {
        cache.delete(sqlText)
        cache.set(sqlText, hit)
        return hit
      }
      const statement = sqlite.prepare(sqlText)
      cache.set(sqlText, statement)
      if (cache.size > capacity) cache.delete(cache.keys().next().value as string)
      return statement
    },
    close(): void {
      cache.clear()
      sqlite.close()
    },
    get cachedStatements(): number {
      return cache.size
    },
  }
}
