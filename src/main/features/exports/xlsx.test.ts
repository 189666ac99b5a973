import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ReportCell, ReportColumn } from '@shared/domain/report'
import { sheetName, writeXlsxFile } from './xlsx'
import { CELL_CHARACTERS, SHEET_ROWS } from './xlsxBook'

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

  it('streams 20,000 rows that read back cell by cell as written: text, days, counts, money and ratios', async () => {
    const file = join(dir, 'leads.xlsx')
    const row = (i: number): ReportCell[] => [
      // Text that XML must escape, spaces a cell must keep, a character from outside the basic plane, and empty text.
      i % 500 === 0 ? ` <Müller & Söhne> "${i}" 🎉 ` : i % 7 === 0 ? '' : `Lead ${i}`,
      i % 11 === 0 ? null : `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      i,
      i % 13 === 0 ? null : i * 101 - 5_000,
      i % 17 === 0 ? null : (i % 1000) / 1000,
    ]
    // Chunks that arrive one event-loop turn apart, as pages of a query do.
    async function* chunks() {
      for (let start = 0; start < 20_000; start += 1_000) {
        await new Promise((resolve) => setImmediate(resolve))
        yield Array.from({ length: 1_000 }, (_, j) => row(start + j))
      }
    }
    await writeXlsxFile(file, [{ title: 'Leads', columns, chunks: chunks() }], { currency: 'USD', locale: 'en-US' })
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file)
    const sheet = book.getWorksheet('Leads')!
    expect(sheet.rowCount).toBe(20_001)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    for (let i = 0; i < 20_000; i++) {
      const [name, day, leads, revenue, roi] = row(i)
      const cells = sheet.getRow(i + 2)
      expect(cells.getCell(1).value ?? null).toBe(name || null)
      expect(cells.getCell(2).value).toEqual(day === null ? '—' : new Date(`${day}T00:00:00Z`))
      expect(cells.getCell(3).value).toBe(leads)
      expect(cells.getCell(4).value).toBe(revenue === null ? '—' : (revenue as number) / 100)
      expect(cells.getCell(5).value).toBe(roi === null ? '—' : roi)
    }
    expect(sheet.getRow(2).getCell(4).numFmt).toBe('"$"#,##0.00;-"$"#,##0.00')
    expect(sheet.getRow(20_001).getCell(5).numFmt).toBe('0.0%')
    // The widths come from the first rows read (the first chunk here): the longest name among them is row 500's.
    expect(sheet.getColumn(1).width).toBe(' <Müller & Söhne> "500" 🎉 '.length + 2)
  })

  it('keeps what XML cannot hold out of the file, and cuts a cell at the characters Excel allows', async () => {
    const file = join(dir, 'odd.xlsx')
    const long = 'x'.repeat(CELL_CHARACTERS + 10)
    await writeXlsxFile(file, [{ title: 'Odd', columns: columns.slice(0, 1), chunks: [[['bell\u0007 and NUL\u0000 dropped'], [long]]] }], { currency: 'USD', locale: 'en-US' })
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file)
    const sheet = book.getWorksheet('Odd')!
    expect(sheet.getRow(2).getCell(1).value).toBe('bell and NUL dropped')
    expect(sheet.getRow(3).getCell(1).value).toBe('x'.repeat(CELL_CHARACTERS))
  })

  it('goes on in a second sheet, header and all, past the rows Excel allows in one', { timeout: 120_000 }, async () => {
    const file = join(dir, 'huge.xlsx')
    const rows = SHEET_ROWS + 1 // the header takes a row, so two data rows go on to the second sheet
    function* chunks() {
      for (let start = 0; start < rows; start += 10_000) yield Array.from({ length: Math.min(10_000, rows - start) }, (_, j): ReportCell[] => [`R${start + j}`])
    }
    await writeXlsxFile(file, [{ title: 'Leads', columns: columns.slice(0, 1), chunks: chunks(), totals: ['Total'] }], { currency: 'USD', locale: 'en-US' })
    const parts = unzipSync(readFileSync(file), { filter: (entry) => entry.name !== 'xl/worksheets/sheet1.xml' })
    expect(strFromU8(parts['xl/workbook.xml']!)).toContain('<sheet name="Leads" sheetId="1" r:id="rId1"/><sheet name="Leads (2)" sheetId="2" r:id="rId2"/>')
    const second = strFromU8(parts['xl/worksheets/sheet2.xml']!)
    const texts = [...second.matchAll(/<t>([^<]*)<\/t>/g)].map((match) => match[1])
    expect(texts).toEqual(['Campaign', `R${SHEET_ROWS - 1}`, `R${SHEET_ROWS}`, 'Total'])
    expect(second).toContain('state="frozen"')
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
