import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from '../harness/startApp'

/** Serious and critical findings of axe's standard rules on what the page shows now. */
async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
}

// A firm moving from Pipedrive: last year's deals, won and lost, in dollars and euros, exported
// as Pipedrive writes them. The person fixes one stage Baton matched, types the euro rate the
// preview asks for, imports, and finds the won revenue in the months the deals were won.

const YEAR = new Date().getFullYear() - 1
const HEADERS = [
  'Deal - ID',
  'Deal - Title',
  'Deal - Owner',
  'Deal - Value',
  'Deal - Currency of Value',
  'Deal - Organization',
  'Deal - Contact person',
  'Deal - Stage',
  'Deal - Status',
  'Deal - Deal created',
  'Deal - Expected close date',
  'Deal - Won time',
  'Deal - Lost time',
  'Deal - Lost reason',
  'Deal - Source channel',
  'Person - Email - Work',
]
const day = (month: number, date: number, time = '10:00:00') => `${YEAR}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')} ${time}`
// The deal id first, then: [title, owner, value, currency, organisation, person, stage, status, created, expected close, won, lost, lost reason, channel, email]
const DEALS: string[][] = [
  ['Website relaunch', 'Ann Owner', '12000', 'USD', 'Acme Inc', 'Dana Li', 'Negotiations Started', 'won', day(1, 10), '', day(3, 14, '16:20:00'), '', '', 'Webinar', 'dana@acme.test'],
  ['Shop fit-out', 'Ann Owner', '5000', 'EUR', 'Beta GmbH', 'Jonas Weber', 'Proposal Made', 'won', day(2, 2), '', day(3, 28, '09:05:00'), '', '', 'Trade fair', 'jonas@beta.test'],
  ['Support plan', 'Bo Seller', '8000', 'USD', 'Gamma LLC', 'Cy Ray', 'Contact Made', 'won', day(4, 1), '', day(6, 5), '', '', 'Webinar', 'cy@gamma.test'],
  ['Kiosk pilot', 'Bo Seller', '2000', 'EUR', 'Delta SARL', 'Eve Martin', 'Negotiations Started', 'won', day(7, 12), '', day(10, 20), '', '', 'Referral', 'eve@delta.test'],
  ['Audit', 'Ann Owner', '4000', 'USD', 'Epsilon Co', 'Fay Park', 'Proposal Made', 'lost', day(2, 20), '', '', day(4, 2), 'Price too high', 'Webinar', 'fay@epsilon.test'],
  ['Licences', 'Bo Seller', '3000', 'EUR', 'Zeta AG', 'Gus Braun', 'Contact Made', 'lost', day(5, 5), '', '', day(6, 18), 'Went with a competitor', 'Referral', 'gus@zeta.test'],
  ['Training days', 'Ann Owner', '6000', 'USD', 'Eta Ltd', 'Ivy Chen', 'Demo Scheduled', 'open', day(9, 1), `${YEAR + 1}-03-31`, '', '', '', 'Trade fair', 'ivy@eta.test'],
  ['Catalogue', 'Bo Seller', '1500', 'EUR', 'Theta BV', 'Jan de Wit', 'Lead In', 'open', day(11, 3), '', '', '', '', 'Referral', 'jan@theta.test'],
  // Dana Li again: a second deal of hers, not a duplicate of the first.
  ['Maintenance contract', 'Ann Owner', '3000', 'USD', 'Acme Inc', 'Dana Li', 'Lead In', 'open', day(12, 1), '', '', '', '', 'Webinar', 'dana@acme.test'],
]
const csv = [HEADERS, ...DEALS.map((deal, i) => [String(301 + i), ...deal])].map((row) => row.map((cell) => `"${cell}"`).join(',')).join('\n')

