// A read timed through dispatch against the same SQL on raw prepared statements: the
// shape most cases take. readCases turns one ReadBench into two cases, the app as it runs
// and its "-uncached" twin (kysely handed the bare connection, no statement cache).
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { DATABASE_FILE_NAME } from '../../src/main/db/open'
import type { Database } from '../../src/main/db/schema'
import type { HandlerContext } from '../../src/main/features/context'
import { handlers } from '../../src/main/handlers'
import { createDispatch, type Dispatch } from '../../src/main/ipc/dispatch'
import { openWorkspace } from '../../src/main/workspace'
import type { BenchCase, BenchKit } from './kit'

/**
 * Both sides return a small summary of their answer; the two are compared once first, so
 * the raw side cannot drift from what the app does.
 */
export interface ReadBench<P> {
  name: string
  /** The seeded workspace folder to read; the kit's shared one (--leads leads) when left out. */
  dir?: () => Promise<string>
  /** What to ask for, picked from the seeded database. */
  pick(sqlite: BetterSqlite3.Database): P
  baton(dispatch: Dispatch, picked: P, i: number): Promise<unknown>
  /** Prepares its statements; returns the i-th repetition. */
  raw(sqlite: BetterSqlite3.Database, picked: P): (i: number) => unknown
}

/** A dispatch call's value, or a thrown error saying which call failed. */
export async function call<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const result = await dispatch(method, input)
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`)
  return result.value as T
}

async function timeRead<P>(kit: BenchKit, bench: ReadBench<P>, dispatch: Dispatch, dir: string): Promise<number> {
  const sqlite = new BetterSqlite3(join(dir, DATABASE_FILE_NAME), { readonly: true })
  try {
    const picked = bench.pick(sqlite)
    const expected = JSON.stringify(bench.raw(sqlite, picked)(0))
    if (JSON.stringify(await bench.baton(dispatch, picked, 0)) !== expected) {
      throw new Error(`${bench.name}: the app's answer no longer matches the raw query in scripts/bench/; update the raw side to match.`)
    }
    let i = 0
    return await kit.medianOf(() => bench.baton(dispatch, picked, i++))
  } finally {
    sqlite.close()
  }
}

/** Two cases per read: through the app as it runs, and with kysely handed the bare connection (no statement cache). */
export function readCases<P>(kit: BenchKit, bench: ReadBench<P>): BenchCase[] {
  const seededDirOf = bench.dir ?? kit.seeded
  const raw = async () => {
    const sqlite = new BetterSqlite3(join(await seededDirOf(), DATABASE_FILE_NAME), { readonly: true })
    try {
      const run = bench.raw(sqlite, bench.pick(sqlite))
      let i = 0
      return await kit.medianOf(() => run(i++))
    } finally {
      sqlite.close()
    }
  }
  return [
    {
      name: bench.name,
      async baton() {
        const dir = await seededDirOf()
        const workspace = await openWorkspace(dir, 'bench')
        try {
          return await timeRead(kit, bench, workspace.dispatch, dir)
        } finally {
          await workspace.close()
        }
      },
      raw,
    },
    {
      name: `${bench.name}-uncached`,
      async baton() {
        const dir = await seededDirOf()
        const file = join(dir, DATABASE_FILE_NAME)
        const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) })
        // Read handlers only: no platform, backups or imports are reached.
        const context = { db, dataFile: file, appVersion: 'bench' } as HandlerContext
        try {
          return await timeRead(kit, bench, createDispatch(context, handlers), dir)
        } finally {
          await db.destroy()
        }
      },
      raw,
    },
  ]
}
