import type { ColumnMapping, DayOrder, DecimalMark, ImportField, MappableField } from '@shared/domain/imports'
import { IMPORT_FIELD_LABELS } from '@shared/domain/imports'
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
  owner: string | null
  /** null when the file has no value column (an update then keeps the lead's value). */
  valueMinor: number | null
  tags: string[]
  notes: string | null
  createdOn: string | null
  expectedCloseOn: string | null
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
    const value = (cells[column] ?? '').trim()
    if (value === '') return null
    const limit = limits[field]
    if (limit !== undefined && value.length > limit) {
      problems.push({ column: header(field), reason: `Longer than ${limit.toLocaleString('en-US')} characters` })
      return null
    }
    return value
  }
  return { header, text }
}

const LIMITS: Partial<Record<ImportField, number>> = {
  personName: 120,
  firstName: 60,
  lastName: 60,
  company: 120,
  email: 200,
  phone: 40,
  campaign: 200,
  stage: 60,
  owner: 80,
  notes: 10_000,
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export interface RowRules {
  dayOrder: DayOrder
  decimalMark: DecimalMark
}

/** The column index of each mapped field (the first column when a field is mapped twice). */
export function fieldColumns(mapping: ColumnMapping): Partial<Record<MappableField, number>> {
  const columns: Partial<Record<MappableField, number>> = {}
  mapping.forEach((field, column) => {
    if (field && columns[field] === undefined) columns[field] = column
  })
  return columns
}

export function readLeadRow(cells: readonly string[], columns: Partial<Record<ImportField, number>>, headers: readonly string[], rules: RowRules): { draft: LeadDraft | null; problems: CellProblem[] } {
  const problems: CellProblem[] = []
  const { header, text } = cellReader(cells, columns, headers, IMPORT_FIELD_LABELS, LIMITS, problems)

  const company = text('company')
  const joined = [text('firstName'), text('lastName')].filter(Boolean).join(' ')
  const personName = text('personName') ?? (joined || company)
  if (!personName && !problems.length) problems.push({ column: header(columns.personName !== undefined ? 'personName' : 'firstName'), reason: 'The person’s name is missing' })

  const rawEmail = text('email')
  const email = rawEmail?.toLowerCase() ?? null
  if (email && !EMAIL.test(email)) problems.push({ column: header('email'), reason: `“${rawEmail}” is not an email address` })

  let valueMinor: number | null = null
  const value = text('value')
  if (value !== null) {
    valueMinor = parseAmountMinor(value, rules.decimalMark)
    if (valueMinor === null) problems.push({ column: header('value'), reason: `“${value}” is not an amount` })
  } else if (columns.value !== undefined) valueMinor = 0
  const micros = text('valueMicros')
  if (micros !== null) {
    valueMinor = /^\d{1,19}$/.test(micros) ? Math.round(Number(micros) / 10_000) : null
    if (valueMinor === null || valueMinor > 1e13) problems.push({ column: header('valueMicros'), reason: `“${micros}” is not an amount in millionths` })
  }

  const day = (field: 'createdOn' | 'expectedCloseOn') => {
    const raw = text(field)
    if (raw === null) return null
    const parsed = parseDay(raw, rules.dayOrder)
    if (parsed === null) problems.push({ column: header(field), reason: `“${raw}” is not a date` })
    return parsed
  }
  const createdOn = day('createdOn')
  const expectedCloseOn = day('expectedCloseOn')

  const tags = splitTags(text('tags') ?? '')
  if (tags.length > 20) problems.push({ column: header('tags'), reason: 'More than 20 tags' })
  const longTag = tags.find((tag) => tag.length > 40)
  if (longTag) problems.push({ column: header('tags'), reason: `The tag “${longTag.slice(0, 20)}…” is longer than 40 characters` })

  const phone = text('phone')
  const campaign = text('campaign')
  const stage = text('stage')
  const owner = text('owner')
  const notes = text('notes')

  if (problems.length > 0 || !personName) return { draft: null, problems }
  return {
    draft: {
      personName,
      company,
      email,
      phone,
      campaign,
      stage,
      owner,
      valueMinor,
      tags,
      notes,
      createdOn,
      expectedCloseOn,
    },
    problems,
  }
}
