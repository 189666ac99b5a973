import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ImportOptions } from '@shared/domain/imports'
import { AppError } from '@shared/errors'
import { useTempDatabase } from '../../../../test/fixtures/temp-database'
import { runImport } from './import.run'
import { summarizeFile } from './imports.service'

// Whatever the file holds, an import either finishes (every row saved or rejected with a
// reason) or refuses the file with a message — it never crashes and never leaves part of a batch.

const OPTIONS: Omit<ImportOptions, 'mapping'> = { duplicates: 'skip', dayOrder: 'dmy', decimalMark: '.', createCampaigns: true, createStages: true, pipelineId: null }

describe('imports, fuzzed', { timeout: 120_000 }, () => {
  const t = useTempDatabase()

  async function importBytes(bytes: Uint8Array | string, mapping?: ImportOptions['mapping']) {
    const file = join(t().dir, 'fuzz.csv')
    writeFileSync(file, bytes)
    let headers: string[] = []
    try {
      headers = (await summarizeFile(t().db, file)).headers
    } catch (error) {
      // Refusing the file is fine, if it says why in words.
      if (!(error instanceof AppError)) throw error
    }
    const full = { ...OPTIONS, mapping: mapping ?? headers.map((_, i) => (i === 0 ? 'personName' : i === 1 ? 'email' : i === 2 ? 'value' : i === 3 ? 'campaign' : null)) }
    try {
      return await runImport(t().sqlite, { file, mode: 'import', options: full, rejectedFile: join(t().dir, 'rejected.csv') }, { onProgress: () => {}, isCancelled: () => false })
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      expect(error.message.length).toBeGreaterThan(10)
      return null
    }
  }

  /** Every batch is whole, and nothing was saved outside a batch. */
  function assertNoPartialBatch() {
    const sqlite = t().sqlite
    expect(sqlite.inTransaction).toBe(false)
    const batches = sqlite.prepare(`SELECT created_count AS created, (SELECT count(*) FROM import_batch_leads WHERE batch_id = b.id) AS recorded FROM import_batches b`).all() as Array<{ created: number; recorded: number }>
    for (const batch of batches) expect(batch.recorded).toBe(batch.created)
    expect(sqlite.prepare('SELECT count(*) FROM leads').pluck().get()).toBe(batches.reduce((sum, b) => sum + b.created, 0))
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
  }

  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4_000 }), async (bytes) => {
        await importBytes(bytes)
        assertNoPartialBatch()
      }),
      { numRuns: 60 },
    )
  })

  it('CSV-ish text with broken quoting, stray delimiters and odd line ends', async () => {
    const cell = fc.stringMatching(/^[a-z0-9 @.,;"'\r\n\t€é-]{0,30}$/)
    const csv = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }).map((rows) => rows.map((row) => row.join(',')).join(fc.sample(fc.constantFrom('\n', '\r\n', '\r'), 1)[0]))
    await fc.assert(
      fc.asyncProperty(csv, async (text) => {
        await importBytes(`Name,Email,Value,Campaign\n${text}`)
        assertNoPartialBatch()
      }),
      { numRuns: 80 },
    )
  })

  it('a huge field is rejected for its row, with the others imported', async () => {
    const result = await importBytes(`Name,Email\n${'x'.repeat(3_000_000)},a@b.test\nDana,dana@x.test\n"${'y'.repeat(500_000)}`)
    expect(result).toMatchObject({ status: 'done', outcome: { created: 1, rejected: 2 } })
    assertNoPartialBatch()
  })

  it('a million columns is refused with a message', async () => {
    const header = Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',')
    const file = join(t().dir, 'wide.csv')
    writeFileSync(file, `${header}\n1,2,3\n`)
    await expect(summarizeFile(t().db, file)).rejects.toThrow(/has 1,000,000 columns; Baton reads files with up to 2,000/)
    await expect(runImport(t().sqlite, { file, mode: 'import', options: { ...OPTIONS, mapping: [] }, rejectedFile: join(t().dir, 'r.csv') }, { onProgress: () => {}, isCancelled: () => false })).rejects.toThrow(/1,000,000 columns/)
    assertNoPartialBatch()
  })

  it('an empty file, or one with only blank lines, is refused', async () => {
    for (const text of ['', '\n\n\r\n', '\ufeff']) {
      const file = join(t().dir, 'empty.csv')
      writeFileSync(file, text)
      await expect(summarizeFile(t().db, file)).rejects.toThrow(/is empty/)
    }
    assertNoPartialBatch()
  })

  it('reads UTF-16 (both byte orders) and Windows-1252', async () => {
    const text = 'Name,Email\nJosé Núñez,jose@x.test\n'
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.from(le.subarray(2)).swap16()
    const cp1252 = Buffer.from(text, 'latin1')
    for (const [bytes, encoding] of [
      [le, 'UTF-16 (little-endian)'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'UTF-16 (big-endian)'],
      [cp1252, 'Windows-1252 (Western European)'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'UTF-8'],
    ] as const) {
      const file = join(t().dir, 'enc.csv')
      writeFileSync(file, bytes)
      const summary = await summarizeFile(t().db, file)
      expect(summary.encoding).toBe(encoding)
      expect(summary.headers).toEqual(['Name', 'Email'])
      expect(summary.sample[0]).toEqual(['José Núñez', 'jose@x.test'])
    }
  })

  it('a read-only data file: the import is refused with a clear message and nothing changes', async () => {
    // Tests run as root, where chmod cannot make a file read-only; a read-only connection
    // gets SQLite's own SQLITE_READONLY, which is what a read-only file gives.
    const BetterSqlite3 = (await import('better-sqlite3')).default
    const readonly = new BetterSqlite3(t().file, { readonly: true })
    const file = join(t().dir, 'ro.csv')
    writeFileSync(file, 'Name\nDana\n')
    try {
      const attempt = runImport(readonly, { file, mode: 'import', options: { ...OPTIONS, mapping: ['personName'] }, rejectedFile: join(t().dir, 'r.csv') }, { onProgress: () => {}, isCancelled: () => false })
      await expect(attempt).rejects.toMatchObject({ code: 'SQLITE_READONLY' })
      const { toErrorShape } = await import('../../ipc/errorShape')
      const shape = toErrorShape(await attempt.catch((error: unknown) => error), 'imports.start', () => {})
      expect(shape.message).toBe('The data file is read-only, so nothing was saved.')
    } finally {
      readonly.close()
    }
    assertNoPartialBatch()
  })

  it('a full disk: the import rolls back with a clear message and nothing changes', async () => {
    // max_page_count caps the file's size, so SQLite answers SQLITE_FULL exactly as on a full disk.
    const sqlite = t().sqlite
    const pages = sqlite.pragma('page_count', { simple: true }) as number
    sqlite.pragma(`max_page_count = ${pages + 3}`)
    const file = join(t().dir, 'full.csv')
    writeFileSync(file, ['Name,Email', ...Array.from({ length: 5_000 }, (_, i) => `Person ${i},p${i}@x.test`)].join('\n'))
    const attempt = runImport(sqlite, { file, mode: 'import', options: { ...OPTIONS, mapping: ['personName', 'email'] }, rejectedFile: join(t().dir, 'r.csv') }, { onProgress: () => {}, isCancelled: () => false })
    const error = await attempt.catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'SQLITE_FULL' })
    const { toErrorShape } = await import('../../ipc/errorShape')
    expect(toErrorShape(error, 'imports.start', () => {}).message).toBe('The disk is full, so nothing was saved. Free some space and try again.')
    sqlite.pragma('max_page_count = 1073741823')
    assertNoPartialBatch()
    expect(sqlite.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0)
  })

  it('reads an Excel workbook (first sheet, dates and numbers as values)', async () => {
    const ExcelJS = (await import('exceljs')).default
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Leads')
    sheet.addRow(['Name', 'Email', 'Value', 'Created'])
    sheet.addRow(['Dana Li', 'dana@x.test', 1234.5, new Date(Date.UTC(2026, 2, 12))])
    workbook.addWorksheet('Notes').addRow(['not leads'])
    const file = join(t().dir, 'leads.xlsx')
    await workbook.xlsx.writeFile(file)
    const summary = await summarizeFile(t().db, file)
    expect(summary).toMatchObject({ format: 'xlsx', headers: ['Name', 'Email', 'Value', 'Created'], sample: [['Dana Li', 'dana@x.test', '1234.5', '2026-03-12']] })
    const result = await runImport(t().sqlite, { file, mode: 'import', options: { ...OPTIONS, mapping: summary.mapping }, rejectedFile: join(t().dir, 'r.csv') }, { onProgress: () => {}, isCancelled: () => false })
    expect(result).toMatchObject({ status: 'done', outcome: { created: 1, preview: [{ valueMinor: 123_450, createdOn: '2026-03-12' }] } })
  })
})
