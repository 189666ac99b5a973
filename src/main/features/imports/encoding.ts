import { createReadStream } from 'node:fs'
import type { TextEncoding } from '@shared/domain/imports'

// Which encoding a text file is in. A byte-order mark settles it; UTF-16 without one shows
// in its zero bytes; otherwise the file is UTF-8 only if every byte of it is valid UTF-8 —
// a spreadsheet saved by Excel on Windows is Windows-1252, and its first "é" can be on the
// ten-thousandth line. So the choice is made from the whole file (decideEncoding), and a read
// that trusted a guess restarts when a later byte proves it wrong (WrongEncoding).

export type { TextEncoding } from '@shared/domain/imports'

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
}
export const encodingName = (encoding: TextEncoding) => ENCODING_NAMES[encoding]

/** Thrown by a read that took a file for UTF-8 when a later byte is not: read it again as Windows-1252. */
export class WrongEncoding extends Error {
  constructor() {
    super('The file is not UTF-8 after all.')
    this.name = 'WrongEncoding'
  }
}

/** The length of a byte-order mark for this encoding at the start of `head`, or 0. */
export function bomLength(head: Uint8Array, encoding: TextEncoding): number {
  if (encoding === 'utf-8' && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 3
  if (encoding === 'utf-16le' && head[0] === 0xff && head[1] === 0xfe) return 2
  if (encoding === 'utf-16be' && head[0] === 0xfe && head[1] === 0xff) return 2
  return 0
}

/**
 * The encoding of a text file from its first bytes: a byte-order mark, UTF-16's zero bytes, or
 * whether the sample is valid UTF-8. `certain` is false for "UTF-8" read from a sample only.
 */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncoding; bom: number; certain: boolean } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3, certain: true }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2, certain: true }
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2, certain: true }
  // UTF-16 without a mark: ASCII text has a zero in every other byte.
  const pairs = Math.min(head.length >> 1, 512)
  if (pairs >= 2) {
    let evenZeros = 0
    let oddZeros = 0
    for (let i = 0; i < pairs; i++) {
      if (head[2 * i] === 0) evenZeros++
      if (head[2 * i + 1] === 0) oddZeros++
    }
    if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return { encoding: 'utf-16le', bom: 0, certain: true }
    if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return { encoding: 'utf-16be', bom: 0, certain: true }
  }
  try {
    // stream: true tolerates a character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true })
    return { encoding: 'utf-8', bom: 0, certain: false }
  } catch {
    return { encoding: 'windows-1252', bom: 0, certain: true }
  }
}

export interface EncodingVerdict {
  encoding: TextEncoding
  /** Characters the encoding cannot read (each becomes U+FFFD, “�”); 0 for most files. */
  unreadable: number
}

/**
 * Reads the whole file once (a decoder pass, no parsing: about a second per gigabyte) to settle
 * the encoding, and counts what it cannot read. `chosen` is the person's choice, counted as is.
 */
export async function decideEncoding(file: string, head: Uint8Array, chosen: TextEncoding | null = null): Promise<EncodingVerdict> {
  const sniffed = sniffEncoding(head)
  const encoding = chosen ?? sniffed.encoding
  const strict = chosen === null && !sniffed.certain
  const decoder = new TextDecoder(encoding, { fatal: strict })
  let unreadable = 0
  const input = createReadStream(file, { start: bomLength(head, encoding), highWaterMark: 1 << 20 })
  try {
    for await (const chunk of input) unreadable += countUnreadable(decoder.decode(chunk as Buffer, { stream: true }))
    unreadable += countUnreadable(decoder.decode())
  } catch (error) {
    if (strict && error instanceof TypeError) return { encoding: 'windows-1252', unreadable: 0 }
    throw error
  } finally {
    input.destroy()
  }
  return { encoding, unreadable }
}

/** How many U+FFFD a decoded text holds. */
export function countUnreadable(text: string): number {
  let count = 0
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) count++
  return count
}
