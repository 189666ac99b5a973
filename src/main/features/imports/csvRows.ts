import { createReadStream } from 'node:fs'
import Papa from 'papaparse'
import { guessDelimiter } from './delimiter'
import { WrongEncoding, type TextEncoding } from './encoding'

// A CSV file's rows in batches, decoded and parsed a chunk at a time. The row cut at a chunk's
// end is carried over to the next one (what papaparse's streamers do, minus their per-row
// overhead). A row that grows past LONGEST_ROW characters — a cell of 50 MB, or a quote that is
// never closed — is not held: the reader skips to its end and hands on a stand-in row instead.

/** The longest row kept whole, in characters; a longer one is skipped and reported. */
export const LONGEST_ROW = 2_000_000

interface PapaHandle {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): { data: string[][]; meta: { cursor: number } }
}
type PapaWithHandle = { ParserHandle: new (config: Papa.ParseConfig) => PapaHandle }

/** A row too long to keep: how many characters and cells it has. */
export interface TooLong {
  length: number
  cells: number
}

export interface CsvReadOptions {
  encoding: TextEncoding
  /** Where the text starts (after a byte-order mark). */
  start: number
  /** Throw WrongEncoding on the first byte the encoding cannot read (a UTF-8 guess being checked). */
  strict: boolean
  /** The file's first bytes, to tell the delimiter from. */
  head: Uint8Array
  /** Updated as the file is read. */
  progress: { bytes: number; unreadable: boolean }
  /** The stand-in rows for rows too long to read, with their length and cells. */
  tooLong: WeakMap<readonly string[], TooLong>
}

/** Where a skipped row's reading stands between chunks: as papaparse reads quotes (one opens a cell only at its start). */
interface SkipState {
  at: 'cellStart' | 'plain' | 'quoted' | 'quoteInQuoted'
  /** Cells seen so far (a header of a million columns is too long to keep, but its width is still told). */
  cells: number
  /** The characters of the line end the row ended with (not counted in its length). */
  lineEnd?: number
  /** The last chunk ended on a CR: a LF at the start of the next belongs to the same line end. */
  afterCr: boolean
}

/** Where a row being skipped ends in `text` (just after its line end), or -1 when it goes on past it. */
function endOfRow(text: string, state: SkipState, delimiter: number): number {
  let i = 0
  if (state.afterCr) {
    state.afterCr = false
    // The CR was counted with the last chunk; a LF now belongs to the same line end.
    const lf = text.charCodeAt(0) === 10 ? 1 : 0
    state.lineEnd = 1 + lf
    return lf
  }
  for (; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (state.at === 'quoted') {
      if (char === 34) state.at = 'quoteInQuoted'
      continue
    }
    if (state.at === 'quoteInQuoted' && char === 34) {
      state.at = 'quoted' // "" inside quotes
      continue
    }
    if (char === delimiter) {
      state.at = 'cellStart'
      state.cells++
    } else if (char === 10) {
      state.lineEnd = 1
      return i + 1
    } else if (char === 13) {
      if (i + 1 === text.length) {
        state.afterCr = true
        return -1
      }
      state.lineEnd = text.charCodeAt(i + 1) === 10 ? 2 : 1
      return i + state.lineEnd
    } else if (state.at === 'cellStart') state.at = char === 34 ? 'quoted' : 'plain'
    // A stray quote after a closing one: papaparse reads on to the next quote, and so does this.
    else if (state.at === 'quoteInQuoted') state.at = 'quoted'
  }
  return -1
}

export async function* readCsvBatches(file: string, options: CsvReadOptions): AsyncGenerator<string[][]> {
  const { encoding, strict, progress, tooLong } = options
  const input = createReadStream(file, { start: options.start, highWaterMark: 1 << 20 })
  const decoder = new TextDecoder(encoding, { fatal: strict })
  const headText = new TextDecoder(encoding).decode(options.head.subarray(options.start))
  const delimiter = guessDelimiter(headText)
  const handle = new (Papa as unknown as PapaWithHandle).ParserHandle({ delimiter })
  const decode = (bytes?: Buffer): string => {
    let text: string
    try {
      text = bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode()
    } catch (error) {
      if (strict && error instanceof TypeError) throw new WrongEncoding()
      throw error
    }
    if (!strict && !progress.unreadable && text.includes('\ufffd')) progress.unreadable = true
    return text
  }
  let carry = ''
  // While a row too long to keep is skipped: its length so far and where its quotes stand.
  let skipping: { length: number; state: SkipState } | null = null
  const standIn = (length: number, state: SkipState): string[] => {
    const row: string[] = []
    tooLong.set(row, { length: length - (state.lineEnd ?? 0), cells: state.cells + 1 })
    return row
  }
  try {
    for await (const chunk of input) {
      progress.bytes += (chunk as Buffer).length
      let text = decode(chunk as Buffer)
      const batch: string[][] = []
      if (skipping) {
        const end = endOfRow(text, skipping.state, delimiter.charCodeAt(0))
        if (end < 0) {
          skipping.length += text.length
          continue
        }
        batch.push(standIn(skipping.length + end, skipping.state))
        skipping = null
        text = text.slice(end)
      }
      text = carry + text
      const results = handle.parse(text, 0, true)
      for (const row of results.data) batch.push(row)
      carry = text.slice(results.meta.cursor)
      // The unfinished row is too long to keep: skip to its end (possibly further on in this carry, if the reading of quotes differs).
      while (carry.length > LONGEST_ROW) {
        const state: SkipState = { at: 'cellStart', afterCr: false, cells: 0 }
        const end = endOfRow(carry, state, delimiter.charCodeAt(0))
        if (end < 0) {
          skipping = { length: carry.length, state }
          carry = ''
          break
        }
        batch.push(standIn(end, state))
        carry = carry.slice(end)
        const more = handle.parse(carry, 0, true)
        for (const row of more.data) batch.push(row)
        carry = carry.slice(more.meta.cursor)
      }
      if (batch.length > 0) yield batch
    }
    const last = carry + decode()
    if (skipping) {
      endOfRow(last, skipping.state, delimiter.charCodeAt(0))
      yield [standIn(skipping.length + last.length, skipping.state)]
    }
    else if (last) {
      const rows = handle.parse(last, 0, false).data
      if (rows.length > 0) yield rows
    }
  } finally {
    input.destroy()
  }
}
