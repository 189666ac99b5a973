import { basename } from 'node:path'
import { AppError } from '@shared/errors'
import { LONGEST_ROW, type TooLong } from './csvRows'
import { dateStyles, sharedStrings, unescapeExcel, workbookLayout, type SharedStrings } from './xlsxParts'
import { XmlProblem, XmlScanner, type Tag } from './xmlScanner'
import { ZipFile, ZipProblem } from './zipEntries'

// The rows of a workbook's first sheet, read as the file streams by: the sheet's XML is inflated
// and parsed a piece at a time, and only the rows of that piece are held, so memory stays the
// same for 1,000 rows or 1,000,000. Every row of the sheet is handed on, blank ones and the gaps
// a sheet leaves for empty rows too, so the n-th row is the spreadsheet's row n. Cells read as
// the text a person sees in them, roughly: numbers as written, dates as YYYY-MM-DD (or the full
// instant when they hold a time), TRUE/FALSE as true/false, errors as empty.
//
// Why not a library: exceljs's streaming WorkbookReader read the same 100,000-row workbook
// (shared strings, date styles; 6.8 MB) in 6.1–7.1 s at a peak RSS of 344–420 MB, and since it holds
// its shared strings and cell objects on the V8 heap the import worker could not cap its heap.
// This reader took 2.8–4.5 s at 136–137 MB (about 100 MB of either figure is the runtime itself);
// measured on 2026-12-07, one process per run, on the project's shared 2-core build machine.

/** Rows are handed on in batches of about this many. */
const BATCH = 1_000
/** Excel's last column (XFD); a cell claiming to be further right is left out. */
const LAST_COLUMN = 16_384
const MS_PER_DAY = 86_400_000
/** Excel's day 0 in days since 1970-01-01; a 1904 workbook counts from 1,462 days later. */
const EPOCH_1900 = 25_569
const SHIFT_1904 = 1_462

export interface XlsxReadOptions {
  /** Bytes of the file read so far, for the progress bar (the sheet's share, scaled to the whole file). */
  progress: { bytes: number }
  totalBytes: number
  /** The stand-in rows for rows too long to read, with their length and cells. */
  tooLong: WeakMap<readonly string[], TooLong>
}

/** A day number as text: the day alone at midnight, else the instant (as the import reads dates). */
function dayText(serial: number, date1904: boolean): string {
  const at = new Date(Math.round((serial - EPOCH_1900 + (date1904 ? SHIFT_1904 : 0)) * MS_PER_DAY))
  if (Number.isNaN(at.getTime())) return String(serial)
  const iso = at.toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
}

/** The column of a reference like `AB12`, counted from 0; -1 when it names none. */
function columnOf(ref: string): number {
  let column = 0
  let i = 0
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20 // lower case
    if (code < 97 || code > 122) break
    column = column * 26 + (code - 96)
  }
  return i === 0 ? -1 : column - 1
}

const NONE = 0
const VALUE = 1
const INLINE_TEXT = 2

/** Turns the sheet's XML events into rows; `take()` hands over the rows finished so far. */
class SheetRows {
  private ready: string[][] = []
  private next = 1
  private row: string[] = []
  private rowChars = 0
  private nextColumn = 0
  private column = 0
  private type = 'n'
  private style = 0
  private value = ''
  private inline = ''
  private inInline = false
  private phonetic = 0
  private capture = NONE
  /** The sheet's rows have all been read (what follows them is of no use here, bar its checksum). */
  ended = false

  constructor(
    private readonly strings: SharedStrings,
    private readonly dates: readonly boolean[],
    private readonly date1904: boolean,
    private readonly tooLong: WeakMap<readonly string[], TooLong>,
  ) {}

  take(): string[][] {
    const rows = this.ready
    this.ready = []
    return rows
  }

  get waiting(): number {
    return this.ready.length
  }

  open(tag: Tag): void {
    switch (tag.name) {
      case 'c': {
        const ref = tag.attribute('r')
        const column = ref ? columnOf(ref) : -1
        this.column = column >= 0 ? column : this.nextColumn
        this.type = tag.attribute('t') ?? 'n'
        const style = tag.attribute('s')
        this.style = style ? Number(style) : 0
        this.value = ''
        this.inline = ''
        return
      }
      case 'v':
        this.capture = VALUE
        return
      case 'is':
        this.inInline = true
        return
      case 't':
        if (this.inInline && this.phonetic === 0) this.capture = INLINE_TEXT
        return
      case 'rPh':
        this.phonetic++
        return
      case 'row': {
        const ref = tag.attribute('r')
        const number = ref ? Number(ref) : this.next
        // The sheet leaves out empty rows; the numbering keeps them.
        for (; this.next < number; this.next++) this.ready.push([])
        this.next = Math.max(this.next, number + 1)
        this.row = []
        this.rowChars = 0
        this.nextColumn = 0
        return
      }
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.capture = NONE
        return
      case 'is':
        this.inInline = false
        return
      case 'rPh':
        this.phonetic--
        return
      case 'c':
        this.endCell()
        return
      case 'row':
        this.endRow()
        return
      case 'sheetData':
        this.ended = true
        return
    }
  }

