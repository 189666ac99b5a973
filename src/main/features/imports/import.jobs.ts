import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type pg from 'pg'
import type { ImportJobState } from '@shared/domain/importResults'
import type { ImportOptions } from '@shared/domain/imports'
import { AppError } from '@shared/errors'
import { toErrorShape } from '../../ipc/errorShape'
import type { ImportRequest, ImportResult } from './import.shared'
import { postgresImportConnection } from './importConnection'
import { runImportOver } from './import.run'
import type { WorkerInput, WorkerMessage } from './import.worker'
import { startImportWorker } from './worker-launcher'

// Import jobs as the main process sees them: one at a time; the renderer polls a job's state
// (progress, outcome) and may cancel it. Into a solo workspace each runs in its own worker thread
// on its own SQLite connection. Into a team workspace it runs here, on a client of the workspace's
// pool held for the import's one transaction: its time goes to waiting on the server (each row's
// statements are awaited), not to this thread, and the connection keeps the settings it was
// opened with (a pinned certificate cannot cross to a worker).

interface Job {
  id: number
  state: ImportJobState
  /** Asks the running import to stop (it rolls back); null once it has settled. */
  cancel: (() => void) | null
  rejectedFile: string
  skippedFile: string
  finished: Promise<void>
}

/** The temporary folders of import jobs are named after the process that made them. */
const FOLDER_PREFIX = 'baton-import-'

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: a process of another user has that id, so it is running.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the temporary files (rejected and skipped rows) of imports whose process is gone:
 * an app killed mid-import never reached close(). Folders of a running Baton are left alone.
 */
export function removeStaleImportFiles(folder = tmpdir()): number {
  let removed = 0
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return 0
  }
  for (const name of names) {
    const pid = /^baton-import-(\d+)-/.exec(name)?.[1]
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue
    rmSync(join(folder, name), { recursive: true, force: true })
    removed++
  }
  return removed
}

/** Where a job imports into: a solo workspace's file, or a team workspace's pool. */
export type ImportTarget = { engine: 'sqlite'; file: string } | { engine: 'postgres'; pool: pg.Pool }

export interface ImportJobsOptions {
  /** Where the import writes (read when a job starts: a solo workspace's file changes on restore). */
  target(): ImportTarget
  /** Runs before an import writes: the automatic backup (a solo workspace's; a server keeps its own). */
  beforeImport(): Promise<void>
}

