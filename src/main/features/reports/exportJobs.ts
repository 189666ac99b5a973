import { randomUUID } from 'node:crypto'
import type { ExportJob } from '@shared/contract/reports'
import { notFound } from '@shared/errors'
import { ExportCancelled } from '../exports/files'

// Exports run in main as async, chunked work (the event loop answers other calls between
// chunks); the renderer polls a job for its progress and may cancel it. Finished jobs are
// kept a while so the page can show the outcome and open the folder.

const KEEP_FINISHED_MS = 30 * 60_000

interface Running {
  job: ExportJob
  controller: AbortController
  finishedAt?: number
}

export interface JobProgress {
  signal: AbortSignal
  report(done: number, total: number, message: string): void
}

const jobs = new Map<string, Running>()

function prune(now: number) {
  for (const [id, entry] of jobs) if (entry.finishedAt !== undefined && now - entry.finishedAt > KEEP_FINISHED_MS) jobs.delete(id)
}

/** Starts `work` without waiting for it; its outcome lands on the job. */
export function startExportJob(label: string, folder: string, work: (progress: JobProgress) => Promise<{ files: string[]; message: string }>): ExportJob {
  prune(Date.now())
  const controller = new AbortController()
  const job: ExportJob = { id: randomUUID(), label, state: 'running', done: 0, total: 0, message: 'Starting…', folder, files: [] }
  const entry: Running = { job, controller }
  jobs.set(job.id, entry)
  const progress: JobProgress = {
    signal: controller.signal,
    report(done, total, message) {
      if (job.state !== 'running') return
      job.done = done
      job.total = total
      job.message = message
    },
  }
  void work(progress).then(
    ({ files, message }) => {
      job.state = controller.signal.aborted ? 'cancelled' : 'done'
      job.files = controller.signal.aborted ? [] : files
      job.message = controller.signal.aborted ? 'Cancelled. No file was written.' : message
      job.done = job.total
      entry.finishedAt = Date.now()
    },
    (error: unknown) => {
      const cancelled = error instanceof ExportCancelled || controller.signal.aborted
      job.state = cancelled ? 'cancelled' : 'failed'
      job.message = cancelled ? 'Cancelled. No file was written.' : failureMessage(error)
      entry.finishedAt = Date.now()
    },
  )
  return { ...job }
}

function failureMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOSPC') return 'The disk is full, so the export was not saved. Free some space and try again.'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'Baton may not write to that folder. Pick another one and try again.'
  if (code === 'ENOENT') return 'That folder no longer exists. Pick another one and try again.'
  return `The export failed and nothing was saved: ${error instanceof Error ? error.message : String(error)}`
}

export function exportJob(id: string): ExportJob {
  const entry = jobs.get(id)
  if (!entry) throw notFound('That export')
  return { ...entry.job, files: [...entry.job.files] }
}

export function cancelExportJob(id: string): ExportJob {
  const entry = jobs.get(id)
  if (!entry) throw notFound('That export')
  if (entry.job.state === 'running') entry.controller.abort()
  return exportJob(id)
}

/** Waits for a job to finish (for tests and scripts; the renderer polls instead). */
export async function settled(id: string): Promise<ExportJob> {
  for (;;) {
    const job = exportJob(id)
    if (job.state !== 'running') return job
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
