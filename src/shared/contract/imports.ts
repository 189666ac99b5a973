import { z } from 'zod'
import { IMPORT_FIELDS, type FileSummary, type ImportBatch, type ImportJobState } from '../domain/imports'
import { call } from './define'
import { Id } from './fields'

export const ImportOptionsInput = z
  .object({
    mapping: z.array(z.enum(IMPORT_FIELDS).nullable()).max(2_000),
    duplicates: z.enum(['skip', 'update', 'create']).default('skip'),
    dayOrder: z.enum(['dmy', 'mdy']).default('dmy'),
    decimalMark: z.enum(['.', ',']).default('.'),
    createCampaigns: z.boolean().default(false),
    createStages: z.boolean().default(false),
    pipelineId: Id.nullable().default(null),
  })
  .strict()

const JobRef = z.object({ jobId: Id }).strict()

export interface PickedFile extends FileSummary {
  /** Names the file main picked; the renderer never sees or sends a path. */
  fileId: number
}

export const importsContract = {
  /** Asks main to show the file picker, then reads the file's header and first rows. Null when the person cancels. */
  'imports.pickFile': call(z.object({}).strict()).returns<PickedFile | null>(),
  /** Starts a preview (a dry run that rolls back) or the import itself, in a worker thread. */
  'imports.start': call(z.object({ fileId: Id, mode: z.enum(['preview', 'import']), options: ImportOptionsInput }).strict()).returns<{ jobId: number }>(),
  /** Progress is polled: simple, and survives a reload of the page. */
  'imports.progress': call(JobRef).returns<ImportJobState>(),
  'imports.cancel': call(JobRef).returns<ImportJobState>(),
  /** Saves the rejected rows (with row number and problem) as CSV where the person chooses. */
  'imports.saveRejected': call(JobRef).returns<{ savedTo: string | null }>(),
  'imports.batches': call(z.object({}).strict()).returns<ImportBatch[]>(),
  'imports.undo': call(z.object({ batchId: Id }).strict()).returns<{ removed: number; restored: number }>(),
}
