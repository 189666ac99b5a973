import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { InputOf, Method, ResultOf } from '../../src/shared/contract'
import { dragWithMouse } from '../harness/drag'
import { pdfToPngs } from '../harness/pdf'
import { startApp, type RunningApp } from '../harness/startApp'

// A firm's customer comes back: an organisation with two people buys in the last quarter, and
// again this quarter through the other person. A person does the journey in Chromium, except the
// first win: it must be dated in the last quarter, and the app runs on the real clock, so it goes
// through the dispatcher while the clock of the test process (where the handlers run, beside
// Chromium) is faked. The renewal is opened from the organisation's page and won on the board today.

const OWNER = 'Rosa Quinn'
const ORGANISATION = 'Harbour & Finch Ltd'

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

  it('shows a renewal opened from the organisation’s page as returning revenue and kept customers on the dashboard and in the Customers report', { timeout: 240_000 }, async () => {
    app = await startApp({ seedLeads: 1500 })
    const running = app
    const { page } = app
    const call = async <M extends Method>(method: M, input: InputOf<M>): Promise<ResultOf<M>> => {
      const result = await running.workspace.dispatch(method, input)
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
      return result.value as ResultOf<M>
    }
    // Rosa is on the team, so she can be picked as a deal's owner (Settings → Team has its own journey).
    await call('team.add', { name: OWNER, email: 'rosa@baton.example' })
    const nav = page.getByRole('navigation', { name: 'Main' })

    // The organisation and its two people, as a person enters them.
    await nav.getByRole('link', { name: 'Organisations', exact: true }).click()
    await page.getByRole('button', { name: 'New organisation' }).first().click()
    const newOrganization = page.getByRole('dialog', { name: 'New organisation' })
    await newOrganization.getByLabel('Name').fill(ORGANISATION)
    await newOrganization.getByRole('button', { name: 'Create organisation' }).click()
    await page.getByRole('heading', { level: 1, name: ORGANISATION }).waitFor()
    const peopleCard = page.getByRole('region', { name: 'People' })
    for (const [name, title] of [
      ['Maya Harbour', 'Managing Partner'],
      ['Tom Finch', 'Head of Operations'],
    ] as const) {
      await peopleCard.getByRole('button', { name: 'Add person' }).click()
      const dialog = page.getByRole('dialog', { name: `New person at ${ORGANISATION}` })
      await dialog.getByLabel('Name').fill(name)
      await dialog.getByLabel('Job title').fill(title)
      await dialog.getByRole('button', { name: 'Create person' }).click()
      await peopleCard.getByRole('link', { name, exact: true }).waitFor()
    }
    const organizationPath = decodeURIComponent(new URL(page.url()).hash).slice(1)
    const harbourId = Number(/^\/organizations\/(\d+)$/.exec(organizationPath)?.[1])
    const maya = (await call('organizations.people', { id: harbourId })).find((person) => person.name === 'Maya Harbour')!

    // Maya's deal was won last quarter: through the dispatcher, under the faked clock (see the top of the file).
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(lastQuarterMidday())
    const first = await call('leads.create', { personId: maya.id, organizationId: harbourId, title: 'Website retainer', valueMinor: 1_200_000, owner: OWNER })
    const pipeline = (await call('pipelines.list', {})).find((p) => p.id === first.pipelineId)!
    await call('leads.move', { leadId: first.id, stageId: pipeline.stages.find((stage) => stage.kind === 'won')!.id })
    vi.useRealTimers()

    // This quarter Tom renews: his organisation's page, New deal, and who it is with.
    await app.reload()
    const deals = page.getByRole('table', { name: 'Deals' })
    await expect.poll(() => deals.getByRole('row', { name: /Website retainer/ }).textContent()).toMatch(/Website retainerMaya HarbourWon\D*12,000/)
    await page.getByRole('button', { name: 'New deal', exact: true }).first().click()
    const dealForm = page.getByRole('dialog', { name: `New deal for ${ORGANISATION}` })
    const person = dealForm.getByLabel('Person')
    await person.getByRole('option', { name: 'Tom Finch · Head of Operations' }).waitFor({ state: 'attached' })
    await person.selectOption({ label: 'Tom Finch · Head of Operations' })
    await dealForm.getByLabel('Deal title').fill('Website retainer renewal')
    await dealForm.getByLabel(/^Deal value/).fill('15,000')
    await dealForm.getByLabel('Owner').selectOption(OWNER)
    await app.screenshot('customers-renewal-deal')
    await dealForm.getByRole('button', { name: 'Create lead' }).click()
    await dealForm.waitFor({ state: 'detached' })
    await expect.poll(() => deals.getByRole('row', { name: /Website retainer renewal/ }).textContent()).toMatch(/Website retainer renewalTom Finch\D+15,000Rosa Quinn/)

    // Won on the board: the card goes to the Won zone, which asks what the customer signed for.
    await nav.getByRole('link', { name: 'Pipeline', exact: true }).click()
    await page.getByPlaceholder('Search people, companies, emails, notes').fill('Harbour')
    const card = page.getByRole('button', { name: /^Tom Finch, Harbour & Finch Ltd, / })
    await card.waitFor()
    await dragWithMouse(page, card, page.locator('.close-zone--won'), { offsetY: 40 })
    const win = page.getByRole('dialog', { name: 'Mark Tom Finch as won' })
    await expect.poll(() => win.getByLabel(/^Final value/).inputValue()).toMatch(/^15,?000(\.00)?$/)
    await win.getByRole('button', { name: 'Mark as won' }).click()
    await win.waitFor({ state: 'detached' })
    // The board says so for a few seconds; once it has gone, it stays out of the screenshots that follow.
    const said = page.getByRole('status').filter({ hasText: 'Tom Finch marked won.' })
    await said.waitFor()
    await said.waitFor({ state: 'detached' })

    // Rosa's quarter on the dashboard: no new customer, and the one she had last quarter kept.
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
