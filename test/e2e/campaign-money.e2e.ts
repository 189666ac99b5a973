import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { dragWithMouse } from '../harness/drag'
import { startApp, type RunningApp } from '../harness/startApp'

// The money journey of a campaign, worked out by hand:
//   Spring webinar: budget $1,000; spend $300 + $200 = $500.
//   Pasted reach: 10,000 + 5,000 impressions, 200 + 100 clicks, 120 + 80 sessions → CTR 300/15,000 = 2%, visit→lead 3/200 = 1.5%.
//   Leads from it: Ana (won, $3,000.00), Ben (won, $1,000.01, later touched by Partner referrals), Cy (open).
//   CPL = 50,000¢ / 3 = 16,666.67¢ → $166.67.  CAC = 50,000¢ / 2 won = $250.
//   First touch: Spring gets 300,000 + 100,001 = $4,000.01; ROI = (400,001 − 50,000) / 50,000 = 700%. Partner referrals: $0.
//   Linear: Ben's 100,001¢ splits 50,001 (first touch, Spring) + 50,000 (Partner referrals):
//     Spring $3,500.01, ROI = (350,001 − 50,000) / 50,000 = 600%; Partner referrals $500, ROI — (it has no spend).
const PASTE = ['Campaign report', 'Day\tCampaign\tImpr.\tClicks\tSessions\tCost', '2026-03-02\tSpring webinar\t10,000\t200\t120\t150.00', '2026-03-03\tSpring webinar\t5,000\t100\t80\t90.00'].join('\n')

