import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { InputOf, Method, ResultOf } from '../../src/shared/contract'
import { pdfToPngs } from '../harness/pdf'
import { startApp, type RunningApp } from '../harness/startApp'

// A firm's customer comes back: an organisation with two people buys in the last quarter, and
// again this quarter through the other person. The first win is dated in the last quarter by
// faking the clock of the test process while it goes through the dispatcher (the handlers run
// here, beside Chromium); the renewal is won today, on the real clock.

const OWNER = 'Rosa Quinn'

/** The middle of the quarter before today's (the firm's calendar is the computer's here). */
function lastQuarterMidday(): Date {
  const now = new Date()
  const quarterStart = new Date(now.getFullYear(), Math.floor(now.getMonth() / 3) * 3, 1, 12)
  return new Date(quarterStart.getTime() - 45 * 86_400_000)
}

describe('customers who come back', () => {
  let app: RunningApp | undefined
  let out: string | undefined
  afterEach(async () => {
    vi.useRealTimers()
    await app?.close()
    app = undefined
    if (out) rmSync(out, { recursive: true, force: true })
    out = undefined
  })

  it('shows a renewal as returning revenue and kept customers on the dashboard and in the Customers report', async () => {
    app = await startApp({ seedLeads: 1500 })
    const running = app
    const call = async <M extends Method>(method: M, input: InputOf<M>): Promise<ResultOf<M>> => {
      const result = await running.workspace.dispatch(method, input)
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
      return result.value as ResultOf<M>
    }
    const win = async (leadId: number, pipelineId: number) => {
      const pipeline = (await call('pipelines.list', {})).find((p) => p.id === pipelineId)!
      await call('leads.move', { leadId, stageId: pipeline.stages.find((stage) => stage.kind === 'won')!.id })
    }

    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(lastQuarterMidday())
    const harbour = await call('organizations.create', { name: 'Harbour & Finch Ltd' })
    const maya = await call('people.create', { name: 'Maya Harbour', organizationId: harbour.id })
    const tom = await call('people.create', { name: 'Tom Finch', organizationId: harbour.id })
    const first = await call('leads.create', { personId: maya.id, organizationId: harbour.id, title: 'Website retainer', valueMinor: 1_200_000, owner: OWNER })
    await win(first.id, first.pipelineId)
    vi.useRealTimers()
    const renewal = await call('leads.create', { personId: tom.id, organizationId: harbour.id, title: 'Website retainer renewal', valueMinor: 1_500_000, owner: OWNER })
    await win(renewal.id, renewal.pipelineId)

    // Rosa's quarter on the dashboard: no new customer, and the one she had last quarter kept.
    const { page } = app
    await app.goto(`/dashboard?preset=this_quarter&owner=${encodeURIComponent(OWNER)}`)
    const figures = page.getByRole('list', { name: 'Key figures' })
    const retention = figures.getByRole('link', { name: /^Customer retention / })
    await expect.poll(() => retention.textContent()).toMatch(/^Customer retention\s*100\.0%/)
    await expect.poll(() => figures.getByRole('link', { name: /^New customers / }).textContent()).toMatch(/^New customers\s*0\b/)
    await app.screenshot('customers-dashboard')

    // The tile opens the Customers report for the same quarter and owner: Harbour & Finch is back.
    await retention.click()
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toMatch(/^#\/reports\?kind=customers&preset=custom&from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}&owner=Rosa\+Quinn/)
    const report = page.getByRole('region', { name: 'Customers' })
    const buyers = report.getByRole('region', { name: 'Biggest buyers in the period' })
    const harbourRow = buyers.getByRole('row', { name: /Harbour & Finch Ltd/ })
    await expect.poll(() => harbourRow.textContent()).toMatch(/Harbour & Finch LtdOrganisationReturning1.*15,000Yes/)
    const summary = report.getByRole('region', { name: /^Customers in Q\d \d{4}, kept from Q\d \d{4}$/ }).locator('tbody tr')
    // One customer, returning, €15,000 of repeat revenue, all of last quarter's kept; 27,000 over 2 deals to date.
    const money = (amount: string) => expect.stringMatching(new RegExp(`^\\D*${amount}$`)) as unknown as string
    await expect.poll(() => summary.locator('td').allTextContents()).toEqual(['1', '0', '1', money('15,000'), '100.0%', money('27,000'), '2.0'])

    // The firm's year: new and returning revenue by month and its cohorts, with the sample's customers.
    await app.goto('/reports?kind=customers&preset=this_year')
    const cohorts = page.getByRole('region', { name: 'Retention by month of first purchase' })
    await expect.poll(() => cohorts.locator('tbody tr').count()).toBeGreaterThan(6)
    await expect.poll(() => cohorts.locator('tbody td').filter({ hasText: /^\d+\.\d%$/ }).count()).toBeGreaterThan(10)
    await page.getByRole('heading', { name: 'New and returning customers’ revenue by month' }).waitFor()
    await app.screenshot('customers-report-charts')
    await cohorts.scrollIntoViewIfNeeded()
    await app.screenshot('customers-report')

    // The report pack's PDF, with the cohort table in its print layout.
    out = mkdtempSync(join(tmpdir(), 'baton-customers-e2e-'))
    app.platform.folders.push(out)
    await page.getByRole('button', { name: 'Export report pack…' }).click()
    await page.getByRole('status').filter({ hasText: 'Export finished' }).waitFor({ timeout: 60_000 })
    expect(readdirSync(out).filter((f) => f.endsWith('.csv'))).toHaveLength(5)
    expect(pdfToPngs(join(out, readdirSync(out).find((f) => f.endsWith('.pdf'))!), 'customers-pdf')).toBeGreaterThanOrEqual(1)
    expect(app.errors).toEqual([])
  })
})
