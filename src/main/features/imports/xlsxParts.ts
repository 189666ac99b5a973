import { LONGEST_ROW } from './csvRows'
import { XmlScanner, type XmlHandlers } from './xmlScanner'
import { ZipProblem, type ZipFile } from './zipEntries'

// The parts of a workbook that say how to read its first sheet: where that sheet is (through
// the workbook and its relationships), which cell styles are dates, whether days count from
// 1900 or 1904, and the table of shared strings that text cells point into.

/** Workbook, relationships and styles are small; a part of these past this size is not a real one. */
const SMALL_PART = 64 * 1024 * 1024
/** The shared strings' text, at most (a workbook of 100,000 rows of leads holds about 10 MB). */
const MAX_SHARED_TEXT = 512 * 1024 * 1024

/** Reads a small part whole. */
function scan(text: string, handlers: XmlHandlers): void {
  const scanner = new XmlScanner(handlers)
  scanner.write(text)
  scanner.end()
}

// Excel writes a character XML cannot hold as _xHHHH_ (a line break as _x000D_).
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g
export const unescapeExcel = (text: string) => (text.includes('_x') ? text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text)

/** Where a relationship's target is, from the folder of the part that names it. */
function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = from.split('/').slice(0, -1)
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop()
    else if (piece !== '.' && piece !== '') parts.push(piece)
  }
  return parts.join('/')
}

