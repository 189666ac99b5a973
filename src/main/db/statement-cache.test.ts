import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { withStatementCache } from './statement-cache'

describe('withStatementCache', () => {
  let sqlite: BetterSqlite3.Database
  let prepare: MockInstance<BetterSqlite3.Database['prepare']>
  beforeEach(() => {
    sqlite = new BetterSqlite3(':memory:')
    sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT) STRICT')
    prepare = vi.spyOn(sqlite, 'prepare')
  })
  afterEach(() => {
    if (sqlite.open) sqlite.close()
  })

  it('returns the same prepared statement for the same SQL text', () => {
    const cache = withStatementCache(sqlite)
    const a = cache.prepare('SELECT v FROM t WHERE id = ?')
    const b = cache.prepare('SELECT v FROM t WHERE id = ?')
    expect(b).toBe(a)
    expect(prepare).toHaveBeenCalledTimes(1)
    expect(cache.cachedStatements).toBe(1)
  })

  it('prepares different SQL texts separately', () => {
    const cache = withStatementCache(sqlite)
    const a = cache.prepare('SELECT v FROM t WHERE id = ?')
    const b = cache.prepare('SELECT v FROM t WHERE id > ?')
    expect(b).not.toBe(a)
    expect(cache.cachedStatements).toBe(2)
  })

  it('a cached statement still runs with new parameters', () => {
    const cache = withStatementCache(sqlite)
    cache.prepare('INSERT INTO t (v) VALUES (?)').run('one')
    cache.prepare('INSERT INTO t (v) VALUES (?)').run('two')
    expect(cache.prepare('SELECT v FROM t ORDER BY id').all()).toEqual([{ v: 'one' }, { v: 'two' }])
    expect(cache.cachedStatements).toBe(2)
  })

  it('never holds more than its capacity', () => {
    const cache = withStatementCache(sqlite, 3)
    for (let i = 0; i < 10; i++) cache.prepare(`SELECT ${i}`)
    expect(cache.cachedStatements).toBe(3)
  })

  it('drops the least recently used statement first', () => {
    const cache = withStatementCache(sqlite, 2)
    const one = cache.prepare('SELECT 1')
    const two = cache.prepare('SELECT 2')
    expect(cache.prepare('SELECT 1')).toBe(one) // 1 is now the most recent
    cache.prepare('SELECT 3') // evicts 2
    expect(cache.prepare('SELECT 1')).toBe(one)
    prepare.mockClear()
    const twoAgain = cache.prepare('SELECT 2')
    expect(twoAgain).not.toBe(two)
    expect(prepare).toHaveBeenCalledTimes(1)
  })

  it('close() empties the cache and closes the connection', () => {
    const cache = withStatementCache(sqlite)
    cache.prepare('SELECT 1')
    cache.close()
    expect(cache.cachedStatements).toBe(0)
    expect(sqlite.open).toBe(false)
  })
})
