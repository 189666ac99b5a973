import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import { crc32, createDeflateRaw, deflateRawSync, type DeflateRaw } from 'node:zlib'
import { AppError } from '@shared/errors'

// A zip file written front to back, one entry after another, never held whole: what an .xlsx is.
// Each entry is deflated by Node's zlib, which works on the thread pool, so compressing one
// chunk overlaps with building the next on the main thread; its CRC and sizes follow it in a
// data descriptor, and the central directory closes the file.

/**
 * zlib's level 1 (fastest): the XML of a sheet repeats its tags on every row, so even the
 * quickest level shrinks it about six times (a 95 MB sheet of 100,000 leads becomes 16 MB,
 * as large as exceljs made it), while level 6 takes two and a half times as long for a file
 * a fifth smaller.
 */
const LEVEL = 1

const LOCAL_HEADER = 0x04034b50
const DATA_DESCRIPTOR = 0x08074b50
const CENTRAL_HEADER = 0x02014b50
const END_OF_CENTRAL_DIRECTORY = 0x06054b50
/** Bit 3: sizes and CRC follow the data. */
const FLAG_DESCRIPTOR = 0x0008
const DEFLATE = 8
/** Version 2.0: deflate, folders. */
const VERSION = 20
const MAX_32 = 0xffffffff

interface Written {
  name: Buffer
  crc: number
  compressed: number
  size: number
  offset: number
}

