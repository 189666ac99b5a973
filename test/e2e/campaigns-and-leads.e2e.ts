import { afterEach, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from '../harness/startApp'

describe('a new firm sets up its first campaign and lead', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('creates a campaign, a lead from it, and still sees both after a reload', async () => {
    app = await startApp()
    const { page } = app
    await expect.poll(() => page.getByRole('heading', { name: 'Your pipeline is empty' }).count()).toBe(1)
    await app.screenshot('01-first-run')

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click()
    await page.getByRole('heading', { name: 'Plan your first campaign' }).waitFor()
    await app.screenshot('02-campaigns-empty')
    await page.getByRole('button', { name: 'New campaign' }).first().click()
    const campaignForm = page.getByRole('dialog', { name: 'New campaign' })
    await campaignForm.getByRole('button', { name: 'Create campaign' }).click()
    await campaignForm.getByText('Give the campaign a name').waitFor()
    await app.screenshot('03-campaign-validation')

    await campaignForm.getByLabel('Name').fill('Autumn webinar series')
    await campaignForm.getByLabel('Channel').selectOption('video')
    await campaignForm.getByLabel('Status').selectOption('active')
    await campaignForm.getByLabel('Budget (USD)').fill('2,400')
    await campaignForm.getByLabel('Starts').fill('2026-10-01')
    await campaignForm.getByLabel('Ends').fill('2026-12-15')
    await campaignForm.getByLabel('Tracking code').fill('autumn-webinar')
    await campaignForm.getByRole('button', { name: 'Create campaign' }).click()
    const campaignRow = page.getByRole('table', { name: 'Campaigns' }).getByRole('row', { name: /Autumn webinar series/ })
    await campaignRow.waitFor()
    expect(await campaignRow.textContent()).toContain('$2,400')
    await app.screenshot('04-campaign-created')

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pipeline' }).click()
    await page.getByRole('button', { name: 'Add your first lead' }).click()
    const leadForm = page.getByRole('dialog', { name: 'New lead' })
    await leadForm.getByLabel('Person').fill('Dana Li')
    await leadForm.getByLabel('Company').fill('Northwind Traders')
    await leadForm.getByLabel('Email').fill('not-an-email')
    await leadForm.getByRole('button', { name: 'Create lead' }).click()
    await leadForm.getByText(/^That doesn't look like an email address/).waitFor()
    await leadForm.getByLabel('Email').fill('dana@northwind.example')
    await leadForm.getByLabel('Source campaign').selectOption({ label: 'Autumn webinar series' })
    await leadForm.getByLabel('Deal value (USD)').fill('12,000')
    await app.screenshot('05-lead-form')
    await leadForm.getByRole('button', { name: 'Create lead' }).click()

    // A card is named by who, where and how much; the rest of it is its description.
    const card = page.getByRole('button', { name: 'Dana Li, Northwind Traders, $12,000', exact: true })
    await card.waitFor()
    expect(await card.getAttribute('aria-roledescription')).toBe('lead card')
    type Described = { getAttribute(name: string): string | null; ownerDocument: { getElementById(id: string): { textContent: string | null } | null } }
    const description = await card.evaluate((el: Described) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id: string) => el.ownerDocument.getElementById(id)?.textContent)
        .join(' '),
    )
    expect(description).toMatch(/^From Autumn webinar series \(Video\)\. 0 days in stage\. To move a lead, press Space/)
    await app.screenshot('06-lead-on-board')

    await app.reload()
    await page.getByRole('button', { name: 'Dana Li, Northwind Traders, $12,000', exact: true }).waitFor()
    expect(await page.getByRole('region', { name: 'New, 1 lead' }).count()).toBe(1)
    await app.goto('/campaigns')
    const row = page.getByRole('table', { name: 'Campaigns' }).getByRole('row', { name: /Autumn webinar series/ })
    await row.waitFor()
    expect(await row.textContent()).toMatch(/Autumn webinar series.*Video.*Active.*\$2,400.*\$0\s*1\s*0/)

    const leads = await app.workspace.dispatch('leads.list', {})
    expect(leads).toMatchObject({ ok: true, value: { total: 1, leads: [{ personName: 'Dana Li', sourceCampaignName: 'Autumn webinar series', valueMinor: 1_200_000 }] } })
    expect(app.errors).toEqual([])
  })
})