const relsOf = (part: string) => {
  const slash = part.lastIndexOf('/')
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`
}

interface Relationship {
  type: string
  target: string
}

async function relationships(zip: ZipFile, part: string): Promise<Map<string, Relationship>> {
  const entry = zip.entry(relsOf(part))
  const found = new Map<string, Relationship>()
  if (!entry) return found
  scan(await zip.text(entry, SMALL_PART), {
    open(tag) {
      if (tag.name !== 'Relationship' || tag.attribute('TargetMode') === 'External') return
      const id = tag.attribute('Id')
      const target = tag.attribute('Target')
      if (id && target) found.set(id, { type: tag.attribute('Type') ?? '', target: resolvePart(part, target) })
    },
  })
  return found
}

const ofType = (rels: Map<string, Relationship>, type: string) => [...rels.values()].find((rel) => rel.type.endsWith(`/${type}`))?.target

export interface WorkbookLayout {
  /** The part holding the first sheet a person sees. */
  sheet: string
  sharedStrings: string | undefined
  styles: string | undefined
  /** Days count from 1904-01-01 (old Mac workbooks) rather than 1899-12-30. */
  date1904: boolean
}

/** Finds the first sheet that is not hidden (a workbook's other sheets are usually notes or lookups), and the parts beside it. */
export async function workbookLayout(zip: ZipFile): Promise<WorkbookLayout> {
  const book = ofType(await relationships(zip, ''), 'officeDocument') ?? 'xl/workbook.xml'
  const entry = zip.entry(book)
  if (!entry) throw new ZipProblem('it holds no workbook')
  const sheets: Array<{ id: string; hidden: boolean }> = []
  let date1904 = false
  scan(await zip.text(entry, SMALL_PART), {
    open(tag) {
      if (tag.name === 'workbookPr') date1904 = ['1', 'true'].includes(tag.attribute('date1904') ?? '')
      else if (tag.name === 'sheet') {
        const id = tag.attribute('id')
        const state = tag.attribute('state')
        if (id) sheets.push({ id, hidden: state === 'hidden' || state === 'veryHidden' })
      }
    },
  })
  const rels = await relationships(zip, book)
  const chosen = sheets.find((sheet) => !sheet.hidden) ?? sheets[0]
  const sheet = chosen ? rels.get(chosen.id)?.target : undefined
  if (!sheet || !zip.entry(sheet)) throw new ZipProblem('it holds no sheet')
  return { sheet, sharedStrings: ofType(rels, 'sharedStrings'), styles: ofType(rels, 'styles'), date1904 }
}

// Built-in number formats that show dates or times (ECMA-376 18.8.30, and the East Asian ones).
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58])

/**
 * Whether a format code shows a date or time: a y, m, d, h or s left once quoted text,
 * [colours and locales], escaped characters (\x, _x, *x) and "General" are taken out.
 */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/[\\_*]./g, '').replace(/general/gi, '')
  return /[ymdhsb]/i.test(bare)
}

/** For each cell style (the `s` of a cell), whether it shows a date. */
export async function dateStyles(zip: ZipFile, part: string | undefined): Promise<boolean[]> {
  const entry = part ? zip.entry(part) : undefined
  if (!entry) return []
  const custom = new Map<number, string>()
  const formats: number[] = []
  let inCellXfs = false
  scan(await zip.text(entry, SMALL_PART), {
    open(tag) {
      if (tag.name === 'numFmt') custom.set(Number(tag.attribute('numFmtId')), tag.attribute('formatCode') ?? '')
      else if (tag.name === 'cellXfs') inCellXfs = true
      else if (tag.name === 'xf' && inCellXfs) formats.push(Number(tag.attribute('numFmtId') ?? 0))
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    },
  })
  return formats.map((id) => {
    const code = custom.get(id)
    return code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id)
  })
}

/**
 * The shared strings, kept as UTF-8 in one buffer with an offset per string rather than as
 * a JavaScript string each: a fraction of the memory, and outside the JavaScript heap, so the
 * import's capped heap holds the same whatever the workbook's size.
 */
export class SharedStrings {
  private bytes: Buffer
  private ends: Uint32Array
  private count = 0
  private used = 0
  /** Strings too long to keep (a cell of many megabytes), by index: only their length is kept. */
  private readonly oversized = new Map<number, number>()

  /**
   * `capacity`: the bytes the text may take (the part's own size bounds it: the XML around the
   * text only adds). The buffer is taken unfilled, so memory is used only as text is written to it.
   */
  constructor(capacity: number, expected: number) {
    if (capacity > MAX_SHARED_TEXT) throw new ZipProblem(`its shared text is larger than Baton reads (${MAX_SHARED_TEXT / 1024 / 1024} MB)`)
    this.bytes = Buffer.allocUnsafe(Math.max(capacity, 16))
    // Each item takes at least `<si></si>` (9 bytes) of the part, whatever count the part claims.
    this.ends = new Uint32Array(Math.max(Math.min(expected, Math.ceil(capacity / 9)), 16))
  }

  add(text: string): void {
    const length = Buffer.byteLength(text)
    if (this.used + length > this.bytes.length) throw new ZipProblem('its shared text is longer than its part')
    if (this.count === this.ends.length) {
      const grown = new Uint32Array(this.ends.length * 2)
      grown.set(this.ends)
      this.ends = grown
    }
    this.used += this.bytes.write(text, this.used)
    this.ends[this.count++] = this.used
  }

  /** Counts a string too long to keep: it reads as empty, and `length` says how long it was. */
  addOversized(length: number): void {
    this.oversized.set(this.count, length)
    this.add('')
  }

  /** The length in characters of string `index` when it was too long to keep; undefined for every other. */
  oversizedLength(index: number): number | undefined {
    return this.oversized.get(index)
  }

  /** String `index`; a cell pointing past the table reads as empty. */
  get(index: number): string {
    if (!(index >= 0 && index < this.count)) return ''
    return this.bytes.toString('utf8', index === 0 ? 0 : this.ends[index - 1], this.ends[index])
  }
}

/** Reads the table of shared strings a piece at a time: each item's text runs joined, phonetic hints left out. */
export async function sharedStrings(zip: ZipFile, part: string | undefined): Promise<SharedStrings> {
  const entry = part ? zip.entry(part) : undefined
  if (!entry) return new SharedStrings(0, 0)
  let strings: SharedStrings | undefined
  let text = ''
  // Characters of the item so far; past LONGEST_ROW they are counted, no longer kept.
  let length = 0
  let inText = false
  let phonetic = 0
  const scanner = new XmlScanner({
    open(tag) {
      const name = tag.name
      if (name === 'sst') strings ??= new SharedStrings(entry.size, Number(tag.attribute('uniqueCount') ?? 0) || 0)
      else if (name === 'si') {
        text = ''
        length = 0
      }
      else if (name === 't') inText = phonetic === 0
      else if (name === 'rPh') phonetic++
    },
    close(name) {
      if (name === 't') inText = false
      else if (name === 'rPh') phonetic--
      else if (name === 'si') {
        strings ??= new SharedStrings(entry.size, 0)
        if (length > LONGEST_ROW) strings.addOversized(length)
        else strings.add(unescapeExcel(text))
      }
    },
    text(value) {
      if (!inText) return
      length += value.length
      if (length <= LONGEST_ROW) text += value
      else text = ''
    },
  })
  const decoder = new TextDecoder()
  for await (const chunk of await zip.stream(entry)) scanner.write(decoder.decode(chunk as Buffer, { stream: true }))
  scanner.write(decoder.decode())
  scanner.end()
  return strings ?? new SharedStrings(0, 0)
}
