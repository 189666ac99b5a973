import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { KpiKey } from '@shared/contract/reports'
import type { ReportDocument } from '@shared/domain/report'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'
import { writeReportPack } from './reportPack'
import { Q1, seedReportsFirm } from './reports.fixtures'

// Every figure below is worked out by hand from reports.fixtures.ts (Q1 2026, compared with Q4 2025).
const HAND: Record<KpiKey, [number | null, number | null]> = {
  newLeads: [5, 2],
  // Lead 6, created in Q4 and won since, counts as qualified there (a won lead passed every stage).
  qualifiedLeads: [3, 1],
  wonDeals: [3, 0],
  wonRevenue: [170_000, 0],
  pipelineValue: [60_000, 40_000],
  weightedForecast: [31_000, 4_000],
  winRate: [0.75, 0],
  averageDealSize: [56_667, null],
  salesCycleDays: [25, null],
  spend: [40_000, 5_000],
  costPerLead: [8_000, 2_500],
  customerAcquisitionCost: [13_333, null],
  returnOnInvestment: [3.25, -1],
  // Leads 1, 5 and 6 are three people's first wins; nobody bought in Q4 (or Q3), so no retention.
  newCustomers: [3, 0],
  customerRetention: [null, null],
}

const table = (doc: ReportDocument, id: string) => {
  const found = doc.tables.find((t) => t.id === id)
  if (!found) throw new Error(`no table ${id}`)
  return found
}

