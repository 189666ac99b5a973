import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ReportDocument } from '@shared/domain/report'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'
import { seedCustomersFirm } from '../metrics/customers.fixtures'
import { writeReportPack } from './reportPack'

// The customers firm of metrics/customers.fixtures.ts, read over Q1 2026 in UTC (figures worked out
// by hand in metrics/customers.figures.test.ts): Acme returns, Cy buys for the first time (twice),
// Beta, a Q4 customer, does not come back.
const Q1 = { preset: 'custom', from: '2026-01-01', to: '2026-03-31' } as const
const table = (doc: ReportDocument, id: string) => doc.tables.find((t) => t.id === id)!
// Excel keeps 31 characters of a sheet's name.
const sheet = (book: ExcelJS.Workbook, title: string) => book.worksheets.find((s) => title.startsWith(s.name))!

describe('the Customers report', () => {
  let t: TestWorkspace
  let out: string
  beforeEach(async () => {
    t = await testWorkspace()
    await t.database.db.updateTable('settings').set({ firm_name: 'Lumen & Co', currency: 'EUR', time_zone: 'UTC' }).execute()
    await seedCustomersFirm(t.database.db)
    out = mkdtempSync(join(tmpdir(), 'baton-customers-'))
  })
  afterEach(async () => {
    await t.dispose()
    rmSync(out, { recursive: true, force: true })
  })

  it('shows new and returning revenue by month, cohorts, and the top customers, and exports them as typed cells', async () => {
    const doc = await t.call('reports.build', { kind: 'customers', period: Q1 })
    expect(doc.title).toBe('Customers')
    // Lifetime value to the end of Q1: (1,500 + 800 + 500) ÷ 3 customers; 5 deals ÷ 3.
    expect(table(doc, 'customers-summary').title).toBe('Customers in Q1 2026, kept from Q4 2025')
    expect(table(doc, 'customers-summary').rows).toEqual([[2, 1, 1, 50_000, 0.5, 93_333, 5 / 3]])
    expect(table(doc, 'customers-by-month').rows).toEqual([
      ['Jan 2026', 1, 1, 0, 30_000, 0, 0],
      ['Feb 2026', 1, 0, 1, 0, 50_000, 0],
      ['Mar 2026', 1, 0, 1, 0, 20_000, 0],
    ])
    const cohorts = table(doc, 'customers-cohorts')
    expect(cohorts.columns.map((c) => c.label)).toEqual(['First purchase', 'Customers', 'Month 1', 'Month 2'])
    expect(cohorts.rows).toEqual([
      ['Jan 2026', 1, 0, 1],
      ['Feb 2026', 0, null, null],
      ['Mar 2026', 0, null, null],
    ])
    expect(table(doc, 'customers-top').rows).toEqual([
      ['Acme Ltd', 'Organisation', 2, 150_000, '2025-11-10', '2026-02-15'],
      ['Beta GmbH', 'Organisation', 1, 80_000, '2025-12-05', '2025-12-05'],
      ['Cy Cole', 'Person', 2, 50_000, '2026-01-20', '2026-03-31'],
    ])
    expect(table(doc, 'customers-buyers').rows).toEqual([
      ['Acme Ltd', 'Organisation', 'Returning', 1, 50_000, 'Yes'],
      ['Cy Cole', 'Person', 'New', 2, 50_000, 'No'],
    ])
    // Each customer's row opens their page in the app.
    const pages = async (id: string) => {
      const paths = (table(doc, id).links ?? []).map((link) => link?.path ?? '')
      const named = await Promise.all(
        paths.map(async (path) => {
          const [, kind, pageId] = /^\/(people|organizations)\/(\d+)$/.exec(path) ?? []
          if (!kind || !pageId) return path
          return (await t.call(kind === 'people' ? 'people.get' : 'organizations.get', { id: Number(pageId) })).name
        }),
      )
      return named
    }
    expect(await pages('customers-top')).toEqual(['Acme Ltd', 'Beta GmbH', 'Cy Cole'])
    expect(await pages('customers-buyers')).toEqual(['Acme Ltd', 'Cy Cole'])
    expect(doc.charts.map((c) => [c.id, c.labels, c.series.map((s) => s.values)])).toEqual([
      ['customers-revenue', ['Jan 2026', 'Feb 2026', 'Mar 2026'], [[30_000, 0, 0], [0, 50_000, 20_000]]],
      ['customers-retention', ['Month 1', 'Month 2'], [[0, 1]]],
    ])

    const files = await writeReportPack(doc, { kind: 'customers', period: Q1, filters: {} }, out, { printPdf: () => Promise.resolve(new TextEncoder().encode('%PDF-1.4\n%%EOF\n')) }, { signal: new AbortController().signal, report: () => {} })
    expect(files).toContain('Customers - Q1 2026 - Retention by month of first purchase.csv')
    expect(files).toContain('Customers - Q1 2026 - Biggest buyers in the period.csv')
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(join(out, 'Customers - Q1 2026.xlsx'))
    const byMonth = sheet(book, 'New and returning customers by month')
    expect(byMonth.getRow(1).values).toEqual([undefined, 'Month', 'Customers', 'New', 'Returning', 'New revenue (EUR)', 'Repeat revenue (EUR)', 'Retention (of the month before) (%)'])
    expect(byMonth.getRow(3).values).toEqual([undefined, 'Feb 2026', 1, 0, 1, 0, 500, 0])
    expect(byMonth.getRow(4).values).toEqual([undefined, 'Mar 2026', 1, 0, 1, 0, 200, 0])
    expect(byMonth.getRow(4).getCell(7).numFmt).toBe('0.0%')
    const cohortSheet = sheet(book, 'Retention by month of first purchase')
    expect(cohortSheet.getRow(2).values).toEqual([undefined, 'Jan 2026', 1, 0, 1])
    expect(cohortSheet.getRow(3).values).toEqual([undefined, 'Feb 2026', 0, '—', '—'])
    const top = sheet(book, 'Top customers by lifetime value')
    expect(top.getRow(2).getCell(4).value).toBe(1500)
    expect(top.getRow(2).getCell(5).numFmt).toBe('yyyy-mm-dd')
    expect(typeof top.getRow(2).getCell(5).value).not.toBe('string')

    const csv = readFileSync(join(out, 'Customers - Q1 2026 - Retention by month of first purchase.csv'), 'utf8')
    expect(Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true }).data).toEqual([
      ['First purchase', 'Customers', 'Month 1 (%)', 'Month 2 (%)'],
      ['Jan 2026', '1', '0', '100'],
      ['Feb 2026', '0', '—', '—'],
      ['Mar 2026', '0', '—', '—'],
    ])
    const topCsv = readFileSync(join(out, 'Customers - Q1 2026 - Top customers by lifetime value.csv'), 'utf8')
    expect(Papa.parse<string[]>(topCsv.slice(1), { delimiter: ',', skipEmptyLines: true }).data[1]).toEqual(['Acme Ltd', 'Organisation', '2', '1500', '2025-11-10', '2026-02-15'])
  })

  it('puts new customers and retention on the dashboard, opening the Customers report behind them', async () => {
    const dash = await t.call('reports.dashboard', { period: Q1 })
    const tile = (key: string) => dash.tiles.find((x) => x.key === key)!
    // Q4 2025: Acme and Beta buy for the first time; Q3 had nobody, so Q4 has no retention.
    expect([tile('newCustomers').value, tile('newCustomers').previous]).toEqual([1, 2])
    expect([tile('customerRetention').value, tile('customerRetention').previous]).toEqual([0.5, null])
    // Weekly sparkline: Cy is new in the week of 20 January only.
    expect(tile('newCustomers').spark.reduce<number>((sum, n) => sum + (n ?? 0), 0)).toBe(1)
    expect(tile('newCustomers').spark[3]).toBe(1)
    expect(tile('customerRetention').link).toEqual({ path: '/reports', params: { kind: 'customers', preset: 'custom', from: '2026-01-01', to: '2026-03-31' } })
    const owner = await t.call('reports.dashboard', { period: Q1, filters: { owner: 'Ben' } })
    expect(owner.tiles.find((x) => x.key === 'customerRetention')!.link!.params).toMatchObject({ owner: 'Ben' })
  })

  it('says so when nobody bought', async () => {
    const doc = await t.call('reports.build', { kind: 'customers', period: { preset: 'custom', from: '2024-01-01', to: '2024-03-31' } })
    expect(table(doc, 'customers-summary').rows).toEqual([[0, 0, 0, 0, null, null, null]])
    expect(table(doc, 'customers-top').rows).toEqual([])
  })
})
