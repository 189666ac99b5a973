import { copyFileSync } from 'node:fs'
import type { importsContract } from '@shared/contract/imports'
import { AppError } from '@shared/errors'
import type { HandlerContext, HandlersFor } from '../context'
import { listBatches, summarizeFile, undoImport } from './imports.service'
import { findUnknownValues } from './unknowns'

/** Copies a finished job's rejected (or skipped) rows CSV to where the person chooses. */
async function saveRows({ imports, platform }: HandlerContext, jobId: number, which: 'rejected' | 'skipped'): Promise<{ savedTo: string | null }> {
  const state = imports.state(jobId)
  const count = state.status === 'done' ? state.outcome[which] : 0
  if (count === 0) throw new AppError('rule', which === 'rejected' ? 'This import has no rejected rows to save.' : 'This import skipped no rows to save.')
  const target = await platform.pickSavePath(`${which}-rows.csv`)
  if (!target) return { savedTo: null }
  copyFileSync(which === 'rejected' ? imports.rejectedFile(jobId) : imports.skippedFile(jobId), target)
  return { savedTo: target }
}

export const importsHandlers: HandlersFor<typeof importsContract> = {
  'imports.pickFile': async ({ db, platform, imports }) => {
    const file = await platform.pickImportFile()
    if (!file) return null
    const summary = await summarizeFile(db, file)
    return { ...summary, fileId: imports.rememberFile(file) }
  },
  'imports.readFile': async ({ db, imports }, { fileId, headerRow, encoding }) => ({ ...(await summarizeFile(db, imports.fileOf(fileId), { headerRow, encoding })), fileId }),
  'imports.unknownValues': ({ db, imports }, { fileId, options }) => findUnknownValues(db, imports.fileOf(fileId), options),
  'imports.start': async ({ imports }, { fileId, mode, options }) => ({ jobId: await imports.start(imports.fileOf(fileId), options, mode) }),
  'imports.progress': ({ imports }, { jobId }) => imports.state(jobId),
  'imports.cancel': ({ imports }, { jobId }) => imports.cancel(jobId),
  'imports.saveRejected': (ctx, { jobId }) => saveRows(ctx, jobId, 'rejected'),
  'imports.saveSkipped': (ctx, { jobId }) => saveRows(ctx, jobId, 'skipped'),
  'imports.batches': ({ db }) => listBatches(db),
  'imports.undo': ({ db, imports }, { batchId }) => {
    if (imports.running) throw new AppError('conflict', 'Wait for the running import to finish before undoing another.')
    return undoImport(db, batchId)
  },
}