describe('dashboard, reports, XLSX and CSV agree with hand-computed figures', () => {
  let t: TestWorkspace
  let out: string
  beforeEach(async () => {
    t = await testWorkspace()
    await seedReportsFirm(t.database.db)
    out = mkdtempSync(join(tmpdir(), 'baton-pack-'))
  })
  afterEach(async () => {
    await t.dispose()
    rmSync(out, { recursive: true, force: true })
  })

  it('dashboard tiles', async () => {
    const dash = await t.call('reports.dashboard', { period: Q1 })
    expect(dash.period).toMatchObject({ from: '2026-01-01', to: '2026-03-31', label: 'Q1 2026' })
    expect(dash.previous).toMatchObject({ from: '2025-10-01', to: '2025-12-31' })
    const tiles = Object.fromEntries(dash.tiles.map((tile) => [tile.key, [tile.value, tile.previous]]))
    expect(tiles).toEqual(HAND)
    // Sparklines are weekly for a quarter and add up to the tile for counts and sums.
    const spark = (key: KpiKey) => dash.tiles.find((tile) => tile.key === key)!.spark
    expect(spark('newLeads').reduce<number>((a, b) => a + (b ?? 0), 0)).toBe(5)
    expect(spark('wonRevenue').reduce<number>((a, b) => a + (b ?? 0), 0)).toBe(170_000)
    expect(spark('pipelineValue').at(-1)).toBe(60_000)
    expect(dash.funnel.labels).toEqual(['New', 'Contacted', 'Qualified', 'Proposal', 'Negotiation', 'Won'])
    expect(dash.funnel.series[0]!.values).toEqual([5, 4, 3, 3, 2, 2])
    expect(dash.funnel.conversions).toEqual([null, 0.8, 0.75, 1, 2 / 3, 1])
    expect(dash.goals?.counts.filter((c) => c.count > 0)).toEqual([
      { status: 'achieved', label: 'Achieved', count: 1 },
      { status: 'missed', label: 'Missed', count: 1 },
    ])
    expect(dash.byChannel.series[1]!.values.reduce<number>((a, b) => a + (b ?? 0), 0)).toBe(5)
  })

  it('each report, and the pack files written from it', async () => {
    const campaigns = await t.call('reports.build', { kind: 'campaigns', period: Q1 })
    expect(campaigns.firmName).toBe('Lumen & Co')
    expect(campaigns.currency).toBe('EUR')
    const perf = table(campaigns, 'campaigns')
    // Campaign, Channel, Spend, Leads, Qualified, Won, Revenue, CPL, CAC, ROI, Win rate
    expect(perf.rows).toEqual([
      ['Spring webinar', 'Video', 30_000, 2, 2, 1, 100_000, 15_000, 30_000, 70_000 / 30_000, 1],
      ['No campaign', '—', 0, 0, 0, 1, 40_000, null, null, null, 1],
      ['=SUM(A1:A9)', 'SEO', 0, 1, 1, 1, 30_000, null, null, null, 1],
      ['Newsletter', 'Email outreach', 10_000, 2, 0, 0, 0, 5_000, null, -1, 0],
    ])
    expect(perf.totals).toEqual(['Total', '', 40_000, 5, 3, 3, 170_000, 8_000, 13_333, 3.25, 0.75])

    const funnel = await t.call('reports.build', { kind: 'funnel', period: Q1 })
    expect(table(funnel, 'funnel').rows).toEqual([
      ['New', 5, 1, null, 10, 5],
      ['Contacted', 4, 0.8, 0.8, 17, 1],
      ['Qualified', 3, 0.6, 0.75, 15, 1],
      ['Proposal', 3, 0.6, 1, null, 0],
      ['Negotiation', 2, 0.4, 2 / 3, null, 0],
      ['Won', 2, 0.4, 1, null, null],
    ])
    // Open deals 2 × average deal 56,667 × win rate 0.75 ÷ 25 days = 3,400 a day.
    expect(table(funnel, 'velocity').rows).toEqual([[2, 60_000, 31_000, 0.75, 56_667, 25, 3_400]])

    const activity = await t.call('reports.build', { kind: 'activity', period: Q1 })
    expect(table(activity, 'by-kind').rows).toEqual([
      ['Call', 1, 1, 0, 1, 0],
      ['Meeting', 1, 0, 1, 0, 0],
      ['Email', 1, 1, 0, 1, 0],
    ])
    expect(table(activity, 'by-owner').rows).toEqual([
      ['Ana', 2, 1, 1, 0.5, 0],
      ['Ben', 1, 1, 0, 1, 0],
    ])

    const lost = await t.call('reports.build', { kind: 'lost', period: Q1 })
    expect(table(lost, 'lost-by-campaign').rows).toEqual([['Price too high', 'Newsletter', 1, 20_000]])
    expect(table(lost, 'lost-by-stage').rows).toEqual([['Price too high', 'Contacted', 1, 20_000]])
    expect(table(lost, 'objections-by-campaign').rows).toEqual([
      ['Newsletter', 1, 1],
      ['Spring webinar', 1, 1],
    ])
    expect(table(lost, 'objections-by-stage').rows).toEqual([
      ['Contacted', 1, 1],
      ['Proposal', 1, 1],
    ])

    const goals = await t.call('reports.build', { kind: 'goals', period: Q1 })
    expect(table(goals, 'goals').rows).toEqual([
      ['Q1 new leads', 'Marketing', '—', 'New leads', '2026-03-31', '10', '5', 0.5, 'Missed'],
      ['Q1 revenue', 'Shared', 'Ana', 'Won revenue', '2026-03-31', '€1,500', '€1,700', 170_000 / 150_000, 'Achieved'],
    ])

    const channels = await t.call('reports.build', { kind: 'channels', period: Q1 })
    expect(table(channels, 'channels').totals).toEqual(['Total', 40_000, 5, 3, 3, 170_000, 8_000, 13_333, 3.25, 0.75])

    // The pack: XLSX cells and CSV rows hold the same figures as the report.
    const controller = new AbortController()
    const files = await writeReportPack(
      campaigns,
      { kind: 'campaigns', period: Q1, filters: {} },
      out,
      { printPdf: () => Promise.resolve(new TextEncoder().encode('%PDF-1.4\n%%EOF\n')) },
      { signal: controller.signal, report: () => {} },
    )
    expect(files).toEqual(['Campaign performance - Q1 2026.pdf', 'Campaign performance - Q1 2026.xlsx', 'Campaign performance - Q1 2026 - Campaign performance.csv'])

    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(join(out, files[1]!))
    const sheet = book.getWorksheet('Campaign performance')!
    expect(sheet.getRow(1).values).toEqual([undefined, 'Campaign', 'Channel', 'Spend (EUR)', 'Leads', 'Qualified', 'Won', 'Revenue (EUR)', 'CPL (EUR)', 'CAC (EUR)', 'ROI (%)', 'Win rate (%)'])
    expect(sheet.getRow(2).values).toEqual([undefined, 'Spring webinar', 'Video', 300, 2, 2, 1, 1000, 150, 300, 70_000 / 30_000, 1])
    expect(sheet.getRow(4).getCell(1).value).toBe('=SUM(A1:A9)')
    expect(sheet.getRow(6).values).toEqual([undefined, 'Total', undefined, 400, 5, 3, 3, 1700, 80, 133.33, 3.25, 0.75])
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('"€"#,##0.00;-"€"#,##0.00')

    const csv = readFileSync(join(out, files[2]!), 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true }).data
    expect(rows).toEqual([
      ['Campaign', 'Channel', 'Spend (EUR)', 'Leads', 'Qualified', 'Won', 'Revenue (EUR)', 'CPL (EUR)', 'CAC (EUR)', 'ROI (%)', 'Win rate (%)'],
      ['Spring webinar', 'Video', '300', '2', '2', '1', '1000', '150', '300', '233.33', '100'],
      ['No campaign', '—', '0', '0', '0', '1', '400', '—', '—', '—', '100'],
      ["'=SUM(A1:A9)", 'SEO', '0', '1', '1', '1', '300', '—', '—', '—', '100'],
      ['Newsletter', 'Email outreach', '100', '2', '0', '0', '0', '50', '—', '-100', '0'],
      ['Total', '', '400', '5', '3', '3', '1700', '80', '133.33', '325', '75'],
    ])
  })
})
