// CSV as RFC 4180 describes it (comma, CRLF, quotes doubled), UTF-8 with a byte-order
// mark so Excel and Numbers read accents, and formula injection neutralised per OWASP:
// text that a spreadsheet would run as a formula gets a leading single quote.

/** The byte-order mark that tells spreadsheet apps the file is UTF-8. */
export const UTF8_BOM = '\uFEFF'

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** A cell value as a report or table hands it over; numbers stay numbers so a spreadsheet can sum them. */
export type CsvCell = string | number | null | undefined

/** Prefixes text a spreadsheet would treat as a formula (`=`, `+`, `-`, `@`, tab, carriage return) with `'`. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/**
 * One cell as CSV text. Finite numbers are written as plain numbers (a number's text can
 * never be a formula, and "-12.5" must stay a number to be summed); all text is neutralised.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const safe = neutraliseFormula(value)
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** One record, ending in CRLF. */
export function csvLine(cells: readonly CsvCell[]): string {
  let line = ''
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvCell(cells[i])
  return `${line}\r\n`
}

/** A whole small CSV document (header and rows) with its byte-order mark. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let text = UTF8_BOM + csvLine(header)
  for (const row of rows) text += csvLine(row)
  return text
}