  text(text: string): void {
    if (this.capture === NONE) return
    // Text past what a row may hold is counted, not kept (the row is handed on as a stand-in).
    if (this.rowChars + this.value.length + this.inline.length + text.length > LONGEST_ROW) {
      this.rowChars += text.length
      return
    }
    if (this.capture === VALUE) this.value += text
    else this.inline += text
  }

  private endCell(): void {
    const column = this.column
    this.nextColumn = column + 1
    if (column >= LAST_COLUMN) return
    let text: string
    const value = this.value
    switch (this.type) {
      case 's': {
        const index = Number(value)
        const oversized = this.strings.oversizedLength(index)
        // Too long to keep: counted, not read (the row is handed on as a stand-in).
        if (oversized !== undefined) {
          this.rowChars += oversized
          text = ''
        } else text = this.strings.get(index)
        break
      }
      case 'inlineStr':
        text = unescapeExcel(this.inline || value)
        break
      case 'str':
        text = unescapeExcel(value)
        break
      case 'b':
        text = value === '' ? '' : value === '1' || value === 'true' ? 'true' : 'false'
        break
      case 'e':
        text = ''
        break
      case 'd':
        text = /T00:00(:00(\.0+)?)?Z?$/.test(value) ? value.slice(0, 10) : value
        break
      default: {
        if (value === '') {
          text = ''
          break
        }
        const number = Number(value)
        if (Number.isNaN(number)) text = value
        else text = this.dates[this.style] ? dayText(number, this.date1904) : String(number)
      }
    }
    if (text === '') return
    this.rowChars += text.length
    if (this.rowChars > LONGEST_ROW) return
    const row = this.row
    while (row.length < column) row.push('')
    row[column] = text
  }

  private endRow(): void {
    let row = this.row
    if (this.rowChars > LONGEST_ROW) {
      row = []
      this.tooLong.set(row, { length: this.rowChars, cells: this.nextColumn })
    }
    this.ready.push(row)
  }
}

/** Turns what went wrong reading the zip or its XML into a message that names the file. */
function readProblem(file: string, error: unknown): unknown {
  if (error instanceof ZipProblem || error instanceof XmlProblem) return new AppError('invalid_input', `Baton could not read ${basename(file)} as an Excel workbook: ${error.message}.`)
  // zlib's own errors: the compressed data is damaged.
  if (typeof (error as { code?: unknown }).code === 'string' && (error as { code: string }).code.startsWith('Z_')) {
    return new AppError('invalid_input', `Baton could not read ${basename(file)} as an Excel workbook: the file is damaged.`)
  }
  return error
}

export async function* readXlsxBatches(file: string, options: XlsxReadOptions): AsyncGenerator<string[][]> {
  let stream: Awaited<ReturnType<ZipFile['stream']>> | undefined
  try {
    const zip = await ZipFile.open(file)
    const layout = await workbookLayout(zip)
    const dates = await dateStyles(zip, layout.styles)
    const strings = await sharedStrings(zip, layout.sharedStrings)
    const entry = zip.entry(layout.sheet)!
    let read = 0
    stream = await zip.stream(entry, (bytes) => {
      read += bytes
      options.progress.bytes = Math.round((options.totalBytes * read) / Math.max(1, entry.compressedSize))
    })
    const rows = new SheetRows(strings, dates, layout.date1904, options.tooLong)
    const scanner = new XmlScanner(rows)
    const decoder = new TextDecoder()
    for await (const chunk of stream) {
      // Past the rows, the rest of the part (a few settings) is read only so that its checksum is checked.
      if (rows.ended) continue
      scanner.write(decoder.decode(chunk as Buffer, { stream: true }))
      if (rows.waiting >= BATCH) yield rows.take()
    }
    if (!rows.ended) {
      scanner.write(decoder.decode())
      scanner.end()
    }
    if (rows.waiting > 0) yield rows.take()
  } catch (error) {
    throw readProblem(file, error)
  } finally {
    stream?.destroy()
  }
}
