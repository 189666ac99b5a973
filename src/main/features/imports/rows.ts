import type { ColumnMapping, DayOrder, DecimalMark, ImportField, MappableField } from '@shared/domain/imports'
import { IMPORT_FIELD_LABELS } from '@shared/domain/imports'
import { currencyCode, currencyInAmount, withoutCurrency } from './currency'
import { parseAmountMinor, parseDay, splitTags } from './values'

// One row of the file read into a lead draft, or the reasons it cannot be one.
// Plain and synchronous: the same rules run for the preview and for the import.

export interface LeadDraft {
  personName: string
  company: string | null
  email: string | null
  phone: string | null
  campaign: string | null
  stage: string | null
  /** The status as the file writes it (open, won, lost, or another tool's word for them). */
  status: string | null
  owner: string | null
  /** In the row's currency; null when the file has no value for it (an update then keeps the lead's value). */
  valueMinor: number | null
  /** The currency the amount is in, when the file says and it is not the workspace's. */
  currency: string | null
  tags: string[]
  notes: string | null
  createdOn: string | null
  expectedCloseOn: string | null
  /** "Close date": expected while the lead is open, the day it closed once won or lost. */
  closeDate: string | null
  closedOn: string | null
  wonOn: string | null
  lostOn: string | null
  lostReason: string | null
}

export interface CellProblem {
  column: string
  reason: string
}

/**
 * Reads the cells of one row by field: `text` gives a field's trimmed text (null when the
 * column is not mapped or the cell is empty) and notes a problem when it is over its limit;
 * `header` names the field's column as the file does, for messages.
 */
export function cellReader<F extends string>(
  cells: readonly string[],
  columns: Partial<Record<F, number>>,
  headers: readonly string[],
  labels: Record<F, string>,
  limits: Partial<Record<F, number>>,
  problems: CellProblem[],
): { header: (field: F) => string; text: (field: F) => string | null } {
  const header = (field: F) => headers[columns[field] ?? -1] ?? labels[field]
  const text = (field: F): string | null => {
    const column = columns[field]
    if (column === undefined) return null
    const cell = cells[column] ?? ''
    const limit = limits[field] ?? CELL_LIMIT
    // Checked before trimming: a cell of megabytes is not copied to be measured.
    if (cell.length > limit + 1_000) {
      problems.push({ column: header(field), reason: `Longer than ${limit.toLocaleString('en-US')} characters` })
      return null
    }
    const value = cell.trim()
    if (value === '') return null
    if (value.length > limit) {
      problems.push({ column: header(field), reason: `Longer than ${limit.toLocaleString('en-US')} characters` })
      return null
    }
    return value
  }
  return { header, text }
}

/** The longest cell any field takes, unless it says otherwise. */
export const CELL_LIMIT = 10_000

