import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DATABASE_FILE_NAME, openDatabase } from '../../src/main/db/open'
import { generateSample } from '../../src/main/features/sample/generate'
import { startApp, type RunningApp } from '../harness/startApp'

// A firm five years on: the dashboard opens on a 100,000-lead workspace and its tiles say what
// a direct query of the file says. The period spans every lead the sample made, so the firm's
// time zone cannot move a lead across its edge and the direct query needs no calendar.

const LEADS = 100_000

interface Expected {
  newLeads: number
  wonDeals: number
  wonRevenueMinor: number
  from: string
  to: string
}

function expectedFromFile(file: string): Expected {
  const sqlite = new BetterSqlite3(file, { readonly: true })
  try {
    const newLeads = sqlite.prepare('SELECT count(*) FROM leads').pluck().get() as number
    const won = sqlite
      .prepare(`SELECT count(*) AS deals, coalesce(sum(l.value_minor), 0) AS revenue FROM leads l JOIN stages s ON s.id = l.stage_id WHERE s.kind = 'won'`)
      .get() as { deals: number; revenue: number }
    const span = sqlite.prepare('SELECT min(created_at) AS first, max(coalesce(closed_at, created_at)) AS last FROM leads').get() as { first: string; last: string }
    // A year's margin on each side of the data, whole years so the chart buckets stay few.
    const from = `${Number(span.first.slice(0, 4)) - 1}-01-01`
    const to = `${Number(span.last.slice(0, 4)) + 1}-12-31`
    return { newLeads, wonDeals: won.deals, wonRevenueMinor: won.revenue, from, to }
  } finally {
    sqlite.close()
  }
}

describe('the dashboard at 100,000 leads', () => {
  let dataDir: string
  let app: RunningApp | undefined
  let expected: Expected

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'baton-e2e-100k-'))
    const database = await openDatabase(join(dataDir, DATABASE_FILE_NAME))
    try {
      await generateSample(database.db, { leads: LEADS })
    } finally {
      await database.close()
    }
    expected = expectedFromFile(join(dataDir, DATABASE_FILE_NAME))
  }, 600_000)

  afterAll(async () => {
    await app?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('shows new leads, won deals and won revenue equal to a direct count and sum of the file', async () => {
    expect(expected.newLeads).toBe(LEADS)
    expect(expected.wonDeals).toBeGreaterThan(1_000)

    app = await startApp({ dataDir })
    const { page } = app
    await app.goto(`/dashboard?preset=custom&from=${expected.from}&to=${expected.to}`)
    const figures = page.getByRole('list', { name: 'Key figures' })
    const valueOf = (label: string) => figures.getByRole('link', { name: new RegExp(`^${label} `) }).locator('.kpi__value').textContent()
    const count = (n: number) => n.toLocaleString('en-US')
    // Whole amounts show without cents, others with two decimals (as the tiles format money).
    const money = (minor: number) => new RegExp(`^\\D*${(minor / 100).toLocaleString('en-US', { minimumFractionDigits: minor % 100 === 0 ? 0 : 2 })}$`)

    await expect.poll(() => valueOf('New leads'), { timeout: 60_000 }).toBe(count(expected.newLeads))
    await expect.poll(() => valueOf('Won deals')).toBe(count(expected.wonDeals))
    await expect.poll(() => valueOf('Won revenue')).toMatch(money(expected.wonRevenueMinor))
    await app.screenshot('dashboard-100k')
    expect(app.errors).toEqual([])
  }, 240_000)
})
