import { afterEach, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from '../harness/startApp'

/** The bit of an element the screenshots scroll with (the e2e code has no DOM types). */
interface Scrollable {
  scrollIntoView(options: { block: 'start' | 'center' }): void
}

describe('custom fields on organisations', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('defines a choice field, sets it on an organisation from its page, filters the organisations and lead tables by it and finds the organisation in the palette', { timeout: 180_000 }, async () => {
    app = await startApp({ seedLeads: 300, path: '/settings' })
    const { page } = app

    // Settings → Custom fields → Organisations: an account tier and a VAT number.
    const card = page.getByRole('region', { name: 'Custom fields' })
    await card.waitFor()
    await card.getByRole('group', { name: 'Fields of' }).getByRole('button', { name: 'Organisations' }).click()
    await card.getByRole('button', { name: 'Add a field' }).click()
    let form = card.getByRole('form', { name: 'New field' })
    await form.getByLabel('Label').fill('Account tier')
    await form.getByLabel('Type').selectOption({ label: 'One choice' })
    await form.getByLabel('Choices, one per line').fill('Strategic\nGrowth\nStandard')
    await form.getByLabel('Help text').fill('How much attention the account gets')
    await form.getByRole('button', { name: 'Add field' }).click()
    const list = card.getByRole('list', { name: 'Fields on organisations, in order' })
    await list.getByText('Account tier').waitFor()
    await card.getByRole('button', { name: 'Add a field' }).click()
    form = card.getByRole('form', { name: 'New field' })
    await form.getByLabel('Label').fill('VAT number')
    await form.getByLabel('Type').selectOption({ label: 'Text' })
    await form.getByRole('button', { name: 'Add field' }).click()
    await list.getByText('VAT number').waitFor()

    // An organisation the firm already works with, from its own page.
    const firstPage = await app.call('organizations.table', { sort: { column: 'lifetimeRevenue', direction: 'desc' }, limit: 1 })
    if (!firstPage.ok) throw new Error(firstPage.error.message)
    const organization = firstPage.value.rows[0]
    if (!organization) throw new Error('The sample workspace has no organisation')
    await app.goto(`/organizations/${organization.id}`)
    await page.getByRole('heading', { level: 1, name: organization.name }).waitFor()
    const details = page.getByRole('region', { name: 'More details' })
    await details.getByLabel('Account tier').selectOption('Strategic')
    await details.getByRole('status').getByText('Saved.').waitFor()
    await details.getByLabel('VAT number').fill('GB 482 9917 03')
    await details.getByLabel('VAT number').blur()
    await expect
      .poll(async () => {
        const read = await app!.call('organizations.get', { id: organization.id })
        return read.ok ? read.value.customFields : null
      })
      // The sample's own tier stays as it was: its top customer is Gold.
      .toEqual({ customer_tier: 'Gold', account_tier: 'Strategic', vat_number: 'GB 482 9917 03' })
    await details.evaluate((element: Scrollable) => element.scrollIntoView({ block: 'center' }))
    await app.screenshot('customers-custom-fields-organisation')

    // The organisations table, filtered by the tier: that organisation alone.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations', exact: true }).click()
    const table = page.getByRole('table', { name: 'Organisations' })
    await table.locator('tbody tr').first().waitFor()
    // Its column, shown and moved next to the domain, stays so for the next visit.
    await page.getByRole('button', { name: 'Columns' }).click()
    const columns = page.getByRole('group', { name: 'Columns' })
    await columns.getByRole('checkbox', { name: 'Account tier' }).check()
    const headings = async () => (await table.locator('thead th').allTextContents()).map((text) => text.trim().toLowerCase())
    await expect.poll(async () => (await headings()).some((text) => text.startsWith('account tier'))).toBe(true)
    for (let moves = 0; moves < 20; moves++) {
      const order = await headings()
      if (order.findIndex((text) => text.startsWith('account tier')) === order.findIndex((text) => text.startsWith('domain')) + 1) break
      await columns.getByRole('button', { name: 'Move Account tier up' }).click()
    }
    await page.getByRole('button', { name: 'Columns' }).click()
    await page.getByRole('button', { name: /^Filters/ }).click()
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Account tier').selectOption('Strategic')
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1)
    await expect.poll(() => table.locator('tbody tr').first().getAttribute('aria-label')).toBe(organization.name)
    await expect.poll(() => table.locator('tbody tr').first().textContent()).toContain('Strategic')
    await app.screenshot('customers-organisations-filtered')

    // The deals of Strategic accounts, in the lead table, by their organisation's tier.
    const deals = await app.call('organizations.leads', { id: organization.id })
    if (!deals.ok) throw new Error(deals.error.message)
    await app.goto('/pipeline?view=table')
    const leads = page.getByRole('table', { name: 'Leads' })
    await leads.waitFor()
    await page.getByRole('button', { name: /^Filters/ }).click()
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Organisation · Account tier').selectOption('Strategic')
    await expect.poll(() => leads.locator('tbody tr[aria-rowindex]').count()).toBe(deals.value.length)

    // The palette finds it by its VAT number and opens its page.
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Search and commands' })
    await palette.getByRole('combobox').fill('482 9917')
    const hit = palette.getByRole('group', { name: 'Organisations' }).getByRole('option', { name: new RegExp(organization.name) })
    await hit.waitFor()
    await app.screenshot('customers-palette-custom-value')
    await hit.click()
    await page.getByRole('heading', { level: 1, name: organization.name }).waitFor()
    expect(app.errors).toEqual([])
  })
})