const LIMITS: Partial<Record<ImportField, number>> = {
  personName: 120,
  firstName: 60,
  lastName: 60,
  company: 120,
  // Several addresses can share a cell; each is at most 200 characters.
  email: 2_000,
  phone: 40,
  campaign: 200,
  stage: 60,
  status: 60,
  owner: 80,
  value: 100,
  valueMicros: 100,
  currency: 40,
  tags: 2_000,
  notes: 10_000,
  createdOn: 100,
  expectedCloseOn: 100,
  closeDate: 100,
  closedOn: 100,
  wonOn: 100,
  lostOn: 100,
  lostReason: 200,
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export interface RowRules {
  dayOrder: DayOrder
  decimalMark: DecimalMark
  /** Amounts in this currency are the workspace's own (the default is US dollars). */
  workspaceCurrency?: string
}

/** The column index of each mapped field (the first column when a field is mapped twice). */
export function fieldColumns(mapping: ColumnMapping): Partial<Record<MappableField, number>> {
  const columns: Partial<Record<MappableField, number>> = {}
  mapping.forEach((field, column) => {
    if (field && columns[field] === undefined) columns[field] = column
  })
  return columns
}

/** One row of a leads file: the draft, or the problems that keep it out; warnings say what was read differently from the cell. */
export function readLeadRow(
  cells: readonly string[],
  columns: Partial<Record<ImportField, number>>,
  headers: readonly string[],
  rules: RowRules,
): { draft: LeadDraft | null; problems: CellProblem[]; warnings: CellProblem[] } {
  const problems: CellProblem[] = []
  const warnings: CellProblem[] = []
  const { header, text } = cellReader(cells, columns, headers, IMPORT_FIELD_LABELS, LIMITS, problems)
  const workspace = rules.workspaceCurrency ?? 'USD'

  const company = text('company')
  const joined = [text('firstName'), text('lastName')].filter(Boolean).join(' ')
  const personName = text('personName') ?? (joined || company)
  if (!personName && !problems.length) problems.push({ column: header(columns.personName !== undefined ? 'personName' : 'firstName'), reason: 'The person’s name is missing' })

  let notes = text('notes')
  const { email, others } = readEmails(text('email'), header('email'), problems)
  if (others.length > 0) {
    notes = [notes, `Other emails: ${others.join(', ')}`].filter(Boolean).join('\n')
    warnings.push({ column: header('email'), reason: `${others.length + 1} emails in one cell: ${email} is the email, the others are in the notes` })
  }

  const { valueMinor, currency } = readMoney(text, header, rules.decimalMark, workspace, problems)

  const day = (field: 'createdOn' | 'expectedCloseOn' | 'closeDate' | 'closedOn' | 'wonOn' | 'lostOn') => {
    const raw = text(field)
    if (raw === null) return null
    const parsed = parseDay(raw, rules.dayOrder)
    if (parsed === null) problems.push({ column: header(field), reason: `“${raw}” is not a date` })
    return parsed
  }
  const createdOn = day('createdOn')
  const expectedCloseOn = day('expectedCloseOn')
  const closeDate = day('closeDate')
  const closedOn = day('closedOn')
  const wonOn = day('wonOn')
  const lostOn = day('lostOn')

  const tags = splitTags(text('tags') ?? '')
  if (tags.length > 20) problems.push({ column: header('tags'), reason: 'More than 20 tags' })
  const longTag = tags.find((tag) => tag.length > 40)
  if (longTag) problems.push({ column: header('tags'), reason: `The tag “${longTag.slice(0, 20)}…” is longer than 40 characters` })

  const phone = text('phone')
  const campaign = text('campaign')
  const stage = text('stage')
  const status = text('status')
  const owner = text('owner')
  const lostReason = text('lostReason')

  if (problems.length > 0 || !personName) return { draft: null, problems, warnings }
  return {
    draft: { personName, company, email, phone, campaign, stage, status, owner, valueMinor, currency, tags, notes, createdOn, expectedCloseOn, closeDate, closedOn, wonOn, lostOn, lostReason },
    problems,
    warnings,
  }
}

/** The email, and any more addresses the cell holds ("a@x.com; b@y.com"): the first is the email, the rest go to the notes. */
function readEmails(raw: string | null, column: string, problems: CellProblem[]): { email: string | null; others: string[] } {
  if (raw === null) return { email: null, others: [] }
  const parts = /[\s,;]/.test(raw) ? raw.split(/[\s,;]+/).filter(Boolean) : [raw]
  const bad = parts.find((part) => part.length > 200 || !EMAIL.test(part))
  if (bad !== undefined) {
    problems.push({ column, reason: parts.length > 1 ? `“${bad}” in “${raw}” is not an email address` : `“${raw}” is not an email address` })
    return { email: null, others: [] }
  }
  const [first, ...others] = parts.map((part) => part.toLowerCase())
  return { email: first ?? null, others: others.filter((other) => other !== first) }
}

type TextOf = (field: ImportField) => string | null

/** The amount (in minor units of its own currency) and that currency, when it is not the workspace's. */
function readMoney(text: TextOf, header: (field: ImportField) => string, mark: DecimalMark, workspace: string, problems: CellProblem[]) {
  let currency: string | null = null
  const currencyText = text('currency')
  if (currencyText !== null) {
    currency = currencyCode(currencyText, workspace)
    if (currency === null) problems.push({ column: header('currency'), reason: `“${currencyText}” is not a currency Baton knows: use a code like EUR or USD` })
  }
  let valueMinor: number | null = null
  const value = text('value')
  if (value !== null) {
    currency ??= currencyInAmount(value, workspace)
    valueMinor = parseAmountMinor(withoutCurrency(value), mark)
    if (valueMinor === null) problems.push({ column: header('value'), reason: `“${value}” is not an amount` })
  }
  const micros = text('valueMicros')
  if (micros !== null) {
    valueMinor = /^\d{1,19}$/.test(micros) ? Math.round(Number(micros) / 10_000) : null
    if (valueMinor === null || valueMinor > 1e13) problems.push({ column: header('valueMicros'), reason: `“${micros}” is not an amount in millionths` })
  }
  return { valueMinor, currency: currency === workspace ? null : currency }
}