describe('a campaign’s money, from spend to attributed revenue', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  async function createCampaign(page: Page, name: string, channel: string, budget: string) {
    await page.getByRole('button', { name: 'New campaign' }).first().click()
    const form = page.getByRole('dialog', { name: 'New campaign' })
    await form.getByLabel('Name').fill(name)
    await form.getByLabel('Channel').selectOption(channel)
    await form.getByLabel('Budget (USD)').fill(budget)
    await form.getByRole('button', { name: 'Create campaign' }).click()
    await page.getByRole('table', { name: 'Campaigns' }).getByRole('row', { name }).waitFor()
  }

  async function addSpend(page: Page, date: string, amount: string, note: string) {
    const form = page.getByRole('form', { name: 'Add spend' })
    await form.getByLabel('Date').fill(date)
    await form.getByLabel('Amount (USD)').fill(amount)
    await form.getByLabel('Note').fill(note)
    await form.getByRole('button', { name: 'Add spend' }).click()
    await page.getByRole('table', { name: 'Spend entries' }).getByRole('cell', { name: note }).waitFor()
  }

  async function addLead(page: Page, person: string) {
    await page.getByRole('button', { name: 'Add lead' }).click()
    const form = page.getByRole('dialog', { name: 'New lead' })
    await form.getByLabel('Person').fill(person)
    expect(await form.getByLabel('Source campaign').locator('option:checked').textContent()).toBe('Spring webinar')
    await form.getByRole('button', { name: 'Create lead' }).click()
    await page.getByRole('table', { name: 'Leads it brought' }).getByRole('link', { name: person }).waitFor()
  }

  async function win(page: Page, person: string, value: string) {
    // A card's name is the person, the company if any, and the value.
    const card = page.getByRole('button', { name: new RegExp(`^${person}, `) })
    await card.waitFor()
    await dragWithMouse(page, card, page.locator('.close-zone--won'), { offsetY: 40 })
    const dialog = page.getByRole('dialog', { name: `Mark ${person} as won` })
    // The dialog opens on its value, so what is typed at once lands there (not on its Close button).
    const finalValue = dialog.getByLabel('Final value (USD)')
    await expect.poll(() => finalValue.evaluate((input: { matches(selector: string): boolean }) => input.matches(':focus')), { message: 'the final value has focus' }).toBe(true)
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type(value)
    await dialog.getByRole('button', { name: 'Mark as won' }).click()
    await dialog.waitFor({ state: 'detached' })
  }

  async function expectFigures(page: Page, expected: Record<string, string>) {
    for (const [label, value] of Object.entries(expected)) {
      await expect.poll(() => page.locator(`.kpi:has(dt:text-is("${label}")) dd`).textContent(), { message: label }).toBe(value)
    }
  }

  it('gives CPL, CAC, ROI and attributed revenue that match the hand-computed figures under first touch and linear', async () => {
    app = await startApp({ path: '/campaigns' })
    const { page } = app
    await createCampaign(page, 'Partner referrals', 'referral', '0')
    await createCampaign(page, 'Spring webinar', 'video', '1,000')
    await page.getByRole('table', { name: 'Campaigns' }).getByRole('row', { name: 'Spring webinar' }).click()
    await page.getByRole('heading', { level: 1, name: 'Spring webinar' }).waitFor()

    // Two spend entries, then a pasted export with a preview.
    await addSpend(page, '2026-03-02', '300', 'Webinar platform')
    await addSpend(page, '2026-03-09', '200', 'Promoted posts')
    await page.getByText('$500 spent of a $1,000 budget').waitFor()
    await page.getByRole('button', { name: 'Paste from a spreadsheet…' }).click()
    const paste = page.getByRole('dialog', { name: 'Paste metrics' })
    await paste.getByLabel(/paste them here/).fill(PASTE)
    await paste.getByRole('table', { name: 'Preview' }).getByRole('row').nth(2).waitFor()
    expect(await paste.getByText('Reading Day as the day').textContent()).toContain('Not used: Campaign, Cost.')
    await app.screenshot('campaign-paste-preview')
    await paste.getByRole('button', { name: 'Save 2 days' }).click()
    await page.getByRole('status').filter({ hasText: 'Saved 2 days: 2 new, 0 updated.' }).waitFor()
    await page.getByRole('table', { name: 'Figures by day' }).getByRole('row', { name: /Mar 2, 2026\s+10,000\s+200\s+120/ }).waitFor()

    // Three leads from the page.
    for (const person of ['Ana Ruiz', 'Ben Okafor', 'Cy Park']) await addLead(page, person)

    // Ben was also reached by the partner campaign after he came in (before he was won: a touch after the close earns
    // nothing): logged from his drawer, opened from the campaign's page.
    await page.getByRole('table', { name: 'Leads it brought' }).getByRole('link', { name: 'Ben Okafor' }).click()
    const drawer = page.getByRole('dialog', { name: 'Ben Okafor' })
    const touch = drawer.getByRole('form', { name: 'Log a touch' })
    await touch.getByLabel('Touched by campaign').selectOption({ label: 'Partner referrals' })
    await touch.getByLabel('Note (optional)').fill('Referred by a partner')
    await touch.getByRole('button', { name: 'Log touch' }).click()
    await drawer.getByRole('list', { name: 'Campaign touches' }).getByText('Partner referrals').waitFor()
    await drawer.getByRole('button', { name: 'Close' }).click()
    await drawer.waitFor({ state: 'detached' })

    // Two of them won on the board.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pipeline' }).click()
    await win(page, 'Ana Ruiz', '3,000')
    await win(page, 'Ben Okafor', '1,000.01')
    // What main holds, before any page reads it: each deal won at the value typed, and Ben first touched by Spring.
    const wonDeal = async (person: string) => {
      const found = await app!.call('leads.table', { pipelineId: 1, filters: { search: person }, offset: 0, limit: 5 })
      return found.ok ? found.value.rows.find((row) => row.personName === person && row.closedAt !== null) : undefined
    }
    await expect.poll(async () => (await wonDeal('Ana Ruiz'))?.valueMinor, { message: 'Ana’s won value' }).toBe(300_000)
    await expect.poll(async () => (await wonDeal('Ben Okafor'))?.valueMinor, { message: 'Ben’s won value' }).toBe(100_001)
    const ben = await wonDeal('Ben Okafor')
    const benTouches = await app.call('touchpoints.list', { leadId: ben?.id ?? 0 })
    expect(benTouches.ok && benTouches.value.map((t) => `${t.campaignName}${t.at <= (ben?.closedAt ?? '') ? '' : ' (after the close)'}`)).toEqual(['Spring webinar', 'Partner referrals'])
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click()
    await page.getByRole('table', { name: 'Campaigns' }).getByRole('row', { name: 'Spring webinar' }).click()
    await page.getByRole('heading', { level: 1, name: 'Spring webinar' }).waitFor()
    const attribution = page.getByLabel('Revenue and ROI by')
    expect(await attribution.locator('option:checked').textContent()).toBe('First touch attribution')
    await expectFigures(page, { Spend: '$500', Leads: '3', Won: '2', 'Attributed revenue': '$4,000.01', CPL: '$166.67', CAC: '$250', ROI: '700%' })
    expect(await page.locator('.rates__row:has-text("Click-through rate") dd').textContent()).toBe('2%')
    expect(await page.locator('.rates__row:has-text("Visit-to-lead rate") dd').textContent()).toBe('1.5%')

    await attribution.selectOption({ label: 'Linear (equal shares) attribution' })
    await page.getByRole('status').filter({ hasText: 'now follow linear' }).waitFor()
    await expectFigures(page, { 'Attributed revenue': '$3,500.01', CPL: '$166.67', CAC: '$250', ROI: '600%' })
    await app.screenshot('campaign-money-linear')

    await page.getByRole('link', { name: '← All campaigns' }).click()
    await page.getByRole('table', { name: 'Campaigns' }).getByRole('row', { name: 'Partner referrals' }).click()
    await page.getByRole('heading', { level: 1, name: 'Partner referrals' }).waitFor()
    await expectFigures(page, { Spend: '$0', Leads: '0', 'Attributed revenue': '$500', CPL: '—', CAC: '—', ROI: '—' })
    await attribution.selectOption({ label: 'First touch attribution' })
    await expectFigures(page, { 'Attributed revenue': '$0', ROI: '—' })
    expect(app.errors).toEqual([])
  })
})
