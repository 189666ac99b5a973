import { copyFileSync } from 'node:fs'
import type { importsContract } from '@shared/contract/imports'
import { AppError } from '@shared/errors'
import type { HandlersFor } from '../context'
import { listBatches, summarizeFile, undoImport } from './imports.service'
import { findUnknownValues } from './unknowns'

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
  'imports.saveRejected': async ({ imports, platform }, { jobId }) => {
    const state = imports.state(jobId)
    if (state.status !== 'done' || state.outcome.rejected === 0) throw new AppError('rule', 'This import has no rejected rows to save.')
    const target = await platform.pickSavePath('rejected-rows.csv')
    if (!target) return { savedTo: null }
    copyFileSync(imports.rejectedFile(jobId), target)
    return { savedTo: target }
  },
  'imports.saveSkipped': async ({ imports, platform }, { jobId }) => {
    const state = imports.state(jobId)
    if (state.status !== 'done' || state.outcome.skipped === 0) throw new AppError('rule', 'This import skipped no rows to save.')
    const target = await platform.pickSavePath('skipped-rows.csv')
    if (!target) return { savedTo: null }
    copyFileSync(imports.skippedFile(jobId), target)
    return { savedTo: target }
  },
  'imports.batches': ({ db }) => listBatches(db),
  'imports.undo': ({ db, imports }, { batchId }) => {
    if (imports.running) throw new AppError('conflict', 'Wait for the running import to finish before undoing another.')
    return undoImport(db, batchId)
  },
}