describe('import: a Pipedrive deals export, won and lost in two currencies, onto the dashboard', () => {
  let app: RunningApp | undefined
  let files: string | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
    if (files) rmSync(files, { recursive: true, force: true })
  })

  it('fixes one stage match, converts the euros at the rate typed, and the won revenue lands in the months it was won', async () => {
    app = await startApp()
    const { page } = app
    files = mkdtempSync(join(tmpdir(), 'baton-e2e-pipedrive-'))
    const file = join(files, 'deals-export.csv')
    writeFileSync(file, csv)

    await page.getByRole('button', { name: 'Import', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Import leads' })
    await dialog.getByRole('button', { name: 'Choose a file…' }).waitFor()
    await app.screenshot('import-pick')
    app.platform.importFiles.push(file)
    await dialog.getByRole('button', { name: 'Choose a file…' }).click()
    await dialog.getByText('deals-export.csv').waitFor()
    // Pipedrive's columns are recognised, the status, currency and won/lost times among them.
    for (const [header, field] of [
      ['Deal - Status', 'status'],
      ['Deal - Currency of Value', 'currency'],
      ['Deal - Won time', 'wonOn'],
      ['Deal - Lost time', 'lostOn'],
      ['Deal - Lost reason', 'lostReason'],
      ['Deal - Title', 'title'],
    ] as const) {
      await expect.poll(() => dialog.getByLabel(`Save “${header}” as`).inputValue()).toBe(field)
    }
    await app.screenshot('import-pipedrive-columns')
    await dialog.getByRole('button', { name: 'Next' }).click()

    // Stages by meaning, preselected; the person moves "Demo Scheduled" from Qualified to Proposal.
    const stages = dialog.getByRole('region', { name: 'Stages Baton doesn’t have' })
    const selected = (value: string) => stages.getByLabel(`What to do with “${value}”`).locator('option:checked').textContent()
    await expect.poll(() => selected('Negotiations Started')).toBe('Use “Negotiation”')
    await expect.poll(() => selected('Contact Made')).toBe('Use “Contacted”')
    await expect.poll(() => selected('Lead In')).toBe('Use “New”')
    await expect.poll(() => selected('Demo Scheduled')).toBe('Use “Qualified”')
    await stages.getByLabel('What to do with “Demo Scheduled”').selectOption({ label: 'Use “Proposal”' })
    const statuses = dialog.getByRole('region', { name: 'Statuses in the file' })
    await expect.poll(() => statuses.getByLabel('What to do with “won”').inputValue()).toBe('won')
    await expect.poll(() => statuses.getByLabel('What to do with “lost”').inputValue()).toBe('lost')
    const reasons = dialog.getByRole('region', { name: 'Lost reasons Baton doesn’t have' })
    await expect.poll(() => reasons.getByLabel('What to do with “Went with a competitor”').locator('option:checked').textContent()).toBe('Add to your lost reasons')
    await app.screenshot('import-pipedrive-names')
    expect(await axeProblems(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Preview' }).click()

    // The euros wait for a rate: the preview says so, and importing waits for the answer.
    const questions = dialog.getByRole('region', { name: 'Before you import' })
    await questions.getByText(/4 rows have amounts in EUR/).waitFor()
    await expect.poll(() => dialog.getByRole('button', { name: 'Import 9 leads' }).isDisabled()).toBe(true)
    await questions.getByLabel('USD for 1 EUR').fill('1.10')
    await app.screenshot('import-pipedrive-rate')
    expect(await axeProblems(page)).toEqual([])
    await questions.getByRole('button', { name: 'Apply and check again' }).click()
    const answers = dialog.getByRole('region', { name: 'Your answers' })
    await answers.getByText('→ $12,650 at 1.10').waitFor()
    await dialog.getByText('9 rows read: 9 new leads.').waitFor()
    const preview = dialog.getByRole('region', { name: 'Preview of the first rows' })
    await preview.getByRole('row', { name: /Jonas Weber .* Won .* \$5,500 from €5,000/ }).waitFor()
    await preview.getByRole('row', { name: /Ivy Chen .* Proposal/ }).waitFor()
    await preview.getByRole('row', { name: /Gus Braun .* Lost .* Went with a competitor/ }).waitFor()
    await app.screenshot('import-pipedrive-preview')
    expect(await axeProblems(page)).toEqual([])

    await dialog.getByRole('button', { name: 'Import 9 leads' }).click()
    await dialog.getByText('9 rows read: 9 leads created.').waitFor()
    await dialog.getByText('New lost reasons: Went with a competitor.').waitFor()
    await app.screenshot('import-pipedrive-done')
    await dialog.getByRole('button', { name: 'Done' }).click()

    // Last year on the dashboard: March 12,000 + 5,000 × 1.10; June 8,000; October 2,000 × 1.10.
    await app.goto('/dashboard')
    await page.getByRole('group', { name: 'Period' }).getByRole('combobox').selectOption('last_year')
    const overTime = page.getByRole('table', { name: 'Revenue and leads over time' })
    const revenueIn = (month: string) => overTime.getByRole('row', { name: new RegExp(`^${month} ${YEAR}`) }).getByRole('cell').first().textContent()
    await expect.poll(() => revenueIn('Mar')).toBe('$17,500')
    await expect.poll(() => revenueIn('Jun')).toBe('$8,000')
    await expect.poll(() => revenueIn('Oct')).toBe('$2,200')
    await expect.poll(() => revenueIn('Apr')).toBe('$0')
    const leads = await app.call('leads.list', {})
    if (!leads.ok) throw new Error('could not list the leads')
    expect(leads.value.leads.map((lead) => [lead.personName, lead.valueMinor]).sort()).toEqual(
      [
        ['Cy Ray', 800_000],
        ['Dana Li', 1_200_000],
        ['Dana Li', 300_000],
        ['Eve Martin', 220_000],
        ['Fay Park', 400_000],
        ['Gus Braun', 330_000],
        ['Ivy Chen', 600_000],
        ['Jan de Wit', 165_000],
        ['Jonas Weber', 550_000],
      ].sort(),
    )
    // One person, with both her deals.
    const dana = await app.call('people.lookup', { text: 'Dana Li' })
    if (!dana.ok) throw new Error('could not look Dana Li up')
    expect(dana.value.map((match) => match.name)).toEqual(['Dana Li'])
    const danasDeals = await app.call('people.leads', { id: dana.value[0]!.id })
    if (!danasDeals.ok) throw new Error('could not list her deals')
    expect(danasDeals.value.map((deal) => [deal.dealName, deal.valueMinor])).toEqual([
      ['Maintenance contract', 300_000],
      ['Website relaunch', 1_200_000],
    ])
    await app.screenshot('import-pipedrive-dashboard')
    expect(app.errors).toEqual([])
  })
})
