import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import { DatabaseDamagedError } from './errors'
import { appliedMigrations } from './migrate'
import type { Migration } from './migrations'
import type { Database } from './schema'

// A workspace file's integrity check (`PRAGMA quick_check`) reads every page: 0.7 s at
// 100,000 leads. A file that needs no migration opens at once and is checked in a worker
// thread on a read-only connection of its own, while the first screen reads; every write
// waits here until the check has passed, and is refused with the damaged-file error if it
// fails, so a damaged file is never written to. A file about to be migrated (migrations
// write) is checked first, on the spot, as before.

/** The worker's whole program: plain CommonJS run with `eval`, so the app bundle, the tests and the scripts start it alike with no build step. It is handed better-sqlite3's own path. */
const CHECK_PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
// On Linux a thread's nice value is its own: the check yields the CPU to the first screen's reads.
// (Elsewhere it would lower the whole app's priority, so it is left alone.)
if (process.platform === 'linux') {
  try {
    require('node:os').setPriority(19)
  } catch {}
}
let outcome
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true })
  try {
    db.pragma('busy_timeout = 5000')
    const result = db.pragma('quick_check', { simple: true })
    outcome = result === 'ok' ? { ok: true } : { ok: false, detail: String(result) }
  } finally {
    db.close()
  }
} catch (error) {
  outcome = { ok: false, detail: error && error.message ? error.message : String(error), code: error && error.code }
}
parentPort.postMessage(outcome)
`

interface CheckOutcome {
  ok: boolean
  detail?: string
  code?: string
}

/** Codes that say the program could not look at the file, not that the file is damaged. */
const NOT_A_VERDICT = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_CANTOPEN', 'SQLITE_NOMEM', 'SQLITE_IOERR'])

const driverPath = () => createRequire(import.meta.url).resolve('better-sqlite3')

/** Runs the check on the calling thread; throws DatabaseDamagedError when the file fails it. */
export function quickCheck(sqlite: BetterSqlite3.Database, file: string): void {
  const result = sqlite.pragma('quick_check', { simple: true })
  if (result !== 'ok') throw new DatabaseDamagedError(file, String(result))
}

/** True when every migration this build knows is already recorded: opening will write nothing to the file. */
export async function isUpToDate(db: Kysely<Database>, migrations: readonly Migration[]): Promise<boolean> {
  const applied = new Set((await appliedMigrations(db)).map((m) => m.id))
  return applied.size > 0 && migrations.every((m) => applied.has(m.id))
}

export type IntegrityState = 'unchecked' | 'checking' | 'intact' | 'damaged' | 'closed'

/**
 * Holds every write to one open file until the file's integrity check has passed. Created
 * unchecked (nothing may write yet); `checkNow` or `checkInBackground` settles it.
 */
export class IntegrityGate {
  private current: IntegrityState = 'unchecked'
  private worker: Worker | undefined
  private settle!: (error?: Error) => void
  private readonly verdict: Promise<void>

  constructor(readonly file: string) {
    this.verdict = new Promise<void>((resolve, reject) => {
      this.settle = (error) => (error ? reject(error) : resolve())
    })
    // Nobody may be waiting when the check fails; the failure is still kept for the next writer.
    this.verdict.catch(() => undefined)
  }

  get state(): IntegrityState {
    return this.current
  }

  /** True once the file passed: writes go straight through. */
  get intact(): boolean {
    return this.current === 'intact'
  }

  /** Resolves when writing is safe; rejects with DatabaseDamagedError when the file failed its check. */
  whenIntact(): Promise<void> {
    return this.verdict
  }

  /** Checks on the spot (before a migration, or a file not yet in WAL mode). */
  checkNow(sqlite: BetterSqlite3.Database): void {
    try {
      quickCheck(sqlite, this.file)
    } catch (error) {
      this.finish({ ok: false, detail: error instanceof Error ? error.message : String(error) }, error)
      throw error
    }
    this.finish({ ok: true })
  }

  /** Starts the check in a worker thread; the returned gate lets reads through at once. */
  checkInBackground(): void {
    this.current = 'checking'
    const worker = new Worker(CHECK_PROGRAM, { eval: true, workerData: { file: this.file, driver: driverPath() }, execArgv: [] })
    this.worker = worker
    worker.once('message', (outcome: CheckOutcome) => this.fromWorker(outcome))
    // A worker that could not run the check decides nothing: check here instead.
    worker.once('error', () => this.fromWorker({ ok: false, code: 'SQLITE_CANTOPEN' }))
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = undefined
      if (this.current === 'checking') this.fromWorker({ ok: false, code: 'SQLITE_CANTOPEN' })
    })
  }

  private fromWorker(outcome: CheckOutcome): void {
    if (this.current !== 'checking') return
    if (outcome.ok) return this.finish(outcome)
    if (outcome.code && NOT_A_VERDICT.has(outcome.code)) return this.checkHere()
    this.finish(outcome)
  }

  /** The fallback when the worker could not look: the same check on this thread, on its own read-only connection. */
  private checkHere(): void {
    let sqlite: BetterSqlite3.Database | undefined
    try {
      sqlite = new BetterSqlite3(this.file, { readonly: true, fileMustExist: true })
      sqlite.pragma('busy_timeout = 5000')
      quickCheck(sqlite, this.file)
      this.finish({ ok: true })
    } catch (error) {
      this.finish({ ok: false, detail: error instanceof Error ? error.message : String(error) }, error)
    } finally {
      sqlite?.close()
    }
  }

  private finish(outcome: CheckOutcome, error?: unknown): void {
    if (this.current === 'intact' || this.current === 'damaged' || this.current === 'closed') return
    if (outcome.ok) {
      this.current = 'intact'
      this.settle()
      return
    }
    this.current = 'damaged'
    this.settle(error instanceof DatabaseDamagedError ? error : new DatabaseDamagedError(this.file, outcome.detail ?? 'it failed its integrity check'))
  }

  /** Stops a check still running; writes still waiting are refused (the workspace is closing). */
  async close(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    if (this.current === 'checking' || this.current === 'unchecked') {
      this.current = 'closed'
      this.settle(new Error(`Baton closed ${this.file} before its integrity check finished, so nothing more was written to it.`))
    }
    if (worker) await worker.terminate()
  }
}
