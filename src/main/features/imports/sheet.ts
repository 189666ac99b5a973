import { AppError } from '@shared/errors'
import { CAMPAIGN_HEADER_WORDS, LEAD_HEADER_WORDS } from './headerWords'
import { headerKey } from './headers'
import { MAX_COLUMNS, isBlankRow, type RowSource } from './source'

// A spreadsheet as people make it: a title, a date or a logo's merged cells above the table,
// blank rows between, and a totals row or a report's footer below it. The header is the row
// that reads most like column names; what comes under the table is left out with a note.

/** Rows looked at for the header (a person can pick another among them). */
export const HEADER_SCAN = 30

const KNOWN_WORDS = new Set([...Object.values(LEAD_HEADER_WORDS), ...Object.values(CAMPAIGN_HEADER_WORDS)].flat())
const LOOKS_LIKE_DATA = /^[-+(]?[$€£¥]?\s?\d[\d\s.,:/'’-]*\s?[$€£¥%)]?$|@/

/** How much a row reads like column names: known names count most, text counts, numbers and emails count against. */
function headerScore(cells: readonly string[]): number {
  let filled = 0
  let score = 0
  for (const raw of cells) {
    const cell = raw.trim()
    if (cell === '') continue
    filled++
    if (KNOWN_WORDS.has(headerKey(cell))) score += 3
    else if (LOOKS_LIKE_DATA.test(cell) || cell.length > 60) score -= 1
    else score += 1
  }
  // A title ("Sales 2026", one merged cell) is not a header, however it reads.
  return filled < 2 ? 0 : score
}

/** The spreadsheet row (1 = the first) that holds the column names among the first rows. */
export function findHeaderRow(rows: readonly string[][]): number {
  let best = -1
  let bestScore = 0
  rows.slice(0, HEADER_SCAN).forEach((cells, i) => {
    const score = headerScore(cells)
    if (score > bestScore) {
      best = i
      bestScore = score
    }
  })
  if (best >= 0) return best + 1
  const first = rows.findIndex((cells) => !isBlankRow(cells))
  return first >= 0 ? first + 1 : 1
}

export interface Table {
  headers: string[]
  headerRow: number
  /** The rows from the first of `rows` on; the first batch's first row is the spreadsheet row headerRow + 1. */
  batches: AsyncGenerator<string[][]>
  /** The first rows of the sheet as read, the header among them (for picking another header row). */
  top: string[][]
  /** Stops reading the file (when the reader gives up before its end). */
  close(): Promise<void>
}

/** Finds (or takes) the header row and hands on the rows under it, in the source's batches. */
export async function openTable(source: RowSource, headerRow: number | null): Promise<Table> {
  const batches = source.batches()
  const buffered: string[][] = []
  const wanted = Math.max(HEADER_SCAN, headerRow ?? 0)
  let done = false
  while (buffered.length < wanted) {
    const next = await batches.next()
    if (next.done) {
      done = true
      break
    }
    for (const row of next.value) buffered.push(row)
  }
  // A first row too long to keep is the header, and Baton cannot read it.
  const first = buffered.find((cells) => !isBlankRow(cells) || source.tooLong.has(cells))
  const long = first ? source.tooLong.get(first) : undefined
  if (long && headerRow === null) {
    await batches.return(undefined)
    if (long.cells > MAX_COLUMNS) throw new AppError('invalid_input', `${source.fileName} has ${long.cells.toLocaleString('en-US')} columns; Baton reads files with up to ${MAX_COLUMNS.toLocaleString('en-US')}.`)
    throw new AppError('invalid_input', `The first row of ${source.fileName} is ${long.length.toLocaleString('en-US')} characters long, too long to be the column names.`)
  }
  const row = headerRow ?? findHeaderRow(buffered)
  const headerCells = buffered[row - 1]
  if (!headerCells || isBlankRow(headerCells)) {
    await batches.return(undefined)
    if (headerRow !== null && headerCells === undefined) throw new AppError('invalid_input', `${source.fileName} has no row ${headerRow}: pick the row with the column names again.`, 'headerRow')
    throw new AppError('invalid_input', `${source.fileName} is empty: there is no header row to read.`)
  }
  if (headerCells.length > MAX_COLUMNS) {
    await batches.return(undefined)
    throw new AppError('invalid_input', `${source.fileName} has ${headerCells.length.toLocaleString('en-US')} columns; Baton reads files with up to ${MAX_COLUMNS.toLocaleString('en-US')}.`)
  }
  const rest = buffered.slice(row)
  async function* after(): AsyncGenerator<string[][]> {
    if (rest.length > 0) yield rest
    if (done) return
    yield* batches
  }
  return {
    headers: headerCells.map((header) => header.trim()),
    headerRow: row,
    batches: after(),
    top: buffered.slice(0, Math.max(HEADER_SCAN, row)),
    close: async () => {
      await batches.return(undefined)
    },
  }
}

// "Total", "Totals", "Grand Totals (12 records)", "Summe", "Gesamt", "Total général", "Totale",
// "Totaal", "Suma total", "Subtotal" — the whole cell, so "Total Fitness GmbH" stays a company.
const TOTALS = /^(grand\s+|sub\s*)?totals?(\s+(general|geral|generale|général))?\s*(\(.*\))?\s*:?$|^(zwischen|gesamt)?summe\s*:?$|^gesamt(betrag)?\s*:?$|^insgesamt\s*:?$|^totaal\s*:?$|^totale(\s+generale)?\s*:?$|^somme(\s+totale)?\s*:?$|^suma(\s+total)?\s*:?$|^sum\s*:?$/i
// A report's footer line: Salesforce's and Zoho's copyright, confidentiality and "generated by" lines.
const FOOTER = /copyright|©|\(c\)\s*\d{4}|all rights reserved|confidential|do not distribute|vertraulich|generated by|erstellt von|powered by|^\s*\d+\s+records?\s*$/i
const EMAIL_IN = /@[^\s@]+\.[^\s@]+/

/**
 * Tells the rows under a table that are not leads: a totals row (a totals word and numbers, no
 * email) and a report's footer lines; after either, a row with a single cell (the firm's name
 * under a Salesforce report) is footer too.
 */
export class Footers {
  private ended = false

  /** The text to name the row by when it is left out; null for a row of data. */
  leftOut(cells: readonly string[]): string | null {
    let first = 0
    while (first < cells.length && cells[first]!.trim() === '') first++
    if (first === cells.length) return null
    const text = cells[first]!.trim()
    // Most rows: neither a totals word nor a footer's, so the rest of the row is never looked at.
    const totals = TOTALS.test(text)
    if (!this.ended && !totals && !FOOTER.test(text)) return null
    let filled = 1
    for (let i = first + 1; i < cells.length; i++) if (cells[i]!.trim() !== '') filled++
    if (filled === 1 && (this.ended || FOOTER.test(text))) {
      this.ended = true
      return text
    }
    if (totals && !cells.some((cell) => EMAIL_IN.test(cell))) {
      if (/^grand|general|generale|général|geral|gesamt|insgesamt/i.test(text) || /\(.*\)/.test(text)) this.ended = true
      return text
    }
    return null
  }
}
