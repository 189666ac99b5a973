import { formatCell, headingWithUnit, UNDEFINED_FIGURE, type ColumnKind, type ReportCell, type ReportColumn } from '@shared/domain/report'
import { breathe, throwIfCancelled, writeAtomically } from './files'
import { excelDay, SHEET_ROWS, XlsxBook, type SheetLayout, type XlsxCell, type SheetWriter } from './xlsxBook'
import type { ExportOptions } from './csvFile'

export interface XlsxSheet {
  title: string
  columns: readonly ReportColumn[]
  /** Rows in chunks, so 100,000 leads stream through without being held at once. */
  chunks: AsyncIterable<ReadonlyArray<readonly ReportCell[]>> | Iterable<ReadonlyArray<readonly ReportCell[]>>
  totals?: readonly ReportCell[]
}

export interface XlsxOptions extends ExportOptions {
  currency: string
  locale: string
  /** Lines for a last "About" sheet (title, firm, period, filters, generated). */
  about?: ReadonlyArray<readonly [string, string]>
  title?: string
  company?: string
}

// Widths are measured on the header and the first rows: enough to fit the data a person sees first.
const SAMPLE_ROWS = 500
const MIN_WIDTH = 8
const MAX_WIDTH = 60

function currencySymbol(currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency
}

export function numberFormat(kind: ColumnKind, currency: string, locale: string): string | undefined {
  switch (kind) {
    case 'money': {
      const symbol = `"${currencySymbol(currency, locale).replaceAll('"', '')}"`
      return `${symbol}#,##0.00;-${symbol}#,##0.00`
    }
    case 'ratio':
      return '0.0%'
    case 'decimal':
    case 'days':
      return '#,##0.0'
    case 'integer':
      return '#,##0'
    case 'date':
      return 'yyyy-mm-dd'
    default:
      return undefined
  }
}

/** The cell as a spreadsheet should hold it: real numbers (money in major units), dates as Excel's day numbers. */
export function xlsxValue(value: ReportCell, kind: ColumnKind): XlsxCell {
  if (value === null) return kind === 'text' ? null : UNDEFINED_FIGURE
  if (typeof value === 'string') return kind === 'date' && DAY.test(value) ? excelDay(value) : value
  return kind === 'money' ? value / 100 : value
}

const DAY = /^\d{4}-\d{2}-\d{2}/

/** Excel allows 31 characters and none of []:*?/\ in a sheet name, unique in the book. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet'
  let name = base
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`
  taken.add(name.toLowerCase())
  return name
}

/** Column widths in characters, estimated from the header and the first rows as a person would read them. */
function fittedWidths(columns: readonly ReportColumn[], head: ReadonlyArray<readonly ReportCell[]>, options: XlsxOptions): number[] {
  return columns.map((column, i) => {
    let longest = headingWithUnit(column, options.currency).length
    for (const row of head) longest = Math.max(longest, formatCell(row[i] ?? null, column.kind, options.currency, options.locale).length)
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2))
  })
}

type Chunks = XlsxSheet['chunks']

/** The chunks holding the first SAMPLE_ROWS rows (for the widths), and all the chunks, those first, to write. */
async function withHead(chunks: Chunks): Promise<{ head: Array<readonly ReportCell[]>; all: AsyncGenerator<ReadonlyArray<readonly ReportCell[]>> }> {
  const iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]()
  const taken: Array<ReadonlyArray<readonly ReportCell[]>> = []
  const head: Array<readonly ReportCell[]> = []
  let done = false
  while (head.length < SAMPLE_ROWS) {
    const next = await iterator.next()
    if (next.done) {
      done = true
      break
    }
    taken.push(next.value)
    head.push(...next.value)
  }
  async function* all() {
    yield* taken
    if (done) return
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value
  }
  return { head, all: all() }
}

/**
 * One table as one sheet (more when it has more rows than Excel allows in one, each with the
 * header again): frozen bold header, fitted widths, typed cells with the column's number format.
 */
async function writeTable(book: XlsxBook, table: XlsxSheet, options: XlsxOptions, taken: Set<string>, progress: { written: number }): Promise<void> {
  const { columns } = table
  const formats = columns.map((column) => numberFormat(column.kind, options.currency, options.locale))
  const plain = formats.map((format) => book.style(format))
  const bold = formats.map((format) => book.style(format, true))
  const heading = book.style(undefined, true)
  const header = columns.map((column) => headingWithUnit(column, options.currency))
  const kinds = columns.map((column) => column.kind)
  const cellsOf = (row: readonly ReportCell[]) => kinds.map((kind, i) => xlsxValue(row[i] ?? null, kind))
  const { head, all } = await withHead(table.chunks)
  const widths = fittedWidths(columns, head, options)
  const layout: SheetLayout = { columns: widths.map((width, i) => ({ width, style: plain[i] ?? 0 })), frozenRows: 1 }
  let part = 1
  const start = async () => {
    const sheet = await book.addSheet(sheetName(part === 1 ? table.title : `${table.title} (${part})`, taken), layout)
    sheet.row(header, header.map(() => heading), heading)
    return sheet
  }
  const next = async (full: SheetWriter) => {
    await full.end()
    part++
    return start()
  }
  let sheet = await start()
  for await (const rows of all) {
    throwIfCancelled(options.signal)
    for (const row of rows) {
      if (sheet.rows === SHEET_ROWS) sheet = await next(sheet)
      sheet.row(cellsOf(row))
    }
    await sheet.flushIfFull()
    progress.written += rows.length
    options.onRows?.(progress.written)
    await breathe()
  }
  if (table.totals) {
    if (sheet.rows === SHEET_ROWS) sheet = await next(sheet)
    sheet.row(cellsOf(table.totals), bold, heading)
  }
  await sheet.end()
}

/** The last sheet: what the report is, for whom, over which period and filters. */
async function writeAbout(book: XlsxBook, lines: ReadonlyArray<readonly [string, string]>, taken: Set<string>): Promise<void> {
  const bold = book.style(undefined, true)
  const sheet = await book.addSheet(sheetName('About this report', taken), { columns: [{ width: 18, style: 0 }, { width: 70, style: 0 }] })
  sheet.row(['About', ''], [bold, bold], bold)
  for (const [label, value] of lines) sheet.row([label, value])
  await sheet.end()
}

/** Writes an .xlsx with one sheet per table, streamed from the tables' chunks; all or nothing. */
export async function writeXlsxFile(target: string, sheets: readonly XlsxSheet[], options: XlsxOptions): Promise<void> {
  await writeAtomically(target, async (temp) => {
    const book = await XlsxBook.create(temp, { creator: 'Baton', created: new Date(), title: options.title, company: options.company })
    try {
      const taken = new Set<string>()
      const progress = { written: 0 }
      for (const sheet of sheets) await writeTable(book, sheet, options, taken, progress)
      if (options.about) await writeAbout(book, options.about, taken)
      throwIfCancelled(options.signal)
      await book.close()
    } catch (error) {
      await book.abandon()
      throw error
    }
  })
}
