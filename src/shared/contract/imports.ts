import { z } from 'zod'
import type { FileSummary, ImportBatch, ImportJobState } from '../domain/importResults'
import { CAMPAIGN_IMPORT_FIELDS, IMPORT_FIELDS, IMPORT_KINDS, TEXT_ENCODINGS, type UnknownValues } from '../domain/imports'
import { CUSTOM_FIELD_ENTITIES, CUSTOM_FIELD_TYPES, MAX_CHOICES } from '../domain/customFields'
import { call } from './define'
import { Id, IsoDay } from './fields'

const RefChoiceInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('create') }).strict(),
  z.object({ kind: z.literal('existing'), id: Id }).strict(),
  z.object({ kind: z.literal('empty') }).strict(),
  z.object({ kind: z.literal('reject') }).strict(),
])
const NameChoiceInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('create') }).strict(),
  z.object({ kind: z.literal('existing'), name: z.string().trim().min(1).max(80) }).strict(),
  z.object({ kind: z.literal('empty') }).strict(),
  z.object({ kind: z.literal('reject') }).strict(),
])
const StatusChoiceInput = z.object({ kind: z.enum(['open', 'won', 'lost', 'reject']) }).strict()
const choices = <T extends z.ZodType>(choice: T) =>
  z.record(z.string().max(200), choice).refine((map) => Object.keys(map).length <= 2_000, 'Too many value choices')

export const ValueMapInput = z
  .object({
    campaign: choices(RefChoiceInput).default({}),
    stage: choices(RefChoiceInput).default({}),
    owner: choices(NameChoiceInput).default({}),
    status: choices(StatusChoiceInput).default({}),
    lostReason: choices(NameChoiceInput).default({}),
  })
  .strict()

/** A rate as a person types it: "0.92", "0,92", "1.0845" — positive, up to 10 decimals. */
export const RateInput = z
  .string()
  .trim()
  .transform((text) => text.replace(',', '.'))
  .refine((text) => /^\d{1,7}(\.\d{1,10})?$/.test(text) && Number(text) > 0, 'Type the rate as a number above 0, like 0.92')

const CurrencyChoiceInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('convert'), rate: RateInput }).strict(),
  z.object({ kind: z.literal('reject') }).strict(),
])

const CloseDayFallbackInput = z.discriminatedUnion('kind', [z.object({ kind: z.literal('day'), day: IsoDay }).strict(), z.object({ kind: z.literal('reject') }).strict()])

const CustomColumnInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('existing'), fieldId: Id }).strict(),
  z
    .object({
      kind: z.literal('new'),
      entity: z.enum(CUSTOM_FIELD_ENTITIES),
      label: z.string().trim().min(1, 'Give the new field a name').max(80, 'Keep the field’s name under 80 characters'),
      type: z.enum(CUSTOM_FIELD_TYPES),
      options: z.array(z.string().trim().min(1).max(60)).max(MAX_CHOICES).default([]),
    })
    .strict(),
])

export const ImportOptionsInput = z
  .object({
    mapping: z.array(z.union([z.enum(IMPORT_FIELDS), z.enum(CAMPAIGN_IMPORT_FIELDS)]).nullable()).max(2_000),
    duplicates: z.enum(['skip', 'update', 'create']).default('skip'),
    dayOrder: z.enum(['dmy', 'mdy']).default('dmy'),
    decimalMark: z.enum(['.', ',']).default('.'),
    createCampaigns: z.boolean().default(false),
    createStages: z.boolean().default(false),
    pipelineId: Id.nullable().default(null),
    kind: z.enum(IMPORT_KINDS).default('leads'),
    valueMap: ValueMapInput.default({ campaign: {}, stage: {}, owner: {}, status: {}, lostReason: {} }),
    headerRow: z.int().min(1).max(10_000_000).nullable().default(null),
    encoding: z.enum(TEXT_ENCODINGS).nullable().default(null),
    currencies: z
      .record(z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code'), CurrencyChoiceInput)
      .refine((map) => Object.keys(map).length <= 200, 'Too many currencies')
      .default({}),
    closeDayFallback: CloseDayFallbackInput.nullable().default(null),
    customColumns: z.array(CustomColumnInput.nullable()).max(2_000).default([]),
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
  /** Reads a picked file again with another header row or encoding (null: Baton's own guess). */
  'imports.readFile': call(
    z.object({ fileId: Id, headerRow: z.int().min(1).max(10_000_000).nullable(), encoding: z.enum(TEXT_ENCODINGS).nullable() }).strict(),
  ).returns<PickedFile>(),
  /** Reads the file's mapped campaign, stage and owner columns and lists the values Baton does not know, with a suggested choice for each. */
  'imports.unknownValues': call(z.object({ fileId: Id, options: ImportOptionsInput }).strict()).returns<UnknownValues>(),
  /** Starts a preview (a dry run that rolls back) or the import itself, in a worker thread. */
  'imports.start': call(z.object({ fileId: Id, mode: z.enum(['preview', 'import']), options: ImportOptionsInput }).strict()).returns<{ jobId: number }>(),
  /** Progress is polled: simple, and survives a reload of the page. */
  'imports.progress': call(JobRef).returns<ImportJobState>(),
  'imports.cancel': call(JobRef).returns<ImportJobState>(),
  /** Saves the rejected rows (with row number and problem) as CSV where the person chooses. */
  'imports.saveRejected': call(JobRef).returns<{ savedTo: string | null }>(),
  /** Saves the rows skipped as duplicates (with row number and the lead each duplicates) as CSV. */
  'imports.saveSkipped': call(JobRef).returns<{ savedTo: string | null }>(),
  'imports.batches': call(z.object({}).strict()).returns<ImportBatch[]>(),
  'imports.undo': call(z.object({ batchId: Id }).strict()).returns<{ removed: number; restored: number }>(),
}
