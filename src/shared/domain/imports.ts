import type { CampaignStatus, Channel } from './enums'

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

/** What a file holds: leads (the default) or campaigns. */
export const IMPORT_KINDS = ['leads', 'campaigns'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

export const CAMPAIGN_IMPORT_FIELDS = ['campaignName', 'channel', 'status', 'budget', 'startsOn', 'endsOn', 'objective', 'notes'] as const
export type CampaignImportField = (typeof CAMPAIGN_IMPORT_FIELDS)[number]

export const CAMPAIGN_IMPORT_FIELD_LABELS: Record<CampaignImportField, string> = {
  campaignName: 'Campaign name',
  channel: 'Channel',
  status: 'Status',
  budget: 'Budget',
  startsOn: 'Start date',
  endsOn: 'End date',
  objective: 'Objective',
  notes: 'Notes',
}

/** Every field a column can fill, leads' and campaigns' together ("notes" is in both). */
export type MappableField = ImportField | CampaignImportField
export const MAPPABLE_FIELDS: readonly MappableField[] = [...new Set<MappableField>([...IMPORT_FIELDS, ...CAMPAIGN_IMPORT_FIELDS])]

/** One entry per column of the file: the Baton field it fills, or null to leave it out. */
export type ColumnMapping = Array<MappableField | null>

/**
 * What to do with a campaign, stage or owner the file names that Baton does not know:
 * create it, use an existing one instead, leave the lead without one, or reject those rows.
 */
export type RefChoice = { kind: 'create' } | { kind: 'existing'; id: number } | { kind: 'empty' } | { kind: 'reject' }
export type OwnerChoice = { kind: 'create' } | { kind: 'existing'; name: string } | { kind: 'empty' } | { kind: 'reject' }

/** The person's choices, keyed by the value as the file writes it (trimmed). */
export interface ValueMap {
  campaign: Record<string, RefChoice>
  stage: Record<string, RefChoice>
  owner: Record<string, OwnerChoice>
}

export const EMPTY_VALUE_MAP: ValueMap = { campaign: {}, stage: {}, owner: {} }

export type ValueMapField = keyof ValueMap

export interface UnknownValue<C> {
  /** As the file writes it (trimmed). */
  value: string
  /** Rows that name it. */
  rows: number
  /** The saved choice, a close existing match, or what the create options say. */
  suggested: C
}

export interface UnknownValueList<C> {
  values: Array<UnknownValue<C>>
  /** Distinct unknown values not listed (they follow the create options). */
  more: number
}

/** The file's campaign, stage and owner values Baton does not know, with what it knows to map them to. */
export interface UnknownValues {
  campaign: UnknownValueList<RefChoice>
  stage: UnknownValueList<RefChoice>
  owner: UnknownValueList<OwnerChoice>
  known: {
    campaigns: Array<{ id: number; name: string }>
    /** The chosen pipeline's stages, in board order. */
    stages: Array<{ id: number; name: string }>
    /** Owners already on leads (and team members, once Baton has them). */
    owners: string[]
  }
}

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
  /** Leads (when absent) or campaigns. */
  kind?: ImportKind
  /** Choices for unknown campaign, stage and owner values; values not in it follow createCampaigns/createStages (owners are taken as written). */
  valueMap?: ValueMap
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
  /** What the file seems to hold (or what the person said last time for this shape). */
  kind: ImportKind
  /** A guessed mapping for each kind, for when the person switches. */
  guesses: Record<ImportKind, ColumnMapping>
  /** The unknown-value choices saved with the mapping. */
  valueMap: ValueMap
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

export interface PreviewCampaign {
  row: number
  action: 'create' | 'update' | 'skip'
  name: string
  channel: Channel
  status: CampaignStatus
  budgetMinor: number
  startsOn: string | null
  endsOn: string | null
}

export interface ImportOutcome {
  kind: ImportKind
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
  /** For a campaigns file: its first rows as they will be saved. */
  campaignPreview: PreviewCampaign[]
}

export type ImportJobState =
  | { status: 'running'; phase: 'preview' | 'import'; rowsRead: number; bytesRead: number; totalBytes: number }
  | { status: 'done'; phase: 'preview' | 'import'; outcome: ImportOutcome; batchId: number | null }
  | { status: 'cancelled'; phase: 'preview' | 'import' }
  | { status: 'failed'; phase: 'preview' | 'import'; message: string }

export interface ImportBatch {
  id: number
  kind: ImportKind
  fileName: string
  createdAt: string
  created: number
  updated: number
  undoneAt: string | null
}
