import { createReadStream, statSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { AppError } from '@shared/errors'
import { readCsvBatches, type TooLong } from './csvRows'
import { bomLength, encodingName, sniffEncoding, type TextEncoding } from './encoding'
import { readXlsxBatches } from './xlsxRows'

// Reads a CSV or XLSX file row by row, never whole: memory stays flat however long it is.
// Every row of the sheet is handed on, blank ones too (as a row with one empty cell, or none),
// so that the n-th row read is the spreadsheet's row n and every message can name it.

export const MAX_COLUMNS = 2_000

export interface RowSource {
  fileName: string
  format: 'csv' | 'xlsx'
  /** The encoding's name for people ("UTF-8", "Excel workbook"). */
  encoding: string
  /** The text encoding the file is read in; null for a workbook. */
  textEncoding: TextEncoding | null
  totalBytes: number
  /** Bytes of the file read so far, for the progress bar. */
  bytesRead(): number
  /**
   * The rows in batches (a chunk of the file's worth, never the whole file): one await per
   * batch instead of one per row, which is most of what reading costs beyond the parser.
   */
  batches(): AsyncGenerator<string[][]>
  rows(): AsyncGenerator<string[]>
  /** True once the text read so far held characters the encoding could not read (U+FFFD). */
  sawUnreadable(): boolean
  /**
   * Rows too long to read (a runaway quote, a cell of many megabytes) are handed on as an empty
   * row that this map knows, with the row's length in characters and cells; the row is skipped, not held.
   */
  tooLong: WeakMap<readonly string[], TooLong>
}

export interface SourceOptions {
  /** Read the text in this encoding; null to tell it from the file (a UTF-8 guess that proves wrong throws WrongEncoding). */
  encoding?: TextEncoding | null
}

async function* rowsOf(batches: AsyncGenerator<string[][]>): AsyncGenerator<string[]> {
  for await (const batch of batches) yield* batch
}

const SNIFF_BYTES = 64 * 1024

export async function readHead(file: string): Promise<Uint8Array> {
  const stream = createReadStream(file, { start: 0, end: SNIFF_BYTES - 1 })
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function csvSource(file: string, totalBytes: number, head: Uint8Array, chosen: TextEncoding | null): RowSource {
  const sniffed = sniffEncoding(head)
  const encoding = chosen ?? sniffed.encoding
  const progress = { bytes: 0, unreadable: false }
  const tooLong = new WeakMap<readonly string[], TooLong>()
  const batches = () =>
    readCsvBatches(file, {
      encoding,
      start: bomLength(head, encoding),
      // A guess from the first bytes is checked on every byte after them.
      strict: chosen === null && !sniffed.certain,
      head,
      progress,
      tooLong,
    })
  return {
    fileName: basename(file),
    format: 'csv',
    encoding: encodingName(encoding),
    textEncoding: encoding,
    totalBytes,
    bytesRead: () => progress.bytes,
    batches,
    rows: () => rowsOf(batches()),
    sawUnreadable: () => progress.unreadable,
    tooLong,
  }
}

function xlsxSource(file: string, totalBytes: number): RowSource {
  const progress = { bytes: 0 }
  const tooLong = new WeakMap<readonly string[], TooLong>()
  const batches = () => readXlsxBatches(file, { progress, totalBytes, tooLong })
  return {
    fileName: basename(file),
    format: 'xlsx',
    encoding: 'Excel workbook',
    textEncoding: null,
    totalBytes,
    bytesRead: () => progress.bytes,
    batches,
    rows: () => rowsOf(batches()),
    sawUnreadable: () => false,
    tooLong,
  }
}

/** Opens a CSV or XLSX file for reading (by its first bytes, not only its name). */
export async function openRowSource(file: string, options: SourceOptions = {}): Promise<RowSource> {
  let size: number
  try {
    size = statSync(file).size
  } catch {
    throw new AppError('not_found', `Baton could not read ${basename(file)}: the file is missing or not readable.`)
  }
  const head = await readHead(file)
  const isZip = head[0] === 0x50 && head[1] === 0x4b
  if (isZip || extname(file).toLowerCase() === '.xlsx') {
    if (!isZip) throw new AppError('invalid_input', `${basename(file)} is not an Excel workbook (.xlsx). Save it as .xlsx or CSV and try again.`)
    return xlsxSource(file, size)
  }
  return csvSource(file, size, head, options.encoding ?? null)
}

/** A row that holds nothing: blank in the sheet, or only empty cells. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '' && cell.trim() !== '') return false
  return true
}
