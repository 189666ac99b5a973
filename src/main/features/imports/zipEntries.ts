import { createReadStream } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { pipeline, Readable, Transform } from 'node:stream'
import { crc32, createInflateRaw } from 'node:zlib'

// A zip file on disk read as a table of contents plus one entry at a time: the central
// directory at the end of the file says where each entry starts, so an entry is read from its
// own offset (in whatever order the parts were written) and inflated as a stream, never whole.
// Each entry's bytes are checked against the checksum and length its table of contents gives,
// so a damaged part is refused rather than read as other text.

export interface ZipEntry {
  name: string
  method: number
  flags: number
  compressedSize: number
  size: number
  /** The CRC-32 of the entry's bytes as stored (inflated). */
  crc32: number
  /** Where the entry's local header starts. */
  offset: number
}

/** The file is not a zip Baton can read (damaged, cut short, encrypted). */
export class ZipProblem extends Error {}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_END = 0x06064b50
const CENTRAL_HEADER = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const STORED = 0
const DEFLATED = 8
const ENCRYPTED = 0x0001
const MAX_16 = 0xffff
const MAX_32 = 0xffffffff
/** The end record is 22 bytes, after which a comment of up to 65,535 bytes may follow. */
const TAIL = 22 + MAX_16

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  const { bytesRead } = await handle.read(buffer, 0, length, position)
  if (bytesRead < length) throw new ZipProblem('the file ends early')
  return buffer
}

const u64 = (buffer: Buffer, at: number) => Number(buffer.readBigUInt64LE(at))

/** Where the central directory is and how many entries it lists (from the end record, or its 64-bit twin). */
async function centralDirectory(handle: FileHandle, size: number): Promise<{ offset: number; length: number; count: number }> {
  const tailStart = Math.max(0, size - TAIL)
  const tail = await readAt(handle, tailStart, size - tailStart)
  let at = tail.length - 22
  while (at >= 0 && tail.readUInt32LE(at) !== END_OF_CENTRAL_DIRECTORY) at--
  if (at < 0) throw new ZipProblem('its table of contents is missing')
  let count = tail.readUInt16LE(at + 10)
  let length = tail.readUInt32LE(at + 12)
  let offset = tail.readUInt32LE(at + 16)
  if ((count === MAX_16 || length === MAX_32 || offset === MAX_32) && at >= 20 && tail.readUInt32LE(at - 20) === ZIP64_LOCATOR) {
    const end = await readAt(handle, u64(tail, at - 20 + 8), 56)
    if (end.readUInt32LE(0) !== ZIP64_END) throw new ZipProblem('its table of contents is damaged')
    count = u64(end, 32)
    length = u64(end, 40)
    offset = u64(end, 48)
  }
  if (offset + length > size) throw new ZipProblem('its table of contents points past its end')
  return { offset, length, count }
}

/** Sizes and offset too large for 32 bits are in the entry's zip64 extra field, in this order. */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at)
    const length = extra.readUInt16LE(at + 2)
    if (id === 0x0001) {
      let field = at + 4
      for (const key of ['size', 'compressedSize', 'offset'] as const) {
        if (entry[key] !== MAX_32 || field + 8 > at + 4 + length) continue
        entry[key] = u64(extra, field)
        field += 8
      }
      return
    }
    at += 4 + length
  }
}

/** Passes the entry's bytes on, and fails at their end if their CRC-32 or length is not the one recorded. */
function checkedAgainst(entry: ZipEntry): Transform {
  let crc = 0
  let length = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      crc = crc32(chunk, crc)
      length += chunk.length
      done(null, chunk)
    },
    flush(done) {
      done(crc === entry.crc32 && length === entry.size ? null : new ZipProblem(`its part ${entry.name} is damaged`))
    },
  })
}

export class ZipFile {
  private constructor(
    readonly path: string,
    private readonly entries: Map<string, ZipEntry>,
  ) {}

  /** Reads the table of contents of the zip at `path`. */
  static async open(path: string): Promise<ZipFile> {
    const handle = await open(path, 'r')
    try {
      const { size } = await handle.stat()
      const directory = await centralDirectory(handle, size)
      const table = await readAt(handle, directory.offset, directory.length)
      const entries = new Map<string, ZipEntry>()
      let at = 0
      for (let i = 0; i < directory.count; i++) {
        if (at + 46 > table.length || table.readUInt32LE(at) !== CENTRAL_HEADER) throw new ZipProblem('its table of contents is damaged')
        const nameLength = table.readUInt16LE(at + 28)
        const extraLength = table.readUInt16LE(at + 30)
        const commentLength = table.readUInt16LE(at + 32)
        const entry: ZipEntry = {
          name: table.toString('utf8', at + 46, at + 46 + nameLength),
          flags: table.readUInt16LE(at + 8),
          method: table.readUInt16LE(at + 10),
          crc32: table.readUInt32LE(at + 16),
          compressedSize: table.readUInt32LE(at + 20),
          size: table.readUInt32LE(at + 24),
          offset: table.readUInt32LE(at + 42),
        }
        applyZip64(entry, table.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength))
        // Part names in an Office file are not case-sensitive.
        entries.set(entry.name.toLowerCase(), entry)
        at += 46 + nameLength + extraLength + commentLength
      }
      return new ZipFile(path, entries)
    } finally {
      await handle.close()
    }
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name.toLowerCase())
  }

  /**
   * The entry's bytes, inflated, as a stream; `onRead` hears how many bytes of the file each
   * piece took (for a progress bar). Destroying the stream stops the reading. A stream read to
   * its end fails with a ZipProblem when the bytes do not match the entry's checksum or length.
   */
  async stream(entry: ZipEntry, onRead?: (bytes: number) => void): Promise<Readable> {
    if (entry.flags & ENCRYPTED) throw new ZipProblem('it is protected by a password')
    if (entry.method !== STORED && entry.method !== DEFLATED) throw new ZipProblem(`it is compressed in a way Baton cannot read (method ${entry.method})`)
    const handle = await open(this.path, 'r')
    let start: number
    try {
      const header = await readAt(handle, entry.offset, 30)
      if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipProblem(`its part ${entry.name} is damaged`)
      start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
    } finally {
      await handle.close()
    }
    if (entry.compressedSize === 0) return Readable.from([])
    const raw = createReadStream(this.path, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 18 })
    if (onRead) raw.on('data', (chunk) => onRead(chunk.length))
    const checked = checkedAgainst(entry)
    // pipeline hands an error in any stage on to the last, and destroying the last stops them all.
    const settled = () => {}
    if (entry.method === STORED) return pipeline(raw, checked, settled)
    return pipeline(raw, createInflateRaw({ chunkSize: 1 << 18 }), checked, settled)
  }

  /** A small entry's text whole (workbook, relationships, styles), up to `limit` bytes. */
  async text(entry: ZipEntry, limit: number): Promise<string> {
    if (entry.size > limit) throw new ZipProblem(`its part ${entry.name} is ${entry.size.toLocaleString('en-US')} bytes, more than such a part ever holds`)
    const chunks: Buffer[] = []
    let length = 0
    for await (const chunk of await this.stream(entry)) {
      length += (chunk as Buffer).length
      if (length > limit) throw new ZipProblem(`its part ${entry.name} is larger than its table of contents says`)
      chunks.push(chunk as Buffer)
    }
    const text = Buffer.concat(chunks).toString('utf8')
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  }
}
