import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32, inflateRawSync } from 'node:zlib'
import { unzipSync, strFromU8 } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import { ZipWriter } from './zipWriter'

const dir = mkdtempSync(join(tmpdir(), 'baton-zip-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Checks every entry front to back against the central directory: CRC, sizes, offsets; returns the names. */
function walk(zip: Buffer): string[] {
  const end = zip.length - 22
  expect(zip.readUInt32LE(end)).toBe(0x06054b50)
  const count = zip.readUInt16LE(end + 10)
  let central = zip.readUInt32LE(end + 16)
  expect(central + zip.readUInt32LE(end + 12)).toBe(end)
  const names: string[] = []
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(central)).toBe(0x02014b50)
    const crc = zip.readUInt32LE(central + 16)
    const compressed = zip.readUInt32LE(central + 20)
    const size = zip.readUInt32LE(central + 24)
    const nameLength = zip.readUInt16LE(central + 28)
    const name = zip.toString('utf8', central + 46, central + 46 + nameLength)
    const local = zip.readUInt32LE(central + 42)
    expect(zip.readUInt32LE(local)).toBe(0x04034b50)
    expect(zip.toString('utf8', local + 30, local + 30 + zip.readUInt16LE(local + 26))).toBe(name)
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const content = inflateRawSync(zip.subarray(data, data + compressed))
    expect(content.length).toBe(size)
    expect(crc32(content)).toBe(crc)
    const descriptor = data + compressed
    expect([zip.readUInt32LE(descriptor), zip.readUInt32LE(descriptor + 4), zip.readUInt32LE(descriptor + 8), zip.readUInt32LE(descriptor + 12)]).toEqual([0x08074b50, crc, compressed, size])
    names.push(name)
    central += 46 + nameLength + zip.readUInt16LE(central + 30) + zip.readUInt16LE(central + 32)
  }
  return names
}

describe('zip writer', () => {
  it('writes entries given whole and streamed in pieces, which another zip reader reads back byte for byte', async () => {
    const file = join(dir, 'two.zip')
    const zip = await ZipWriter.create(file)
    await zip.add('small.txt', 'Dana Li — Köln')
    const entry = zip.open('folder/streamed.xml')
    const pieces: string[] = []
    for (let i = 0; i < 2_000; i++) {
      const piece = `<row r="${i}"><c><v>${i * 7}</v></c></row>`.repeat(20)
      pieces.push(piece)
      await entry.put(piece)
    }
    await entry.end()
    await zip.add('empty.txt', '')
    await zip.close()
    const files = unzipSync(readFileSync(file))
    expect(Object.keys(files)).toEqual(['small.txt', 'folder/streamed.xml', 'empty.txt'])
    expect(strFromU8(files['small.txt']!)).toBe('Dana Li — Köln')
    expect(strFromU8(files['folder/streamed.xml']!)).toBe(pieces.join(''))
    expect(files['empty.txt']).toHaveLength(0)
    // Walked as a strict reader would: each local header, its data, and the descriptor after it agree with the table of contents.
    expect(walk(readFileSync(file))).toEqual(['small.txt', 'folder/streamed.xml', 'empty.txt'])
  })

  it('will not write over a file that is already there', async () => {
    const file = join(dir, 'taken.zip')
    writeFileSync(file, 'kept')
    await expect(ZipWriter.create(file)).rejects.toThrow(/EEXIST/)
    expect(readFileSync(file, 'utf8')).toBe('kept')
  })

  it('stops at once when abandoned mid-entry', async () => {
    const file = join(dir, 'abandoned.zip')
    const zip = await ZipWriter.create(file)
    const entry = zip.open('sheet.xml')
    await entry.put('<row/>'.repeat(10_000))
    await zip.abandon()
    await expect(entry.put('more')).rejects.toThrow()
  })
})
