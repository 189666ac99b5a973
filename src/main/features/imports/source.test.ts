import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, describe, expect, it } from 'vitest'
import { openRowSource } from './source'

const dir = mkdtempSync(join(tmpdir(), 'baton-source-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A CSV of `rows` leads, written a few thousand lines at a time. */
function writeLeads(file: string, rows: number): void {
  const fd = openSync(file, 'w')
  try {
    writeSync(fd, 'Name,Email,Company,Notes\r\n')
    let lines: string[] = []
    for (let i = 0; i < rows; i++) {
      lines.push(`Person ${i},person${i}@example.test,"Company ${i % 5000}, Ltd","Met at the fair; wants a call back about the renewal (${i})"`)
      if (lines.length === 5_000) {
        writeSync(fd, `${lines.join('\r\n')}\r\n`)
        lines = []
      }
    }
    if (lines.length > 0) writeSync(fd, `${lines.join('\r\n')}\r\n`)
  } finally {
    closeSync(fd)
  }
}

describe('reading a file in batches', () => {
  it('hands on every row once, in order, in batches of a chunk each', async () => {
    const file = join(dir, 'small.csv')
    writeLeads(file, 30_000)
    const source = await openRowSource(file)
    const sizes: number[] = []
    let expected = -1
    for await (const batch of source.batches()) {
      sizes.push(batch.length)
      for (const row of batch) {
        if (expected >= 0) expect(row[0]).toBe(`Person ${expected}`)
        expected++
      }
    }
    expect(expected).toBe(30_000)
    expect(sizes.length).toBeGreaterThan(1)
    expect(source.bytesRead()).toBe(source.totalBytes)
    // rows() is the same, one by one.
    let count = 0
    for await (const row of source.rows()) count += row.length > 0 ? 1 : 0
    expect(count).toBe(30_001)
  })

  it('keeps a row cut at a chunk boundary whole, and a last line without a line end', async () => {
    const file = join(dir, 'edge.csv')
    const long = 'x'.repeat((1 << 20) - 20)
    writeFileSync(file, `Name,Notes\r\nFirst,"${long}"\r\nSecond,"quoted, with\r\na line break"\r\nLast,end`)
    const rows: string[][] = []
    for await (const batch of (await openRowSource(file)).batches()) rows.push(...batch)
    expect(rows.map((row) => row[0])).toEqual(['Name', 'First', 'Second', 'Last'])
    expect(rows[1]![1]).toHaveLength(long.length)
    expect(rows[2]![1]).toBe('quoted, with\r\na line break')
    expect(rows[3]).toEqual(['Last', 'end'])
  })

  it('reads a file much larger than its memory use: the heap stays flat while it streams', async () => {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    const file = join(dir, 'large.csv')
    writeLeads(file, 400_000) // about 45 MB
    gc()
    const baseline = process.memoryUsage().heapUsed
    let peak = 0
    let batches = 0
    let rows = 0
    const source = await openRowSource(file)
    expect(source.totalBytes).toBeGreaterThan(40 * 1024 * 1024)
    for await (const batch of source.batches()) {
      rows += batch.length
      if (++batches % 5 === 0) {
        gc()
        peak = Math.max(peak, process.memoryUsage().heapUsed - baseline)
      }
    }
    expect(rows).toBe(400_001)
    // Holding the file's rows would take several times its size; streaming holds a chunk or two.
    expect(peak).toBeLessThan(16 * 1024 * 1024)
  })

  it('tells a workbook by its first bytes, whatever its name', async () => {
    const csv = join(dir, 'plain.csv')
    writeFileSync(csv, 'Name\r\nDana')
    const zipped = join(dir, 'export.csv')
    writeFileSync(zipped, Buffer.from([0x50, 0x4b, 0x03, 0x04]))
    expect((await openRowSource(csv)).format).toBe('csv')
    expect((await openRowSource(zipped)).format).toBe('xlsx')
    await expect(openRowSource(join(dir, 'missing.xlsx'))).rejects.toThrow('missing or not readable')
  })
})
