import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs'
import { basename, extname } from 'node:path'
import type ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { AppError } from '@shared/errors'

// Reads a CSV or XLSX file row by row, never whole: memory stays flat however long it is.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export const MAX_COLUMNS = 2_000

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
}
export const encodingName = (encoding: TextEncoding) => ENCODING_NAMES[encoding]

/** The encoding of a text file from its first bytes: a byte-order mark, UTF-16's zero bytes, or whether it is valid UTF-8. */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 }
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 }
  // UTF-16 without a mark: ASCII text has a zero in every other byte.
  const pairs = Math.min(head.length >> 1, 512)
  if (pairs >= 2) {
    let evenZeros = 0
    let oddZeros = 0
    for (let i = 0; i < pairs; i++) {
      if (head[2 * i] === 0) evenZeros++
      if (head[2 * i + 1] === 0) oddZeros++
    }
    if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return { encoding: 'utf-16le', bom: 0 }
    if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return { encoding: 'utf-16be', bom: 0 }
  }
  try {
    // stream: true tolerates a character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true })
    return { encoding: 'utf-8', bom: 0 }
  } catch {
    return { encoding: 'windows-1252', bom: 0 }
  }
}

export interface RowSource {
  fileName: string
  format: 'csv' | 'xlsx'
  encoding: string
  totalBytes: number
  /** Bytes of the file read so far, for the progress bar. */
  bytesRead(): number
  /**
   * The rows in batches (a chunk of the file's worth, never the whole file): one await per
   * batch instead of one per row, which is most of what reading costs beyond the parser.
   */
  batches(): AsyncGenerator<string[][]>
  rows(): AsyncGenerator<string[]>
}

async function* rowsOf(batches: AsyncGenerator<string[][]>): AsyncGenerator<string[]> {
  for await (const batch of batches) yield* batch
}

/** Rows read from an XLSX sheet are handed on in batches this long. */
const XLSX_BATCH = 1_000

const SNIFF_BYTES = 64 * 1024

async function readHead(file: string): Promise<Uint8Array> {
  const stream = createReadStream(file, { start: 0, end: SNIFF_BYTES - 1 })
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) {
    const iso = value.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('result' in value) return cellText(value.result)
    if ('text' in value) return String(value.text)
    if ('error' in value) return ''
    return ''
  }
  return String(value)
}

function csvSource(file: string, totalBytes: number, head: Uint8Array): RowSource {
  const { encoding, bom } = sniffEncoding(head)
  let bytes = 0
  async function* batches(): AsyncGenerator<string[][]> {
    const input = createReadStream(file, { start: bom, highWaterMark: 1 << 20 })
    const decoder = new TextDecoder(encoding)
    // papaparse's own handle, fed chunk by chunk; the row cut at a chunk's end is
    // carried over to the next one (what papaparse's streamers do, minus their per-row overhead).
    const handle = new (Papa as unknown as { ParserHandle: new (config: Papa.ParseConfig) => PapaHandle }).ParserHandle({ skipEmptyLines: 'greedy' })
    let carry = ''
    let base = 0
    try {
      for await (const chunk of input) {
        bytes += (chunk as Buffer).length
        const text = carry + decoder.decode(chunk as Buffer, { stream: true })
        const results = handle.parse(text, base, true)
        carry = text.slice(results.meta.cursor - base)
        base = results.meta.cursor
        if (results.data.length > 0) yield results.data
      }
      const last = carry + decoder.decode()
      if (last) {
        const rows = handle.parse(last, base, false).data
        if (rows.length > 0) yield rows
      }
    } finally {
      input.destroy()
    }
  }
  return { fileName: basename(file), format: 'csv', encoding: encodingName(encoding), totalBytes, bytesRead: () => bytes, batches, rows: () => rowsOf(batches()) }
}

interface PapaHandle {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): { data: string[][]; meta: { cursor: number } }
}

function xlsxSource(file: string, totalBytes: number): RowSource {
  let bytes = 0
  async function* batches(): AsyncGenerator<string[][]> {
    // Loaded on demand: exceljs is large, and most imports are CSV.
    const { default: excel } = await import('exceljs')
    const input = createReadStream(file)
    input.on('data', (chunk) => (bytes += chunk.length))
    const reader = new excel.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache' })
    try {
      for await (const sheet of reader) {
        // Only the first sheet: a workbook's other sheets are usually notes or lookups.
        let batch: string[][] = []
        for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
          const values = (row.values as ExcelJS.CellValue[]).slice(1)
          batch.push(Array.from(values, cellText))
          if (batch.length >= XLSX_BATCH) {
            yield batch
            batch = []
          }
        }
        if (batch.length > 0) yield batch
        break
      }
    } finally {
      input.destroy()
    }
  }
  return { fileName: basename(file), format: 'xlsx', encoding: 'Excel workbook', totalBytes, bytesRead: () => bytes, batches, rows: () => rowsOf(batches()) }
}

/** Whether a file will be read as an Excel workbook: the test openRowSource makes, without reading further. */
export function isWorkbookFile(file: string): boolean {
  if (extname(file).toLowerCase() === '.xlsx') return true
  try {
    const fd = openSync(file, 'r')
    try {
      const head = Buffer.alloc(2)
      readSync(fd, head, 0, 2, 0)
      return head[0] === 0x50 && head[1] === 0x4b
    } finally {
      closeSync(fd)
    }
  } catch {
    return false
  }
}

/** Opens a CSV or XLSX file for reading (by its first bytes, not only its name). */
export async function openRowSource(file: string): Promise<RowSource> {
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
  return csvSource(file, size, head)
}
