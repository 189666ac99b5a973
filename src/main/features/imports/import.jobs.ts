import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Worker } from 'node:worker_threads'
import type { ImportJobState } from '@shared/domain/importResults'
import type { ImportOptions } from '@shared/domain/imports'
import { AppError } from '@shared/errors'
import { toErrorShape } from '../../ipc/errorShape'
import type { ImportRequest } from './import.shared'
import type { WorkerInput, WorkerMessage } from './import.worker'
import { startImportWorker } from './worker-launcher'

// Import jobs as the main process sees them: one at a time, each in its own worker
// thread; the renderer polls a job's state (progress, outcome) and may cancel it.

interface Job {
  id: number
  state: ImportJobState
  worker: Worker | null
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

export interface ImportJobsOptions {
  /** The data file the worker opens its own connection to (read when a job starts: it changes on restore). */
  dataFile(): string
  /** Runs before an import writes: the automatic backup. */
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
    const worker = startImportWorker({ dbFile: this.options.dataFile(), request } satisfies WorkerInput, WORKER_LIMITS)
    const job: Job = { id, state: { status: 'running', phase: mode, rowsRead: 0, bytesRead: 0, totalBytes: 0 }, worker, rejectedFile, skippedFile, finished: Promise.resolve() }
    job.finished = new Promise<void>((resolve) => {
      const settle = (state: ImportJobState) => {
        if (job.state.status === 'running') job.state = state
        job.worker = null
        resolve()
      }
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress' && job.state.status === 'running') job.state = { ...job.state, ...message, status: 'running', phase: mode }
        else if (message.type === 'done') {
          settle(message.result.status === 'cancelled' ? { status: 'cancelled', phase: mode } : { status: 'done', phase: mode, outcome: message.result.outcome, batchId: message.result.batchId })
        } else if (message.type === 'error') {
          settle({ status: 'failed', phase: mode, message: toErrorShape(rebuildError(message), 'imports.start', console.error).message })
        }
      })
      worker.on('error', (error) => {
        const message =
          (error as { code?: unknown }).code === OUT_OF_MEMORY
            ? `Baton ran out of memory reading ${basename(file)} (a row or cell in it is too large to read). Nothing was saved.`
            : toErrorShape(error, 'imports.start', console.error).message
        settle({ status: 'failed', phase: mode, message })
      })
      worker.on('exit', () => settle({ status: 'failed', phase: mode, message: 'The import stopped unexpectedly and nothing was saved. Try again.' }))
    })
    this.jobs.set(id, job)
    return id
  }

  state(id: number): ImportJobState {
    return this.job(id).state
  }

  cancel(id: number): ImportJobState {
    const job = this.job(id)
    job.worker?.postMessage({ type: 'cancel' })
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
    for (const job of this.jobs.values()) job.worker?.postMessage({ type: 'cancel' })
    await Promise.all([...this.jobs.values()].map((job) => job.finished))
    rmSync(this.folder, { recursive: true, force: true })
  }

  private job(id: number): Job {
    const job = this.jobs.get(id)
    if (!job) throw new AppError('not_found', 'That import is no longer known. Start it again.')
    return job
  }
}
