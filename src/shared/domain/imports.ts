import type { CustomFieldEntity, CustomFieldType } from './customFields'

// What an import can fill in and the choices that say how a file is read (what the screens show
// of a file and of an import is in importResults.ts).

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
  'status',
  'value',
  'valueMicros',
  'currency',
  'tags',
  'notes',
  'createdOn',
  'expectedCloseOn',
  'closeDate',
  'closedOn',
  'wonOn',
  'lostOn',
  'lostReason',
  'title',
  'jobTitle',
  'domain',
  'industry',
  'size',
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
  status: 'Status (open, won or lost)',
  owner: 'Owner',
  value: 'Value',
  valueMicros: 'Value in millionths',
  currency: 'Currency',
  tags: 'Tags',
  notes: 'Notes',
  createdOn: 'Created on',
  expectedCloseOn: 'Expected close',
  closeDate: 'Close date (expected, or when closed)',
  closedOn: 'Closed on (won or lost)',
  wonOn: 'Won on',
  lostOn: 'Lost on',
  lostReason: 'Lost reason',
  title: 'Deal title',
  jobTitle: 'Job title',
  domain: 'Domain or website',
  industry: 'Industry',
  size: 'Size (employees)',
}


/** What a file holds: leads (the default), campaigns, or contacts — people and organisations without deals. */
export const IMPORT_KINDS = ['leads', 'campaigns', 'contacts'] as const
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

/** Fields read as days, and as amounts: the columns whose values tell the date order and decimal mark. */
export const DAY_FIELDS: readonly MappableField[] = ['createdOn', 'expectedCloseOn', 'closeDate', 'closedOn', 'wonOn', 'lostOn', 'startsOn', 'endsOn']
export const AMOUNT_FIELDS: readonly MappableField[] = ['value', 'budget']

/** One entry per column of the file: the Baton field it fills, or null to leave it out. */
export type ColumnMapping = Array<MappableField | null>

/**
 * A column no Baton field takes, kept in a custom field: one the firm has, or a new one the import
 * makes (on leads, people or organisations; its type guessed from the column's values, changeable).
 */
export type CustomColumnChoice = { kind: 'existing'; fieldId: number } | { kind: 'new'; entity: CustomFieldEntity; label: string; type: CustomFieldType; options: string[] }

/**
 * What to do with a campaign, stage or owner the file names that Baton does not know:
 * create it, use an existing one instead, leave the lead without one, or reject those rows.
 */
export type RefChoice = { kind: 'create' } | { kind: 'existing'; id: number } | { kind: 'empty' } | { kind: 'reject' }
/** For what Baton keeps by name (owners, lost reasons): add it, use one Baton has, leave it empty, or reject the rows. */
export type NameChoice = { kind: 'create' } | { kind: 'existing'; name: string } | { kind: 'empty' } | { kind: 'reject' }
export type OwnerChoice = NameChoice
/** What a status the file names means: the lead stays open in its stage, is won or lost, or the rows are rejected. */
export type StatusChoice = { kind: 'open' } | { kind: 'won' } | { kind: 'lost' } | { kind: 'reject' }

/** The person's choices, keyed by the value as the file writes it (trimmed). */
export interface ValueMap {
  campaign: Record<string, RefChoice>
  stage: Record<string, RefChoice>
  owner: Record<string, OwnerChoice>
  status: Record<string, StatusChoice>
  lostReason: Record<string, NameChoice>
}

export const EMPTY_VALUE_MAP: ValueMap = { campaign: {}, stage: {}, owner: {}, status: {}, lostReason: {} }
export const VALUE_MAP_FIELDS = ['campaign', 'stage', 'status', 'owner', 'lostReason'] as const

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
  status: UnknownValueList<StatusChoice>
  owner: UnknownValueList<OwnerChoice>
  lostReason: UnknownValueList<NameChoice>
  known: {
    campaigns: Array<{ id: number; name: string }>
    /** The chosen pipeline's stages, in board order. */
    stages: Array<{ id: number; name: string; kind: 'open' | 'won' | 'lost' }>
    /** The team (everyone who owns leads). */
    owners: string[]
    /** The firm's list of reasons deals are lost. */
    lostReasons: string[]
  }
}

export type DuplicatePolicy = 'skip' | 'update' | 'create'
export type DayOrder = 'dmy' | 'mdy'
export type DecimalMark = '.' | ','

/** The text encodings Baton reads a CSV file in. */
export const TEXT_ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const
export type TextEncoding = (typeof TEXT_ENCODINGS)[number]
export const TEXT_ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252 (Western European)',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
}

/** Amounts in another currency than the workspace's: converted at a rate the person types (units of the workspace's currency per unit of this one), or left out. */
export type CurrencyChoice = { kind: 'convert'; rate: string } | { kind: 'reject' }

/** Won and lost leads the file gives no close date for: closed on a day the person picks, or left out. */
export type CloseDayFallback = { kind: 'day'; day: string } | { kind: 'reject' }

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
  /** Leads (when absent), campaigns, or contacts (people and organisations, no deals). */
  kind?: ImportKind
  /** Choices for unknown campaign, stage, status, owner and lost-reason values; values not in it get Baton's suggestion. */
  valueMap?: ValueMap
  /** The spreadsheet row that holds the column names (1 = the first); null or absent: Baton finds it. */
  headerRow?: number | null
  /** The CSV's text encoding; null or absent: Baton tells it from the file. */
  encoding?: TextEncoding | null
  /** By currency code: what to do with amounts in a currency other than the workspace's. A currency not in it waits for a choice (the preview asks). */
  currencies?: Record<string, CurrencyChoice>
  /** For won or lost leads without a close date in the file; null or absent: the preview asks. */
  closeDayFallback?: CloseDayFallback | null
  /** By column, for columns the mapping leaves out: the custom field that keeps their values (null or absent: none). */
  customColumns?: Array<CustomColumnChoice | null>
}

/**
 * What the values of one column say about how the file writes dates and amounts, counted over
 * the rows read for the summary: dates that can only be day first (13/02) or month first (02/13),
 * and amounts that can only have a decimal comma (1.234,50) or point (1,234.50).
 */
export interface ColumnHint {
  dayFirst: number
  monthFirst: number
  decimalComma: number
  decimalPoint: number
}

/** The date order and decimal mark the mapped date and amount columns point to (null where they don't tell). */
export function guessReading(mapping: ColumnMapping, hints: readonly ColumnHint[]): { dayOrder: DayOrder | null; decimalMark: DecimalMark | null } {
  const total: ColumnHint = { dayFirst: 0, monthFirst: 0, decimalComma: 0, decimalPoint: 0 }
  mapping.forEach((field, column) => {
    const hint = hints[column]
    if (!field || !hint) return
    if (DAY_FIELDS.includes(field)) {
      total.dayFirst += hint.dayFirst
      total.monthFirst += hint.monthFirst
    }
    if (AMOUNT_FIELDS.includes(field)) {
      total.decimalComma += hint.decimalComma
      total.decimalPoint += hint.decimalPoint
    }
  })
  return {
    dayOrder: total.dayFirst > total.monthFirst ? 'dmy' : total.monthFirst > total.dayFirst ? 'mdy' : null,
    decimalMark: total.decimalComma > total.decimalPoint ? ',' : total.decimalPoint > total.decimalComma ? '.' : null,
  }
}
