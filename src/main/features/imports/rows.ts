import type { ColumnMapping, DayOrder, DecimalMark, ImportField, MappableField } from '@shared/domain/imports'
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS } from '@shared/domain/imports'
import { PLAIN_AMOUNT, currencyCode, currencyInAmount, withoutCurrency } from './currency'
import { amountCellReason, parseAmountMinor, parseDay, splitTags } from './values'

// One row of the file read into a lead draft, or the reasons it cannot be one.
// Plain and synchronous: the same rules run for the preview and for the import.

export interface LeadDraft {
  /** Null for a row of a company alone: the deal is then the organisation's. */
  personName: string | null
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
  /** The deal's own name ("Acme website redesign"); a file with titles tells a person's deals apart by them. */
  title: string | null
  /** The person's job title, their organisation's domain (or website), industry and size. */
  jobTitle: string | null
  domain: string | null
  industry: string | null
  size: string | null
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
  title: 200,
  jobTitle: 120,
  domain: 500,
  industry: 120,
  size: 60,
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

const DAY_FIELDS = ['createdOn', 'expectedCloseOn', 'closeDate', 'closedOn', 'wonOn', 'lostOn'] as const
type DayField = (typeof DAY_FIELDS)[number]

/**
 * Reads the rows of a leads file into drafts, or the problems that keep them out; warnings say
 * what was read differently from the cell. Made once per import with what it needs worked out
 * (which columns hold what, their names for messages), so reading a row builds no functions.
 */
export class LeadRowReader {
  private readonly at: Record<ImportField, number>
  private readonly days: DayField[]
  private readonly workspace: string

