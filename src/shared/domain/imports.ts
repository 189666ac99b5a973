// What an import can fill in, and what the screens show about a running or finished one.

export const IMPORT_FIELDS = [
  'personName',
  'firstName',
  'lastName',
  'company',
  'email',
  'phone',
  'campaign',
  'stage',
  'owner',
  'value',
  'valueMicros',
  'tags',
  'notes',
  'createdOn',
  'expectedCloseOn',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  personName: 'Person (full name)',
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  email: 'Email',
  phone: 'Phone',
  campaign: 'Campaign',
  stage: 'Stage',
  owner: 'Owner',
  value: 'Value',
  valueMicros: 'Value in millionths',
  tags: 'Tags',
  notes: 'Notes',
  createdOn: 'Created on',
  expectedCloseOn: 'Expected close',
}

/** One entry per column of the file: the Baton field it fills, or null to leave it out. */
export type ColumnMapping = Array<ImportField | null>

export type DuplicatePolicy = 'skip' | 'update' | 'create'
export type DayOrder = 'dmy' | 'mdy'
export type DecimalMark = '.' | ','

export interface ImportOptions {
  mapping: ColumnMapping
  duplicates: DuplicatePolicy
  dayOrder: DayOrder
  decimalMark: DecimalMark
  /** Create campaigns named in the file that Baton does not know yet (otherwise those rows are rejected). */
  createCampaigns: boolean
  /** Create stages named in the file in the pipeline (before Won); otherwise those rows are rejected. */
  createStages: boolean
  pipelineId: number | null
}

export interface FileSummary {
  fileName: string
  encoding: string
  format: 'csv' | 'xlsx'
  headers: string[]
  /** The first rows as read, for the mapping step. */
  sample: string[][]
  /** A guess (or the mapping remembered for a file of this shape). */
  mapping: ColumnMapping
  /** True when the mapping is one the person saved for a file with the same columns. */
  remembered: boolean
  /** Guesses from the values: day first when a date like 13/02 appears, comma decimals when 1.234,50 does. */
  dayOrder: DayOrder
  decimalMark: DecimalMark
}

export interface RowProblem {
  /** The row number as a spreadsheet shows it (the header is row 1). */
  row: number
  column: string
  reason: string
}

export interface PreviewLead {
  row: number
  action: 'create' | 'update' | 'skip'
  personName: string
  company: string | null
  email: string | null
  campaign: string | null
  stage: string
  owner: string | null
  valueMinor: number
  tags: string[]
  createdOn: string | null
}

export interface ImportOutcome {
  rowsRead: number
  created: number
  updated: number
  skipped: number
  rejected: number
  campaignsCreated: string[]
  stagesCreated: string[]
  /** Up to the first 200 problems; the rejected-rows CSV has them all. */
  problems: RowProblem[]
  preview: PreviewLead[]
}

export type ImportJobState =
  | { status: 'running'; phase: 'preview' | 'import'; rowsRead: number; bytesRead: number; totalBytes: number }
  | { status: 'done'; phase: 'preview' | 'import'; outcome: ImportOutcome; batchId: number | null }
  | { status: 'cancelled'; phase: 'preview' | 'import' }
  | { status: 'failed'; phase: 'preview' | 'import'; message: string }

export interface ImportBatch {
  id: number
  fileName: string
  createdAt: string
  created: number
  updated: number
  undoneAt: string | null
}