/**
 * An import's worker keeps a few thousand rows at a time, so a small heap is plenty — and
 * capping it keeps V8 from letting garbage pile up with the file's length: the peak memory of
 * an import stays the same for 20,000 rows or 2 million. A workbook's table of shared strings,
 * which does grow with the file, is held outside the heap as compact UTF-8 (xlsxParts.ts).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 }

const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY'

type Progress = (rowsRead: number, bytesRead: number, totalBytes: number) => void

function rebuildError(message: Extract<WorkerMessage, { type: 'error' }>): unknown {
  if (message.name === 'AppError' && message.code) return new AppError(message.code as AppError['code'], message.message, message.field)
  return Object.assign(new Error(message.message), { code: message.code })
}

export class ImportJobs {
  private jobs = new Map<number, Job>()
  private nextId = 1
  private readonly folder: string
  private files = new Map<number, string>()

  constructor(private options: ImportJobsOptions) {
    removeStaleImportFiles()
    this.folder = mkdtempSync(join(tmpdir(), `${FOLDER_PREFIX}${process.pid}-`))
  }

  /** Keeps a picked file's path in main; the renderer refers to it by this id only. */
  rememberFile(path: string): number {
    const id = this.files.size + 1
    this.files.set(id, path)
    return id
  }

  fileOf(id: number): string {
    const file = this.files.get(id)
    if (!file) throw new AppError('not_found', 'Pick the file again: Baton no longer knows that one.')
    return file
  }

  get running(): boolean {
    return [...this.jobs.values()].some((job) => job.state.status === 'running')
  }

  async start(file: string, options: ImportOptions, mode: 'preview' | 'import'): Promise<number> {
    if (this.running) throw new AppError('conflict', 'Another import is still running. Wait for it to finish or cancel it first.')
    if (mode === 'import') await this.options.beforeImport()
    const id = this.nextId++
    const rejectedFile = join(this.folder, `rejected-${id}.csv`)
    const skippedFile = join(this.folder, `skipped-${id}.csv`)
    const request: ImportRequest = { file, options, mode, rejectedFile, skippedFile }
    const target = this.options.target()
    const job: Job = { id, state: { status: 'running', phase: mode, rowsRead: 0, bytesRead: 0, totalBytes: 0 }, cancel: null, rejectedFile, skippedFile, finished: Promise.resolve() }
    const settle = (state: ImportJobState) => {
      if (job.state.status === 'running') job.state = state
      job.cancel = null
    }
    const progress = (rowsRead: number, bytesRead: number, totalBytes: number) => {
      if (job.state.status === 'running') job.state = { status: 'running', phase: mode, rowsRead, bytesRead, totalBytes }
    }
    const finish = (result: ImportResult) =>
      settle(result.status === 'cancelled' ? { status: 'cancelled', phase: mode } : { status: 'done', phase: mode, outcome: result.outcome, batchId: result.batchId })
    job.finished = target.engine === 'postgres' ? this.runHere(job, target.pool, request, progress, finish, settle) : this.runInWorker(job, target.file, request, progress, finish, settle)
    this.jobs.set(id, job)
    return id
  }

  /** A team workspace's import, on a client of its pool held until the import's transaction ends. */
  private async runHere(job: Job, pool: pg.Pool, request: ImportRequest, progress: Progress, finish: (result: ImportResult) => void, settle: (state: ImportJobState) => void): Promise<void> {
    let cancelled = false
    job.cancel = () => {
      cancelled = true
    }
    try {
      const client = await pool.connect()
      try {
        finish(await runImportOver(postgresImportConnection(client), request, { onProgress: progress, isCancelled: () => cancelled }))
      } finally {
        client.release()
      }
    } catch (error) {
      settle({ status: 'failed', phase: request.mode, message: toErrorShape(error, 'imports.start', console.error).message })
    }
  }

  /** A solo workspace's import, in a worker thread on its own connection to the file. */
  private runInWorker(job: Job, dbFile: string, request: ImportRequest, progress: Progress, finish: (result: ImportResult) => void, settle: (state: ImportJobState) => void): Promise<void> {
    const { file, mode } = request
    const worker = startImportWorker({ dbFile, request } satisfies WorkerInput, WORKER_LIMITS)
    job.cancel = () => worker.postMessage({ type: 'cancel' })
    return new Promise<void>((resolve) => {
      const settled = (state: ImportJobState) => {
        settle(state)
        resolve()
      }
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') progress(message.rowsRead, message.bytesRead, message.totalBytes)
        else if (message.type === 'done') {
          finish(message.result)
          resolve()
        } else if (message.type === 'error') {
          settled({ status: 'failed', phase: mode, message: toErrorShape(rebuildError(message), 'imports.start', console.error).message })
        }
      })
      worker.on('error', (error) => {
        const message =
          (error as { code?: unknown }).code === OUT_OF_MEMORY
            ? `Baton ran out of memory reading ${basename(file)} (a row or cell in it is too large to read). Nothing was saved.`
            : toErrorShape(error, 'imports.start', console.error).message
        settled({ status: 'failed', phase: mode, message })
      })
      worker.on('exit', () => settled({ status: 'failed', phase: mode, message: 'The import stopped unexpectedly and nothing was saved. Try again.' }))
    })
  }

  state(id: number): ImportJobState {
    return this.job(id).state
  }

  cancel(id: number): ImportJobState {
    const job = this.job(id)
    job.cancel?.()
    return job.state
  }

  /** Resolves when the job has settled (tests, and closing the workspace). */
  async settled(id: number): Promise<ImportJobState> {
    const job = this.job(id)
    await job.finished
    return job.state
  }

  rejectedFile(id: number): string {
    return this.job(id).rejectedFile
  }

  skippedFile(id: number): string {
    return this.job(id).skippedFile
  }

  /** Cancels what runs and waits for it, then removes the temporary files. */
  async close(): Promise<void> {
    for (const job of this.jobs.values()) job.cancel?.()
    await Promise.all([...this.jobs.values()].map((job) => job.finished))
    rmSync(this.folder, { recursive: true, force: true })
  }

  private job(id: number): Job {
    const job = this.jobs.get(id)
    if (!job) throw new AppError('not_found', 'That import is no longer known. Start it again.')
    return job
  }
}