  constructor(
    private readonly columns: Partial<Record<ImportField, number>>,
    private readonly headers: readonly string[],
    private readonly rules: RowRules,
  ) {
    this.at = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, columns[field] ?? -1])) as Record<ImportField, number>
    this.days = DAY_FIELDS.filter((field) => columns[field] !== undefined)
    this.workspace = rules.workspaceCurrency ?? 'USD'
  }

  /** The field's column as the file names it (or the field's label when no column has it). */
  header(field: ImportField): string {
    return this.headers[this.at[field]] ?? IMPORT_FIELD_LABELS[field]
  }

  /** A field's trimmed text; null when the column is not mapped, the cell is empty or over its limit (a problem then). */
  private text(cells: readonly string[], field: ImportField, problems: CellProblem[]): string | null {
    const column = this.at[field]
    if (column < 0) return null
    const cell = cells[column]
    if (cell === undefined || cell === '') return null
    const limit = LIMITS[field] ?? CELL_LIMIT
    // Checked before trimming: a cell of megabytes is not copied to be measured.
    const value = cell.length > limit + 1_000 ? null : cell.trim()
    if (value === '') return null
    if (value === null || value.length > limit) {
      problems.push({ column: this.header(field), reason: `Longer than ${limit.toLocaleString('en-US')} characters` })
      return null
    }
    return value
  }

  read(cells: readonly string[]): { draft: LeadDraft | null; problems: CellProblem[]; warnings: CellProblem[] } {
    const problems: CellProblem[] = []
    const warnings: CellProblem[] = []
    const company = this.text(cells, 'company', problems)
    let personName = this.text(cells, 'personName', problems)
    if (personName === null) {
      const first = this.text(cells, 'firstName', problems)
      const last = this.text(cells, 'lastName', problems)
      personName = first && last ? `${first} ${last}` : (first ?? last)
    }
    // A company alone is a deal with that organisation; neither name leaves nobody to make it with.
    if (!personName && !company && !problems.length) problems.push({ column: this.header(this.at.personName >= 0 ? 'personName' : 'firstName'), reason: 'The person’s name is missing' })

    let notes = this.text(cells, 'notes', problems)
    const rawEmail = this.text(cells, 'email', problems)
    const { email, others } = rawEmail === null ? NO_EMAIL : readEmails(rawEmail, this.header('email'), problems)
    if (others.length > 0) {
      notes = notes ? `${notes}\nOther emails: ${others.join(', ')}` : `Other emails: ${others.join(', ')}`
      warnings.push({ column: this.header('email'), reason: `${others.length + 1} emails in one cell: ${email} is the email, the others are in the notes` })
    }
    const { valueMinor, currency } = this.money(cells, problems)

    const days: Record<DayField, string | null> = { createdOn: null, expectedCloseOn: null, closeDate: null, closedOn: null, wonOn: null, lostOn: null }
    for (const field of this.days) {
      const raw = this.text(cells, field, problems)
      if (raw === null) continue
      days[field] = parseDay(raw, this.rules.dayOrder)
      if (days[field] === null) problems.push({ column: this.header(field), reason: `“${raw}” is not a date` })
    }

    const tagText = this.text(cells, 'tags', problems)
    const tags = tagText === null ? NO_TAGS : splitTags(tagText)
    if (tags.length > 20) problems.push({ column: this.header('tags'), reason: 'More than 20 tags' })
    const longTag = tags.find((tag) => tag.length > 40)
    if (longTag) problems.push({ column: this.header('tags'), reason: `The tag “${longTag.slice(0, 20)}…” is longer than 40 characters` })

    const phone = this.text(cells, 'phone', problems)
    const campaign = this.text(cells, 'campaign', problems)
    const stage = this.text(cells, 'stage', problems)
    const status = this.text(cells, 'status', problems)
    const owner = this.text(cells, 'owner', problems)
    const lostReason = this.text(cells, 'lostReason', problems)
    const title = this.text(cells, 'title', problems)
    const jobTitle = this.text(cells, 'jobTitle', problems)
    const domain = this.text(cells, 'domain', problems)
    const industry = this.text(cells, 'industry', problems)
    const size = this.text(cells, 'size', problems)

    if (problems.length > 0 || (!personName && !company)) return { draft: null, problems, warnings }
    // A company with an email or phone but no one's name: the address is someone's, so that
    // someone is named after the company (as Baton did before people had records of their own).
    if (!personName && (email !== null || phone !== null)) personName = company
    return {
      draft: { personName, company, email, phone, campaign, stage, status, owner, valueMinor, currency, tags, notes, ...days, lostReason, title, jobTitle, domain, industry, size },
      problems,
      warnings,
    }
  }

  /** The amount (in minor units of its own currency) and that currency, when it is not the workspace's. */
  private money(cells: readonly string[], problems: CellProblem[]): { valueMinor: number | null; currency: string | null } {
    let currency: string | null = null
    const currencyText = this.text(cells, 'currency', problems)
    if (currencyText !== null) {
      currency = currencyCode(currencyText, this.workspace)
      if (currency === null) problems.push({ column: this.header('currency'), reason: `“${currencyText}” is not a currency Baton knows: use a code like EUR or USD` })
    }
    let valueMinor: number | null = null
    const value = this.text(cells, 'value', problems)
    if (value !== null) {
      // Most amounts are digits and marks only: no currency to look for.
      const plain = PLAIN_AMOUNT.test(value)
      if (!plain) currency ??= currencyInAmount(value, this.workspace)
      valueMinor = parseAmountMinor(plain ? value : withoutCurrency(value), this.rules.decimalMark)
      if (valueMinor === null) problems.push({ column: this.header('value'), reason: amountCellReason(value, this.rules.decimalMark, plain ? value : withoutCurrency(value)) })
    }
    const micros = this.text(cells, 'valueMicros', problems)
    if (micros !== null) {
      valueMinor = /^\d{1,19}$/.test(micros) ? Math.round(Number(micros) / 10_000) : null
      if (valueMinor === null || valueMinor > 1e13) problems.push({ column: this.header('valueMicros'), reason: `“${micros}” is not an amount in millionths` })
    }
    return { valueMinor, currency: currency === this.workspace ? null : currency }
  }
}

const NO_OTHERS: string[] = []
const NO_EMAIL = { email: null, others: NO_OTHERS }
const NO_TAGS: string[] = []

/** The email, and any more addresses the cell holds ("a@x.com; b@y.com"): the first is the email, the rest go to the notes. */
function readEmails(raw: string, column: string, problems: CellProblem[]): { email: string | null; others: string[] } {
  if (!/[\s,;]/.test(raw)) {
    if (raw.length <= 200 && EMAIL.test(raw)) return { email: raw.toLowerCase(), others: NO_OTHERS }
    problems.push({ column, reason: `“${raw}” is not an email address` })
    return NO_EMAIL
  }
  const parts = raw.split(/[\s,;]+/).filter(Boolean)
  const bad = parts.find((part) => part.length > 200 || !EMAIL.test(part))
  if (bad !== undefined) {
    problems.push({ column, reason: parts.length > 1 ? `“${bad}” in “${raw}” is not an email address` : `“${raw}” is not an email address` })
    return { email: null, others: [] }
  }
  const [first, ...others] = parts.map((part) => part.toLowerCase())
  return { email: first ?? null, others: others.filter((other) => other !== first) }
}
