import ExcelJS from 'exceljs'
import { formatCell, headingWithUnit, UNDEFINED_FIGURE, type ColumnKind, type ReportCell, type ReportColumn } from '@shared/domain/report'
import { breathe, throwIfCancelled, writeAtomically } from './files'
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

/** The cell as a spreadsheet should hold it: real numbers (money in major units), real dates. */
export function xlsxValue(value: ReportCell, kind: ColumnKind): string | number | Date | null {
  if (value === null) return kind === 'text' ? null : UNDEFINED_FIGURE
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return new Date(`${value.slice(0, 10)}T00:00:00Z`)
  if (typeof value === 'string') return value
  return kind === 'money' ? value / 100 : value
}

/** Excel allows 31 characters and none of []:*?/\ in a sheet name, unique in the book. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet'
  let name = base
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`
  taken.add(name.toLowerCase())
  return name
}

async function* sampled(sheet: XlsxSheet, options: XlsxOptions) {
  const head: Array<readonly ReportCell[]> = []
  const iterator = (Symbol.asyncIterator in sheet.chunks ? sheet.chunks[Symbol.asyncIterator]() : sheet.chunks[Symbol.iterator]())
  let next = await iterator.next()
  while (!next.done && head.length < SAMPLE_ROWS) {
    head.push(...next.value)
    next = await iterator.next()
  }
  const widths = sheet.columns.map((column, i) => {
    let longest = headingWithUnit(column, options.currency).length
    for (const row of head) longest = Math.max(longest, formatCell(row[i] ?? null, column.kind, options.currency, options.locale).length)
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2))
  })
  yield { widths, rows: head }
  while (!next.done) {
    yield { widths, rows: next.value }
    next = await iterator.next()
  }
}

/** Writes an .xlsx with one sheet per table: frozen bold header, fitted widths, typed cells; all or nothing. */
export async function writeXlsxFile(target: string, sheets: readonly XlsxSheet[], options: XlsxOptions): Promise<void> {
  let written = 0
  await writeAtomically(target, async (temp) => {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: false })
    book.creator = 'Baton'
    book.created = new Date()
    if (options.title) book.title = options.title
    if (options.company) book.company = options.company
    const taken = new Set<string>()
    for (const sheet of sheets) {
      const formats = sheet.columns.map((column) => numberFormat(column.kind, options.currency, options.locale))
      const worksheet = book.addWorksheet(sheetName(sheet.title, taken), { views: [{ state: 'frozen', ySplit: 1 }] })
      let started = false
      for await (const { widths, rows } of sampled(sheet, options)) {
        throwIfCancelled(options.signal)
        if (!started) {
          started = true
          worksheet.columns = sheet.columns.map((column, i) => ({
            header: headingWithUnit(column, options.currency),
            key: column.key,
            width: widths[i],
            style: formats[i] ? { numFmt: formats[i] } : {},
          }))
          const header = worksheet.getRow(1)
          header.font = { bold: true }
          header.commit()
        }
        for (const row of rows) worksheet.addRow(sheet.columns.map((column, i) => xlsxValue(row[i] ?? null, column.kind))).commit()
        written += rows.length
        options.onRows?.(written)
        await breathe()
      }
      if (sheet.totals) {
        const totals = worksheet.addRow(sheet.columns.map((column, i) => xlsxValue(sheet.totals?.[i] ?? null, column.kind)))
        totals.font = { bold: true }
        totals.commit()
      }
      worksheet.commit()
    }
    if (options.about) {
      const about = book.addWorksheet(sheetName('About this report', taken))
      about.columns = [
        { header: 'About', key: 'k', width: 18 },
        { header: '', key: 'v', width: 70 },
      ]
      about.getRow(1).font = { bold: true }
      for (const [label, value] of options.about) about.addRow([label, value]).commit()
      about.commit()
    }
    throwIfCancelled(options.signal)
    await book.commit()
  })
}
