import type { CampaignStatus, Channel } from './enums'
import type { ColumnHint, ColumnMapping, CurrencyChoice, DayOrder, DecimalMark, ImportKind, TextEncoding, ValueMap } from './imports'

// What the screens show about a file before it is imported, and about an import running or done.

export interface FileSummary {
  fileName: string
  /** The encoding's name for people ("UTF-8", "Excel workbook"). */
  encoding: string
  /** The CSV's text encoding as Baton reads it; null for a workbook. */
  textEncoding: TextEncoding | null
  /** Characters the encoding could not read anywhere in the file (they would show as “�”). */
  unreadable: number
  format: 'csv' | 'xlsx'
  /** The spreadsheet row the column names are on (1 = the first). */
  headerRow: number
  /** The first rows of the sheet that hold something, for picking the header row. */
  topRows: Array<{ row: number; cells: string[] }>
  headers: string[]
  /** The first rows under the header, as read, for the mapping step. */
  sample: string[][]
  /** Per column: what its values say about dates and amounts. */
  hints: ColumnHint[]
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
  /** Guessed from the mapped columns' values: day first when a date like 13/02 appears, comma decimals when 1.234,50 does. */
  dayOrder: DayOrder
  decimalMark: DecimalMark
}

export interface RowProblem {
  /** The row number as the spreadsheet shows it (blank rows and rows above the header count). */
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
  /** Open, or won or lost on closedOn. */
  outcome: 'open' | 'won' | 'lost'
  closedOn: string | null
  lostReason: string | null
  owner: string | null
  /** In the workspace's currency; null while the amount waits for a rate. */
  valueMinor: number | null
  /** The amount as the file gives it, when it is in another currency. */
  original: { currency: string; valueMinor: number } | null
  tags: string[]
  createdOn: string | null
  /** The row's values kept in custom fields, by field label, as text. */
  custom: Array<{ label: string; value: string }>
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

/** The amounts of one currency other than the workspace's, and what happened to them. */
export interface CurrencySeen {
  currency: string
  rows: number
  /** Their sum in that currency. */
  totalMinor: number
  choice: CurrencyChoice | null
  /** Their sum in the workspace's currency, once converted. */
  convertedMinor: number | null
}

export interface ImportOutcome {
  kind: ImportKind
  /** The rows under the header that hold something (blank rows aside). */
  rowsRead: number
  created: number
  updated: number
  skipped: number
  rejected: number
  /** Of the leads created or updated: how many are won (and their value) and lost. */
  won: number
  wonValueMinor: number
  lost: number
  campaignsCreated: string[]
  stagesCreated: string[]
  lostReasonsCreated: string[]
  /** Owners the import adds to the team. */
  membersCreated: string[]
  /** Custom fields the import made from columns of the file. */
  customFieldsCreated: string[]
  /** People and organisations the import makes, and (a contacts file) those it updates. */
  peopleCreated: number
  organizationsCreated: number
  peopleUpdated: number
  organizationsUpdated: number
  /** Up to the first 200 problems; the rejected-rows CSV has them all. */
  problems: RowProblem[]
  /** Up to the first 200 duplicates skipped, with the lead each duplicates; the skipped-rows CSV has them all. */
  skippedRows: RowProblem[]
  /** Rows imported with something to know (characters that could not be read, emails moved to the notes). */
  warnings: RowProblem[]
  /** Totals and report-footer rows, left out. */
  leftOut: Array<{ row: number; text: string }>
  /** The row the column names were read from. */
  headerRow: number
  workspaceCurrency: string
  currencies: CurrencySeen[]
  /** Won or lost rows the file gives no close date for (they follow closeDayFallback). */
  closedWithoutDay: number
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
  /** The rates amounts in other currencies were converted at. */
  rates: Array<{ currency: string; rate: string }>
}

/** An outcome with nothing counted yet. */
export function emptyOutcome(kind: ImportKind, headerRow: number, workspaceCurrency: string): ImportOutcome {
  return {
    kind,
    rowsRead: 0,
    created: 0,
    updated: 0,
    skipped: 0,
    rejected: 0,
    won: 0,
    wonValueMinor: 0,
    lost: 0,
    campaignsCreated: [],
    stagesCreated: [],
    lostReasonsCreated: [],
    membersCreated: [],
    customFieldsCreated: [],
    peopleCreated: 0,
    organizationsCreated: 0,
    peopleUpdated: 0,
    organizationsUpdated: 0,
    problems: [],
    skippedRows: [],
    warnings: [],
    leftOut: [],
    headerRow,
    workspaceCurrency,
    currencies: [],
    closedWithoutDay: 0,
    preview: [],
    campaignPreview: [],
  }
}
