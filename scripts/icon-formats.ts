import { deflateSync, inflateSync } from 'node:zlib'

// Just enough PNG to make the app's icon sizes without a native image library: decode an
// 8-bit RGB/RGBA non-interlaced PNG, shrink it by area averaging, encode it again, and wrap
// PNGs into Windows .ico and macOS .icns files (both formats can hold PNG data as it is).

export interface Image {
  width: number
  height: number
  /** RGBA, 4 bytes a pixel, rows top to bottom. */
  data: Uint8Array
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(body.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0)
  return Buffer.concat([head, body, crc])
}

export function decodePng(file: Uint8Array): Image {
  const buffer = Buffer.from(file)
  if (!buffer.subarray(0, 8).equals(SIGNATURE)) throw new Error('The source icon is not a PNG file.')
  let offset = 8
  let width = 0
  let height = 0
  let colorType = -1
  const idat: Buffer[] = []
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset)
    const type = buffer.toString('ascii', offset + 4, offset + 8)
    const body = buffer.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      const depth = body[8]
      colorType = body[9] ?? -1
      if (depth !== 8 || (colorType !== 6 && colorType !== 2) || body[12] !== 0) {
        throw new Error('The source icon must be an 8-bit RGB or RGBA PNG without interlacing.')
      }
    } else if (type === 'IDAT') idat.push(body)
    offset += 12 + length
  }
  const channels = colorType === 6 ? 4 : 3
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const pixels = new Uint8Array(width * height * channels)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (pixels[y * stride + x - channels] as number) : 0
      const b = y > 0 ? (pixels[(y - 1) * stride + x] as number) : 0
      const c = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] as number) : 0
      const p = a + b - c
      const pa = Math.abs(p - a)
      const pb = Math.abs(p - b)
      const pc = Math.abs(p - c)
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter as number]
      if (predictor === undefined) throw new Error('The source icon uses an unknown PNG filter.')
      pixels[y * stride + x] = ((line[x] as number) + predictor) & 0xff
    }
  }
  if (channels === 4) return { width, height, data: pixels }
  const rgba = new Uint8Array(width * height * 4)
  for (let i = 0; i < width * height; i++) rgba.set([pixels[i * 3] as number, pixels[i * 3 + 1] as number, pixels[i * 3 + 2] as number, 255], i * 4)
  return { width, height, data: rgba }
}

export function encodePng(image: Image): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(image.width, 0)
  header.writeUInt32BE(image.height, 4)
  header.set([8, 6, 0, 0, 0], 8)
  const stride = image.width * 4
  const raw = Buffer.alloc((stride + 1) * image.height)
  for (let y = 0; y < image.height; y++) raw.set(image.data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1)
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())])
}

/** Shrinks to size×size by averaging the source area under each pixel (alpha-weighted, so edges stay clean). */
export function resize(image: Image, size: number): Image {
  const out = new Uint8Array(size * size * 4)
  const sx = image.width / size
  const sy = image.height / size
  for (let ty = 0; ty < size; ty++) {
    for (let tx = 0; tx < size; tx++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      let weight = 0
      for (let y = Math.floor(ty * sy); y < Math.min(image.height, Math.ceil((ty + 1) * sy)); y++) {
        const wy = Math.min(y + 1, (ty + 1) * sy) - Math.max(y, ty * sy)
        for (let x = Math.floor(tx * sx); x < Math.min(image.width, Math.ceil((tx + 1) * sx)); x++) {
          const w = wy * (Math.min(x + 1, (tx + 1) * sx) - Math.max(x, tx * sx))
          const i = (y * image.width + x) * 4
          const alpha = (image.data[i + 3] as number) * w
          r += (image.data[i] as number) * alpha
          g += (image.data[i + 1] as number) * alpha
          b += (image.data[i + 2] as number) * alpha
          a += alpha
          weight += w
        }
      }
      const o = (ty * size + tx) * 4
      out.set(a > 0 ? [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round(a / weight)] : [0, 0, 0, 0], o)
    }
  }
  return { width: size, height: size, data: out }
}

/** A Windows icon holding one PNG per size (256 is written as 0 in the directory, as the format says). */
export function encodeIco(pngs: ReadonlyArray<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(pngs.length, 4)
  let offset = 6 + 16 * pngs.length
  const entries = pngs.map(({ size, png }) => {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0)
    entry.writeUInt8(size >= 256 ? 0 : size, 1)
    entry.writeUInt16LE(1, 4)
    entry.writeUInt16LE(32, 6)
    entry.writeUInt32LE(png.length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += png.length
    return entry
  })
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.png)])
}

/** macOS icon types that hold PNG data, by pixel size. */
export const ICNS_TYPES: ReadonlyArray<{ type: string; size: number }> = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'ic11', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic12', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic13', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic14', size: 512 },
]

export function encodeIcns(entries: ReadonlyArray<{ type: string; png: Buffer }>): Buffer {
  const blocks = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + blocks.reduce((n, b) => n + b.length, 0), 4)
  return Buffer.concat([head, ...blocks])
}
