import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import ExcelJS from 'exceljs'
import { strToU8, zipSync, type Zippable } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import type { ReportColumn } from '@shared/domain/report'
import { fixtureLeadRows, writeSharedStringsWorkbook } from '../../../../test/fixtures/workbooks'
import { writeXlsxFile } from '../exports/xlsx'
import type { TooLong } from './csvRows'
import { openRowSource } from './source'
import { readXlsxBatches } from './xlsxRows'

const dir = mkdtempSync(join(tmpdir(), 'baton-xlsx-read-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function rowsOf(file: string): Promise<string[][]> {
  const rows: string[][] = []
  for await (const batch of (await openRowSource(file)).batches()) rows.push(...batch)
  return rows
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PACKAGE = 'http://schemas.openxmlformats.org/package/2006/relationships'

/** A workbook put together part by part, stored without compression, as some tools write them. */
function handMade(file: string, parts: Record<string, string>): void {
  const files: Zippable = {}
  for (const [name, text] of Object.entries(parts)) files[name] = [strToU8(text), { level: 0 }]
  writeFileSync(file, zipSync(files))
}

describe('reading a workbook', () => {
  it('reads a sheet as Excel saves it: shared and rich text, numbers, days, times, true/false, formulas, links, a merged title and gaps', async () => {
    const book = new ExcelJS.Workbook()
    const lookups = book.addWorksheet('Lookups', { state: 'hidden' })
    lookups.addRow(['not', 'this', 'one'])
    const sheet = book.addWorksheet('Leads')
    sheet.getCell('A1').value = 'Leads from the fair'
    sheet.mergeCells('A1:D1')
    sheet.getRow(3).values = ['Name', 'Value', 'Met on', 'Called at', 'Won', 'Score', 'Site', 'Note']
    sheet.getRow(4).values = [
      { richText: [{ text: 'Dana ', font: { bold: true } }, { text: 'Li' }] },
      1234.5,
      new Date('2026-03-12T00:00:00Z'),
      new Date('2026-03-12T14:30:00Z'),
      true,
      { formula: 'B4*2', result: 2469 },
      { text: 'site', hyperlink: 'https://example.test' },
      'Müller & Söhne <GmbH>',
    ]
    sheet.getCell('C4').numFmt = 'dd/mm/yyyy'
    sheet.getCell('D4').numFmt = 'yyyy-mm-dd hh:mm'
    sheet.getRow(5).values = ['Bo Chen', { formula: 'NA()', result: { error: '#N/A' } }, null, null, false, { formula: 'A5&"!"', result: 'Bo Chen!' }]
    sheet.getRow(8).values = ['Total', 1234.5]
    const file = join(dir, 'excel.xlsx')
    await book.xlsx.writeFile(file)
    expect(await rowsOf(file)).toEqual([
      ['Leads from the fair'],
      [],
      ['Name', 'Value', 'Met on', 'Called at', 'Won', 'Score', 'Site', 'Note'],
      ['Dana Li', '1234.5', '2026-03-12', '2026-03-12T14:30:00.000Z', 'true', '2469', 'site', 'Müller & Söhne <GmbH>'],
      ['Bo Chen', '', '', '', 'false', 'Bo Chen!'],
      [],
      [],
      ['Total', '1234.5'],
    ])
  })

  it('reads what other tools write: prefixed elements, rows and cells without references, inline and phonetic text, escapes, 1904 days', async () => {
    const file = join(dir, 'other-tools.xlsx')
    handMade(file, {
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      '_rels/.rels': `<Relationships xmlns="${PACKAGE}"><Relationship Id="r1" Type="${REL}/officeDocument" Target="/book/main.xml"/></Relationships>`,
      'book/main.xml':
        `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:workbookPr date1904="1"/><x:sheets>` +
        '<x:sheet name="Hidden" sheetId="1" state="hidden" r:id="s1"/><x:sheet name="Data" sheetId="2" r:id="s2"/></x:sheets></x:workbook>',
      'book/_rels/main.xml.rels':
        `<Relationships xmlns="${PACKAGE}"><Relationship Id="s1" Type="${REL}/worksheet" Target="sheets/one.xml"/>` +
        `<Relationship Id="s2" Type="${REL}/worksheet" Target="/book/sheets/two.xml"/>` +
        `<Relationship Id="t" Type="${REL}/sharedStrings" Target="text.xml"/><Relationship Id="st" Type="${REL}/styles" Target="../book/styles.xml"/></Relationships>`,
      'book/sheets/one.xml': `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>hidden</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
      'book/sheets/two.xml':
        `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
        '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>' +
        '<x:row r="3"><x:c t="inlineStr"><x:is><x:r><x:t>Cy </x:t></x:r><x:r><x:t>Ray</x:t></x:r></x:is></x:c>' +
        '<x:c t="str"><x:f>A3</x:f><x:v>line_x000D_break</x:v></x:c><x:c r="E3" s="1"><x:v>0</x:v></x:c></x:row>' +
        '<x:row><x:c r="B4" t="d"><x:v>2026-03-12T00:00:00</x:v></x:c><x:c t="n"><x:v>1E3</x:v></x:c><x:c t="e"><x:v>#REF!</x:v></x:c><x:c t="s"><x:v>99</x:v></x:c></x:row>' +
        '</x:sheetData><x:mergeCells count="0"/></x:worksheet>',
      'book/text.xml':
        `<sst xmlns="${MAIN}" uniqueCount="3"><si><t>Name</t></si><si><r><t>Comp</t></r><r><t>any</t></r><rPh sb="0" eb="1"><t>カンパニー</t></rPh></si>` +
        '<si><t xml:space="preserve"> Day </t></si></sst>',
      'book/styles.xml': `<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
    })
    expect(await rowsOf(file)).toEqual([
      ['Name', 'Company', ' Day '],
      [],
      ['Cy Ray', 'line\rbreak', '', '', '1904-01-01'],
      // An error reads as empty, and so does a string the table does not have; empty cells at the end add nothing.
      ['', '2026-03-12', '1000'],
    ])
  })

  it('hands on a row holding a cell of many megabytes as a stand-in that says how long it was', async () => {
    const file = join(dir, 'huge-cell.xlsx')
    const huge = 'x'.repeat(3_000_000)
    handMade(file, {
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="a"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PACKAGE}"><Relationship Id="a" Type="${REL}/worksheet" Target="a.xml"/><Relationship Id="s" Type="${REL}/sharedStrings" Target="s.xml"/></Relationships>`,
      'xl/a.xml':
        `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c t="s"><v>0</v></c></row><row r="2"><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>` +
        `<row r="3"><c t="inlineStr"><is><t>${huge}</t></is></c></row><row r="4"><c t="s"><v>0</v></c></row></sheetData></worksheet>`,
      'xl/s.xml': `<sst xmlns="${MAIN}"><si><t>Dana</t></si><si><t>${huge}</t></si></sst>`,
    })
    const tooLong = new WeakMap<readonly string[], TooLong>()
    const rows: string[][] = []
    for await (const batch of readXlsxBatches(file, { progress: { bytes: 0 }, totalBytes: statSync(file).size, tooLong })) rows.push(...batch)
    expect(rows.map((row) => row.length)).toEqual([1, 0, 0, 1])
    expect(tooLong.get(rows[1]!)).toEqual({ length: 3_000_004, cells: 2 })
    expect(tooLong.get(rows[2]!)?.length).toBeGreaterThanOrEqual(3_000_000)
    expect(rows[3]).toEqual(['Dana'])
  })

  it('reads back what Baton’s own export writes: inline text, days with a date style, money, counts and ratios, empty cells, the first sheet only', async () => {
    const columns: ReportColumn[] = [
      { key: 'name', label: 'Campaign', kind: 'text' },
      { key: 'day', label: 'Started', kind: 'date' },
      { key: 'leads', label: 'Leads', kind: 'integer' },
      { key: 'revenue', label: 'Won revenue', kind: 'money' },
      { key: 'roi', label: 'ROI', kind: 'ratio' },
    ]
    const file = join(dir, 'exported.xlsx')
    await writeXlsxFile(
      file,
      [
        {
          title: 'Campaigns',
          columns,
          chunks: [
            [
              ['Spring webinar — Köln', '2026-03-02', 12, 1_250_050, 0.5],
              [' <Müller & Söhne> "fair" 🎉 ', null, 0, null, null],
              [null, '2026-12-31', 3, -5_000, 0.125],
            ],
          ],
          totals: ['Total', null, 15, 1_245_050, 0.25],
        },
        { title: 'Second table', columns, chunks: [[['not read', null, 1, 1, 1]]] },
      ],
      { currency: 'EUR', locale: 'de-DE', about: [['Period', 'Mar 2026']] },
    )
    expect(await rowsOf(file)).toEqual([
      ['Campaign', 'Started', 'Leads', 'Won revenue (EUR)', 'ROI (%)'],
      ['Spring webinar — Köln', '2026-03-02', '12', '12500.5', '0.5'],
      // A figure that is not there is written as a dash; empty text as no cell at all.
      [' <Müller & Söhne> "fair" 🎉 ', '—', '0', '—', '—'],
      ['', '2026-12-31', '3', '-50', '0.125'],
      ['Total', '—', '15', '12450.5', '0.25'],
    ])
  })

  it('reads a workbook exceljs streams out: shared text written after the sheet, dates, empty cells between others', async () => {
    const file = join(dir, 'exceljs-stream.xlsx')
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true })
    const sheet = book.addWorksheet('Leads')
    sheet.addRow(['Name', 'Email', 'Value', 'Met on']).commit()
    for (let i = 0; i < 3_000; i++) {
      const row = sheet.addRow([`Person ${i}`, i % 4 === 0 ? null : `p${i}@x.test`, i % 5 === 0 ? null : i * 2.5, new Date(Date.UTC(2026, 0, 1 + (i % 365)))])
      row.getCell(4).numFmt = 'dd.mm.yyyy'
      row.commit()
    }
    sheet.commit()
    await book.commit()
    const rows = await rowsOf(file)
    expect(rows).toHaveLength(3_001)
    expect(rows.slice(0, 3)).toEqual([
      ['Name', 'Email', 'Value', 'Met on'],
      ['Person 0', '', '', '2026-01-01'],
      ['Person 1', 'p1@x.test', '2.5', '2026-01-02'],
    ])
    expect(rows[3_000]).toEqual(['Person 2999', 'p2999@x.test', '7497.5', new Date(Date.UTC(2026, 0, 1 + (2999 % 365))).toISOString().slice(0, 10)])
  })

  it('refuses a workbook whose part was damaged on the way, rather than read it as other text', async () => {
    // Stored without compression, so one letter of a name can be changed in place: the XML stays well formed, the checksum does not match.
    const stored = join(dir, 'changed.xlsx')
    handMade(stored, {
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="a"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PACKAGE}"><Relationship Id="a" Type="${REL}/worksheet" Target="a.xml"/></Relationships>`,
      'xl/a.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c t="inlineStr"><is><t>Dana Li</t></is></c></row></sheetData></worksheet>`,
    })
    const bytes = readFileSync(stored)
    bytes[bytes.indexOf('Dana Li')] = 'R'.charCodeAt(0)
    writeFileSync(stored, bytes)
    await expect(rowsOf(stored)).rejects.toThrow('Baton could not read changed.xlsx as an Excel workbook: its part xl/a.xml is damaged.')
    // The same near the end of a sheet read in many pieces, where the rows end before the part does.
    const long = join(dir, 'changed-late.xlsx')
    const rows = Array.from({ length: 10_000 }, (_, i) => `<row r="${i + 1}"><c t="inlineStr"><is><t>Person ${i}</t></is></c></row>`)
    handMade(long, {
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="a"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PACKAGE}"><Relationship Id="a" Type="${REL}/worksheet" Target="a.xml"/></Relationships>`,
      'xl/a.xml': `<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData><pageMargins left="0.7" right="0.7"/></worksheet>`,
    })
    const longBytes = readFileSync(long)
    longBytes[longBytes.indexOf('Person 9999') + 7] = '8'.charCodeAt(0)
    writeFileSync(long, longBytes)
    await expect(rowsOf(long)).rejects.toThrow('Baton could not read changed-late.xlsx as an Excel workbook: its part xl/a.xml is damaged.')
    // Compressed: a byte changed in the middle of the sheet's deflated data.
    const deflated = join(dir, 'flipped.xlsx')
    await writeSharedStringsWorkbook(deflated, fixtureLeadRows(2_000))
    const book = readFileSync(deflated)
    book[Math.floor(book.length / 4)]! ^= 0x5a
    writeFileSync(deflated, book)
    await expect(rowsOf(deflated)).rejects.toThrow(/^Baton could not read flipped\.xlsx as an Excel workbook: (the file is damaged|its part xl\/worksheets\/sheet1\.xml is damaged)\.$/)
  })

  it('says what is wrong with a damaged or unreadable workbook, naming the file', async () => {
    const cut = join(dir, 'cut.xlsx')
    await writeSharedStringsWorkbook(cut, fixtureLeadRows(100))
    truncateSync(cut, statSync(cut).size - 200)
    await expect(rowsOf(cut)).rejects.toThrow('Baton could not read cut.xlsx as an Excel workbook: its table of contents is missing.')
    const empty = join(dir, 'no-book.xlsx')
    handMade(empty, { 'readme.txt': 'hello' })
    await expect(rowsOf(empty)).rejects.toThrow('Baton could not read no-book.xlsx as an Excel workbook: it holds no workbook.')
    const broken = join(dir, 'broken.xlsx')
    handMade(broken, {
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="a"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PACKAGE}"><Relationship Id="a" Type="${REL}/worksheet" Target="a.xml"/></Relationships>`,
      'xl/a.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"`,
    })
    await expect(rowsOf(broken)).rejects.toThrow('Baton could not read broken.xlsx as an Excel workbook: it ends in the middle of a tag.')
  })

  it('reads a workbook in memory that does not grow with its rows: the heap’s peak is the same for 200,000 rows as for 20,000', { timeout: 180_000 }, async () => {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    /** The most the heap held above where it started while the file streamed by (measured after a collection every few batches). */
    async function peakWhileReading(rowCount: number): Promise<number> {
      const file = join(dir, `large-${rowCount}.xlsx`)
      await writeSharedStringsWorkbook(file, fixtureLeadRows(rowCount))
      gc()
      const baseline = process.memoryUsage().heapUsed
      let peak = 0
      let batches = 0
      let rows = 0
      const source = await openRowSource(file)
      for await (const batch of source.batches()) {
        rows += batch.length
        if (++batches % 5 === 0) {
          gc()
          peak = Math.max(peak, process.memoryUsage().heapUsed - baseline)
        }
      }
      expect(rows).toBe(rowCount + 1)
      expect(source.bytesRead()).toBe(source.totalBytes)
      rmSync(file)
      return peak
    }
    const small = await peakWhileReading(20_000)
    const large = await peakWhileReading(200_000)
    // The 670,000 shared strings of the large file (25 MB of XML, 14 MB of text) are held as
    // bytes outside the heap; on it, only the rows of the piece being read. Holding the rows
    // themselves would take hundreds of megabytes.
    expect(large).toBeLessThan(16 * 1024 * 1024)
    expect(large - small, `peak ${small} bytes for 20,000 rows, ${large} for 200,000`).toBeLessThan(4 * 1024 * 1024)
  })
})