/** Date and time in MS-DOS form, as zip headers hold them (local time, two-second steps). */
function dosTime(at: Date): { time: number; date: number } {
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
    date: ((Math.max(1980, at.getFullYear()) - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  }
}

/** One entry being written: `put` waits when zlib or the disk is behind. */
export interface ZipEntryWriter {
  put(text: string): Promise<void>
  end(): Promise<void>
}

export class ZipWriter {
  private offset = 0
  private readonly entries: Written[] = []
  private readonly stamp = dosTime(new Date())
  private failure: Error | null = null
  private busy = false
  /** The entry being streamed: stopped at once if the file fails under it. */
  private deflating: DeflateRaw | null = null

  private constructor(private readonly out: WriteStream) {
    out.on('error', (error) => {
      this.failure ??= error
      this.deflating?.destroy(error)
    })
  }

  /** A new file at `path` (which must not exist yet). */
  static async create(path: string): Promise<ZipWriter> {
    const out = createWriteStream(path, { flags: 'wx', highWaterMark: 1 << 20 })
    await once(out, 'open')
    return new ZipWriter(out)
  }

  /** A small entry given whole. */
  async add(name: string, content: string): Promise<void> {
    const data = Buffer.from(content, 'utf8')
    const compressed = deflateRawSync(data, { level: LEVEL })
    const entry = this.begin(name)
    await this.write(compressed)
    await this.finish(entry, crc32(data), compressed.length, data.length)
  }

  /** An entry written a piece at a time; `end` it before opening the next. */
  open(name: string): ZipEntryWriter {
    const entry = this.begin(name)
    const deflate = createDeflateRaw({ level: LEVEL, memLevel: 9 })
    this.deflating = deflate
    let crc = 0
    let size = 0
    let compressed = 0
    deflate.on('data', (chunk: Buffer) => {
      compressed += chunk.length
      this.offset += chunk.length
      // The disk sets the pace: zlib waits while the file's buffer is full.
      if (!this.out.write(chunk)) {
        deflate.pause()
        this.out.once('drain', () => deflate.resume())
      }
    })
    const ended = once(deflate, 'end')
    // A failure is read through `ended` and the drains below; this keeps an early one from going unheard.
    ended.catch(() => {})
    return {
      put: async (text) => {
        this.throwIfFailed()
        const data = Buffer.from(text, 'utf8')
        crc = crc32(data, crc)
        size += data.length
        if (!deflate.write(data)) await drained(deflate)
      },
      end: async () => {
        deflate.end()
        try {
          await ended
        } finally {
          this.deflating = null
        }
        await this.finish(entry, crc, compressed, size)
      },
    }
  }

  /** The central directory, then the file is closed. */
  async close(): Promise<void> {
    const start = this.offset
    for (const entry of this.entries) {
      const header = Buffer.alloc(46)
      header.writeUInt32LE(CENTRAL_HEADER, 0)
      header.writeUInt16LE(VERSION, 4)
      header.writeUInt16LE(VERSION, 6)
      header.writeUInt16LE(FLAG_DESCRIPTOR, 8)
      header.writeUInt16LE(DEFLATE, 10)
      header.writeUInt16LE(this.stamp.time, 12)
      header.writeUInt16LE(this.stamp.date, 14)
      header.writeUInt32LE(entry.crc, 16)
      header.writeUInt32LE(entry.compressed, 20)
      header.writeUInt32LE(entry.size, 24)
      header.writeUInt16LE(entry.name.length, 28)
      header.writeUInt32LE(entry.offset, 42)
      await this.write(Buffer.concat([header, entry.name]))
    }
    const end = Buffer.alloc(22)
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0)
    end.writeUInt16LE(this.entries.length, 8)
    end.writeUInt16LE(this.entries.length, 10)
    end.writeUInt32LE(this.offset - start, 12)
    end.writeUInt32LE(start, 16)
    await this.write(end)
    this.out.end()
    await once(this.out, 'close')
    this.throwIfFailed()
  }

  /** Stops writing (a cancel or a failure); the caller removes the file. */
  async abandon(): Promise<void> {
    this.deflating?.destroy()
    if (this.out.closed) return
    const closed = once(this.out, 'close').catch(() => {})
    this.out.destroy()
    await closed
  }

  private begin(name: string): Written {
    if (this.busy) throw new Error('zip: one entry at a time')
    this.busy = true
    const entry: Written = { name: Buffer.from(name, 'utf8'), crc: 0, compressed: 0, size: 0, offset: this.offset }
    const header = Buffer.alloc(30)
    header.writeUInt32LE(LOCAL_HEADER, 0)
    header.writeUInt16LE(VERSION, 4)
    header.writeUInt16LE(FLAG_DESCRIPTOR, 6)
    header.writeUInt16LE(DEFLATE, 8)
    header.writeUInt16LE(this.stamp.time, 10)
    header.writeUInt16LE(this.stamp.date, 12)
    header.writeUInt16LE(entry.name.length, 26)
    this.out.write(Buffer.concat([header, entry.name]))
    this.offset += 30 + entry.name.length
    return entry
  }

  private async finish(entry: Written, crc: number, compressed: number, size: number): Promise<void> {
    // A zip without its 64-bit extension holds entries and offsets under 4 GiB.
    if (size > MAX_32 || compressed > MAX_32 || this.offset > MAX_32) {
      throw new AppError('invalid_input', 'This spreadsheet would be larger than 4 GB, more than Baton writes into one .xlsx. Export it as CSV instead.')
    }
    Object.assign(entry, { crc, compressed, size })
    const descriptor = Buffer.alloc(16)
    descriptor.writeUInt32LE(DATA_DESCRIPTOR, 0)
    descriptor.writeUInt32LE(crc, 4)
    descriptor.writeUInt32LE(compressed, 8)
    descriptor.writeUInt32LE(size, 12)
    await this.write(descriptor)
    this.entries.push(entry)
    this.busy = false
  }

  private async write(data: Buffer): Promise<void> {
    this.throwIfFailed()
    this.offset += data.length
    if (!this.out.write(data)) await drained(this.out)
    this.throwIfFailed()
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure
  }
}

/** Resolves on 'drain', rejects if the stream fails or closes first. */
function drained(stream: DeflateRaw | WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', onDrain)
      stream.off('error', done)
      stream.off('close', onClose)
      if (error) reject(error)
      else resolve()
    }
    const onDrain = () => done()
    const onClose = () => done(new Error('The file closed before it was written.'))
    stream.once('drain', onDrain)
    stream.once('error', done)
    stream.once('close', onClose)
  })
}
