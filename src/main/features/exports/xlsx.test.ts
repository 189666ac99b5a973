import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ReportColumn } from '@shared/domain/report'
import { sheetName, writeXlsxFile } from './xlsx'

const columns: ReportColumn[] = [
  { key: 'name', label: 'Campaign', kind: 'text' },
  { key: 'day', label: 'Started', kind: 'date' },
  { key: 'leads', label: 'Leads', kind: 'integer' },
  { key: 'revenue', label: 'Won revenue', kind: 'money' },
  { key: 'roi', label: 'ROI', kind: 'ratio' },
]

describe('XLSX writer', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'baton-xlsx-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('writes one sheet per table with typed cells, number formats in the firm currency, a frozen header and fitted widths', async () => {
    const file = join(dir, 'report.xlsx')
    await writeXlsxFile(
      file,
      [
        {
          title: 'Campaign performance',
          columns,
          chunks: [
            [
              ['Spring webinar — Köln', '2026-03-02', 12, 1_250_050, 0.5],
              ['=HYPERLINK("x")', '2026-03-09', 0, 0, null],
            ],
          ],
          totals: ['Total', null, 12, 1_250_050, 0.25],
        },
        { title: 'Channels: comparison / all?', columns: columns.slice(0, 3), chunks: [] },
      ],
      { currency: 'EUR', locale: 'de-DE', about: [['Period', 'Mar 2026']] },
    )
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file)
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Campaign performance', 'Channels  comparison   all', 'About this report'])
    const sheet = book.getWorksheet('Campaign performance')!
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.getRow(1).values).toEqual([undefined, 'Campaign', 'Started', 'Leads', 'Won revenue (EUR)', 'ROI (%)'])
    expect(sheet.getRow(1).font?.bold).toBe(true)
    const first = sheet.getRow(2)
    expect(first.getCell(1).value).toBe('Spring webinar — Köln')
    expect(first.getCell(2).value).toEqual(new Date('2026-03-02T00:00:00Z'))
    expect(first.getCell(3).value).toBe(12)
    expect(first.getCell(4).value).toBe(12_500.5)
    expect(first.getCell(4).numFmt).toBe('"€"#,##0.00;-"€"#,##0.00')
    expect(first.getCell(5).value).toBe(0.5)
    expect(first.getCell(5).numFmt).toBe('0.0%')
    expect(first.getCell(2).numFmt).toBe('yyyy-mm-dd')
    // Text stays text: a formula-looking name is a string cell, never a formula.
    expect(sheet.getRow(3).getCell(1).value).toBe('=HYPERLINK("x")')
    expect(sheet.getRow(3).getCell(5).value).toBe('—')
    expect(sheet.getRow(4).getCell(1).value).toBe('Total')
    expect(sheet.getRow(4).font?.bold).toBe(true)
    expect(sheet.getColumn(1).width).toBe('Spring webinar — Köln'.length + 2)
    expect(sheet.getColumn(3).width).toBe(8)
    expect(readdirSync(dir)).toEqual(['report.xlsx'])
  })

  it('leaves nothing behind when cancelled', async () => {
    const file = join(dir, 'big.xlsx')
    const controller = new AbortController()
    function* rows() {
      for (let i = 0; i < 100; i++) {
        if (i === 3) controller.abort()
        yield Array.from({ length: 100 }, (_, j) => [`Row ${i * 100 + j}`, null, j, j * 100, 0.1])
      }
    }
    await expect(writeXlsxFile(file, [{ title: 'Leads', columns, chunks: rows() }], { currency: 'USD', locale: 'en-US', signal: controller.signal })).rejects.toThrow(/cancelled/)
    expect(existsSync(file)).toBe(false)
    expect(readdirSync(dir)).toEqual([])
  })

  it('makes sheet names Excel accepts and keeps them unique', () => {
    const taken = new Set<string>()
    expect(sheetName('A very long table title that goes beyond the limit', taken)).toHaveLength(31)
    expect(sheetName('Leads', taken)).toBe('Leads')
    expect(sheetName('leads', taken)).toBe('leads 2')
  })
})
