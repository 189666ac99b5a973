// The start: from opening a workspace of --leads leads to the first board's data through the
// handlers (the renderer's first question, whether the file is damaged, then board.load),
// against the floor of opening the same file with raw better-sqlite3 and running the same
// board SQL. The file's integrity check runs behind the first screen (src/main/db/integrity-gate.ts);
// what it costs on its own is logged, untimed.
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { DATABASE_FILE_NAME } from '../../src/main/db/open'
import { openWorkspace } from '../../src/main/workspace'
import type { BoardData } from '../../src/shared/domain/board'
import type { BenchCase, BenchKit } from './kit'
import { boardLoad, firstPipeline } from './pipeline'
import { call } from './read'

const WARMUP = 3
const REPEAT = 15

/** Median of calls that time themselves (an open is timed up to its first board, not through its close). */
async function medianOfTimed(call: () => Promise<number> | number): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await call()
  const times: number[] = []
  for (let i = 0; i < REPEAT; i++) times.push(await call())
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] as number
}

export function openCases(kit: BenchKit): BenchCase[] {
  const board = boardLoad(kit)
  let checkMs: number | undefined
  const pipelineOf = async () => {
    const dir = await kit.seeded()
    const sqlite = new BetterSqlite3(join(dir, DATABASE_FILE_NAME), { readonly: true })
    try {
      if (checkMs === undefined) {
        const started = performance.now()
        sqlite.pragma('quick_check')
        checkMs = performance.now() - started
      }
      return { dir, pipelineId: firstPipeline(sqlite) }
    } finally {
      sqlite.close()
    }
  }
  return [
    {
      name: `open-${kit.leadsLabel}`,
      note: () => (checkMs === undefined ? '' : `the integrity check alone ${Math.round(checkMs)} ms, now behind the first screen`),
      async baton() {
        const { dir, pipelineId } = await pipelineOf()
        return medianOfTimed(async () => {
          const started = performance.now()
          const workspace = await openWorkspace(dir, 'bench')
          try {
            const status = await call<{ damaged: boolean }>(workspace.dispatch, 'recovery.status', {})
            if (status.damaged) throw new Error('bench: the seeded file reads as damaged')
            const data = await call<BoardData>(workspace.dispatch, 'board.load', { pipelineId })
            if (data.columns.length === 0) throw new Error('bench: the board has no columns')
            return performance.now() - started
          } finally {
            await workspace.close()
          }
        })
      },
      async raw() {
        const { dir, pipelineId } = await pipelineOf()
        return medianOfTimed(() => {
          const started = performance.now()
          const sqlite = new BetterSqlite3(join(dir, DATABASE_FILE_NAME))
          try {
            board.raw(sqlite, pipelineId)(0)
            return performance.now() - started
          } finally {
            sqlite.close()
          }
        })
      },
    },
  ]
}
