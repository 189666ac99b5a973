// What every bench case is made of, and the tools the feature files share: timing, fresh
// folders, and the seeded workspaces the read cases run on. The runner is scripts/bench.ts.
import { closeSync, copyFileSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { DATABASE_FILE_NAME, openDatabase } from '../../src/main/db/open'
import { generateSample } from '../../src/main/features/sample/generate'
import { computerTimeZone, todayIn } from '../../src/shared/domain/firmClock'

export interface BenchCase {
  name: string
  /** Through Baton's own layers; returns milliseconds. */
  baton(): Promise<number>
  /** The same work on raw better-sqlite3; returns milliseconds. */
  raw(): Promise<number>
  /** What the case measured besides time (a peak of memory), said on its line after the times. */
  note?(): string
}

export interface BenchKit {
  /** How many leads the seeded workspace holds (--leads; 100,000 by default). */
  leads: number
  /** "100k", or the number itself below 1,000: the size in a case's name. */
  leadsLabel: string
  seed: number
  /** The sample's "today", fixed so every run seeds the same data. */
  today: Date
  log: (message: string) => void
  /** A new folder path under the run's temp folder (not yet made). */
  freshDir: () => string
  /** A new folder under the run's temp folder, made. */
  freshDirMade: () => string
  timed: (work: () => unknown) => Promise<number>
  /** Median of up to REPEAT calls after a warm-up (see medianOf). */
  medianOf: (call: () => unknown) => Promise<number>
  /** The shared workspace of `leads` leads; the insert case's own result when it ran first. */
  seeded: () => Promise<string>
  /** Hands a workspace just seeded with `leads` leads to the read cases (the insert case's result). */
  adoptSeeded: (dir: string) => void
  /** The workspace the pipeline cases read: 10,000 leads (the size the board must open smoothly at), or --leads if smaller. */
  seededBoard: () => Promise<string>
  /** A private copy of a seeded workspace, for a case that writes. */
  copyOf: (dir: string) => string
}

const REPEAT = 200
const WARMUP = 10
const MIN_REPEAT = 30
const BUDGET_MS = 3000
const BOARD_LEADS = 10_000

/** Today in the workspace's time zone, which is the computer's (the migration that added it takes it from there). */
export const localDay = (at: Date = new Date()) => todayIn(computerTimeZone(), at)

/** Writes `lines` to `file`, each ended by CRLF, a few thousand at a time: a bench never holds a large file whole. */
export function writeLines(file: string, lines: Iterable<string>): void {
  const fd = openSync(file, 'w')
  try {
    let batch: string[] = []
    for (const line of lines) {
      batch.push(line)
      if (batch.length === 5_000) {
        writeSync(fd, `${batch.join('\r\n')}\r\n`)
        batch = []
      }
    }
    if (batch.length > 0) writeSync(fd, `${batch.join('\r\n')}\r\n`)
  } finally {
    closeSync(fd)
  }
}

export async function timed(work: () => unknown): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/**
 * Median of up to REPEAT timed calls after a warm-up, so one GC pause does not decide
 * the result. Slow calls stop at the time budget (but not before MIN_REPEAT) to keep
 * the whole run within a couple of minutes.
 */
export async function medianOf(call: () => unknown): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await call()
  const times: number[] = []
  const started = performance.now()
  while (times.length < REPEAT && (times.length < MIN_REPEAT || performance.now() - started < BUDGET_MS)) times.push(await timed(call))
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] as number
}

export function benchKit({ root, leads, log }: { root: string; leads: number; log: (message: string) => void }): BenchKit {
  const seed = 42
  const today = new Date('2026-03-15T10:30:00.000Z')
  let dirs = 0
  const freshDir = () => join(root, `db-${++dirs}`)

  async function seedWorkspace(count: number, purpose: string): Promise<string> {
    const dir = freshDir()
    const database = await openDatabase(join(dir, DATABASE_FILE_NAME))
    log(`seeding ${count} leads for ${purpose}`)
    await generateSample(database.db, { leads: count, seed, today })
    await database.close()
    return dir
  }

  let seededDir: Promise<string> | undefined
  let boardDir: Promise<string> | undefined
  const seeded = () => (seededDir ??= seedWorkspace(leads, 'the read cases'))
  return {
    leads,
    leadsLabel: leads >= 1000 ? `${leads / 1000}k` : String(leads),
    seed,
    today,
    log,
    freshDir,
    freshDirMade() {
      const dir = freshDir()
      mkdirSync(dir, { recursive: true })
      return dir
    },
    timed,
    medianOf,
    seeded,
    adoptSeeded(dir) {
      seededDir ??= Promise.resolve(dir)
    },
    seededBoard() {
      if (leads <= BOARD_LEADS) return seeded()
      return (boardDir ??= seedWorkspace(BOARD_LEADS, 'the pipeline cases'))
    },
    copyOf(dir) {
      const copy = freshDir()
      mkdirSync(copy, { recursive: true })
      copyFileSync(join(dir, DATABASE_FILE_NAME), join(copy, DATABASE_FILE_NAME))
      return copy
    },
  }
}
