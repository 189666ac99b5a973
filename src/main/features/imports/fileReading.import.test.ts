import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportOptions } from '@shared/domain/imports'
import { writeSharedStringsWorkbook } from '../../../../test/fixtures/workbooks'
import { useTempWorkspace } from '../../../../test/fixtures/workspace'
import { LEADS_WITH_PARTIES } from '../../../../test/fixtures/imports'
import { runImport } from './import.run'
import { summarizeFile } from './imports.service'

// No silent damage: the encoding comes from the whole file, what cannot be read is said and
// where, a cell of any size is rejected rather than the process killed, and every message names
// the row as the spreadsheet numbers it.

const OPTIONS: Omit<ImportOptions, 'mapping'> = { duplicates: 'skip', dayOrder: 'dmy', decimalMark: '.', createCampaigns: true, createStages: true, pipelineId: null }

describe('reading files without silent damage', { timeout: 120_000 }, () => {
  const ws = useTempWorkspace()
  const run = (file: string, options: ImportOptions, mode: 'preview' | 'import' = 'import') =>
    runImport(ws().database.sqlite, { file, options, mode, rejectedFile: join(ws().dir, 'rejected.csv') }, { onProgress: () => {}, isCancelled: () => false })
  const names = () => ws().database.sqlite.prepare(`SELECT person_name FROM ${LEADS_WITH_PARTIES} leads ORDER BY id`).pluck().all() as string[]

  it('decides the encoding from the whole file: a Windows-1252 "é" far past the first bytes is read as "é"', async () => {
    const file = join(ws().dir, 'late-accent.csv')
    const rows = ['Name,Email', ...Array.from({ length: 3_000 }, (_, i) => `Person ${i},p${i}@x.test`)]
    writeFileSync(file, Buffer.concat([Buffer.from(`${rows.join('\r\n')}\r\n`), Buffer.from('José Núñez,jose@x.test\r\n', 'latin1')]))
    expect((await summarizeFile(ws().context.db, file)).textEncoding).toBe('windows-1252')
    // Without the summary's verdict the import starts as UTF-8, meets the byte, and starts again.
    const result = await run(file, { ...OPTIONS, mapping: ['personName', 'email'] })
    expect(result).toMatchObject({ status: 'done', outcome: { created: 3_001, rejected: 0, warnings: [] } })
    expect(names().at(-1)).toBe('José Núñez')
  })

  it('says where characters the encoding cannot read are, and how many, instead of storing “�” silently', async () => {
    const file = join(ws().dir, 'damaged.csv')
    writeFileSync(file, Buffer.concat([Buffer.from('\ufeffName,Email,Notes\r\nDana Li,dana@x.test,fine\r\nJos'), Buffer.from([0xe9, 0xff]), Buffer.from(' Ruiz,jose@x.test,caf'), Buffer.from([0xe9]), Buffer.from('\r\n')]))
    const summary = await summarizeFile(ws().context.db, file)
    expect(summary).toMatchObject({ textEncoding: 'utf-8', unreadable: 3 })
    const result = await run(file, { ...OPTIONS, mapping: summary.mapping, encoding: summary.textEncoding }, 'preview')
    expect(result).toMatchObject({ status: 'done', outcome: { created: 2 } })
    if (result.status !== 'done') return
    expect(result.outcome.warnings).toEqual([
      { row: 3, column: 'Name', reason: '2 characters could not be read in the file’s encoding and show as “�”' },
      { row: 3, column: 'Notes', reason: '1 character could not be read in the file’s encoding and show as “�”' },
    ])
  })

  it('rejects a row with a 50 MB cell with a message, and imports the others, in the worker with its capped heap', async () => {
    const file = join(ws().dir, 'huge-cell.csv')
    const fd = openSync(file, 'w')
    writeSync(fd, 'Name,Email,Notes\r\nDana Li,dana@x.test,ok\r\nBo Chen,bo@x.test,"')
    const block = 'x'.repeat(1 << 20)
    for (let i = 0; i < 50; i++) writeSync(fd, block)
    writeSync(fd, '"\r\nCy Ray,cy@x.test,after\r\n')
    closeSync(fd)
    const jobId = await ws().imports.start(file, { ...OPTIONS, mapping: ['personName', 'email', 'notes'] }, 'import')
    const state = await ws().imports.settled(jobId)
    expect(state).toMatchObject({ status: 'done', outcome: { rowsRead: 3, created: 2, rejected: 1 } })
    if (state.status !== 'done') return
    expect(state.outcome.problems).toEqual([{ row: 3, column: 'Row', reason: 'This row is 52,428,820 characters long, too long to read (a cell holds up to 10,000): it was left out' }])
    expect(names()).toEqual(['Dana Li', 'Cy Ray'])
    expect(readFileSync(ws().imports.rejectedFile(jobId), 'utf8')).toContain(',,,3,"Row: This row is 52,428,820 characters long')
  })

  it('rejects a workbook row with a 50 MB cell with a message, and imports the others, in the worker with its capped heap', async () => {
    const file = join(ws().dir, 'huge-cell.xlsx')
    await writeSharedStringsWorkbook(file, [
      ['Name', 'Email', 'Notes'],
      ['Dana Li', 'dana@x.test', 'ok'],
      ['Bo Chen', 'bo@x.test', 'x'.repeat(50 * 1024 * 1024)],
      ['Cy Ray', 'cy@x.test', 'after'],
    ])
    const jobId = await ws().imports.start(file, { ...OPTIONS, mapping: ['personName', 'email', 'notes'] }, 'import')
    const state = await ws().imports.settled(jobId)
    expect(state).toMatchObject({ status: 'done', outcome: { rowsRead: 3, created: 2, rejected: 1 } })
    if (state.status !== 'done') return
    expect(state.outcome.problems).toEqual([{ row: 3, column: 'Row', reason: 'This row is 52,428,816 characters long, too long to read (a cell holds up to 10,000): it was left out' }])
    expect(names()).toEqual(['Dana Li', 'Cy Ray'])
  })

  it('numbers rows as the spreadsheet does: blank rows and rows above the header count', async () => {
    const file = join(ws().dir, 'gaps.csv')
    writeFileSync(file, 'Leads from the fair\r\n\r\nName,Email\r\nDana Li,not-an-email\r\n\r\n,\r\nBo Chen,bo@x.test\r\n"Multi\r\nline",bad@\r\nCy Ray,dana\r\n')
    const summary = await summarizeFile(ws().context.db, file)
    expect(summary.headerRow).toBe(3)
    const result = await run(file, { ...OPTIONS, mapping: summary.mapping, headerRow: summary.headerRow }, 'preview')
    if (result.status !== 'done') throw new Error('not done')
    expect(result.outcome.problems.map((p) => p.row)).toEqual([4, 8, 9])
    expect(result.outcome.preview.map((p) => [p.row, p.personName])).toEqual([[7, 'Bo Chen']])
  })

  it('numbers a workbook’s rows as the spreadsheet does, finds its header under a title and leaves its totals row out', async () => {
    const file = join(ws().dir, 'fair.xlsx')
    await writeSharedStringsWorkbook(file, [['Leads from the fair'], [], ['Name', 'Email', 'Value'], ['Dana Li', 'not-an-email', 10], [], ['Bo Chen', 'bo@x.test', 20], ['Cy Ray', 'dana', 5], ['Total', null, 35]])
    const summary = await summarizeFile(ws().context.db, file)
    expect(summary).toMatchObject({ format: 'xlsx', headerRow: 3, headers: ['Name', 'Email', 'Value'] })
    const result = await run(file, { ...OPTIONS, mapping: summary.mapping, headerRow: summary.headerRow }, 'preview')
    if (result.status !== 'done') throw new Error('not done')
    expect(result.outcome.problems.map((p) => p.row)).toEqual([4, 7])
    expect(result.outcome.preview.map((p) => [p.row, p.personName])).toEqual([[6, 'Bo Chen']])
    expect(result.outcome.leftOut).toEqual([{ row: 8, text: 'Total' }])
  })
})
