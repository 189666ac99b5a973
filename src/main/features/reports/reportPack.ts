import { existsSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ReportSettings } from '@shared/contract/reports'
import { headingWithUnit, plainCell, UNDEFINED_FIGURE, type ReportCell, type ReportDocument, type ReportTable } from '@shared/domain/report'
import type { CsvCell } from '../exports/csv'
import { writeCsvFile } from '../exports/csvFile'
import { throwIfCancelled, writeAtomically } from '../exports/files'
import { writeXlsxFile } from '../exports/xlsx'
import type { JobProgress } from './exportJobs'

/** A name any file system accepts: no slashes, colons or other reserved characters, not too long. */
export function safeFileName(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
      .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 120) || 'Report'
  )
}

/** `name.ext`, or `name (2).ext` and so on when a file of that name is already there. */
export function freeName(folder: string, name: string, ext: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${name}${n === 1 ? '' : ` (${n})`}.${ext}`
    if (!taken.has(candidate.toLowerCase()) && !existsSync(join(folder, candidate))) {
      taken.add(candidate.toLowerCase())
      return candidate
    }
  }
}

/** The route of the print view for these settings (hash path and query). */
export function printRoute(settings: ReportSettings): string {
  const params = new URLSearchParams({ kind: settings.kind, preset: settings.period.preset })
  if (settings.period.from) params.set('from', settings.period.from)
  if (settings.period.to) params.set('to', settings.period.to)
  for (const [key, value] of Object.entries(settings.filters)) if (value !== undefined) params.set(key, String(value))
  return `/print?${params.toString()}`
}

/** A report table's rows as CSV cells: money in major units, ratios in percent, undefined figures as "—". */
export function csvRows(table: ReportTable): CsvCell[][] {
  const cell = (value: ReportCell, i: number) => {
    const plain = plainCell(value, table.columns[i]?.kind ?? 'text')
    return plain === null ? UNDEFINED_FIGURE : plain
  }
  const rows = table.rows.map((row) => row.map(cell))
  if (table.totals) rows.push(table.totals.map(cell))
  return rows
}

export interface PackDeps {
  /** The PDF of the print view at `route`. */
  printPdf(route: string): Promise<Uint8Array>
}

/**
 * Writes the PDF, the XLSX (one sheet per table) and one CSV per table into `folder`. Each file
 * is written whole or not at all; when the pack is cancelled or fails, the files it already
 * wrote are removed too, so the folder holds either the whole pack or nothing of it.
 */
export async function writeReportPack(doc: ReportDocument, settings: ReportSettings, folder: string, deps: PackDeps, progress: JobProgress): Promise<string[]> {
  const base = safeFileName(`${doc.title} - ${doc.period.label}`)
  const taken = new Set<string>()
  const written: string[] = []
  const total = 2 + doc.tables.length
  try {
    progress.report(0, total, 'Printing the PDF')
    const pdfName = freeName(folder, base, 'pdf', taken)
    const pdf = await deps.printPdf(printRoute(settings))
    throwIfCancelled(progress.signal)
    await writeAtomically(join(folder, pdfName), (temp) => writeFile(temp, pdf))
    written.push(pdfName)

    progress.report(1, total, 'Writing the spreadsheet')
    const xlsxName = freeName(folder, base, 'xlsx', taken)
    await writeXlsxFile(
      join(folder, xlsxName),
      doc.tables.map((table) => ({ title: table.title, columns: table.columns, chunks: [table.rows], totals: table.totals })),
      {
        currency: doc.currency,
        locale: doc.locale,
        signal: progress.signal,
        title: doc.title,
        company: doc.firmName,
        about: aboutLines(doc),
      },
    )
    written.push(xlsxName)

    for (const [i, table] of doc.tables.entries()) {
      progress.report(2 + i, total, `Writing ${table.title}.csv`)
      const csvName = freeName(folder, safeFileName(`${base} - ${table.title}`), 'csv', taken)
      await writeCsvFile(join(folder, csvName), table.columns.map((column) => headingWithUnit(column, doc.currency)), [csvRows(table)], { signal: progress.signal })
      written.push(csvName)
    }
    progress.report(total, total, 'Done')
    return written
  } catch (error) {
    await Promise.all(written.map((name) => rm(join(folder, name), { force: true })))
    throw error
  }
}

export function aboutLines(doc: ReportDocument): Array<[string, string]> {
  return [
    ['Report', doc.title],
    ['Firm', doc.firmName || '—'],
    ['Period', `${doc.period.label} (${doc.period.from} to ${doc.period.to})`],
    ['Filters', doc.filters.length ? doc.filters.map((f) => `${f.label}: ${f.value}`).join('; ') : 'None'],
    ['Currency', doc.currency],
    ['Generated', doc.generatedAt],
  ]
}
