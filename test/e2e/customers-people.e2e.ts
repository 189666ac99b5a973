import { afterEach, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from '../harness/startApp'

describe('people and organisations', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('creates an organisation with two people, opens a deal for one from its page, and finds it on the board and in the drawer with links back', { timeout: 180_000 }, async () => {
    app = await startApp({ seedLeads: 600 })
    const { page } = app
    const nav = page.getByRole('navigation', { name: 'Main' })

    // The tables, as a firm with a few hundred deals sees them.
    await nav.getByRole('link', { name: 'People', exact: true }).click()
    const people = page.getByRole('table', { name: 'People' })
    await people.locator('tbody tr').first().waitFor()
    await app.screenshot('customers-people-table')
    await nav.getByRole('link', { name: 'Organisations', exact: true }).click()
    const organizations = page.getByRole('table', { name: 'Organisations' })
    await organizations.locator('tbody tr').first().waitFor()
    await app.screenshot('customers-organisations-table')

    // A new organisation opens on its own page.
    await page.getByRole('button', { name: 'New organisation' }).first().click()
    const newOrganization = page.getByRole('dialog', { name: 'New organisation' })
    await newOrganization.getByLabel('Name').fill('Harbor Dental Group')
    await newOrganization.getByLabel('Domain or website').fill('https://www.harbordental.example')
    await newOrganization.getByLabel('Industry').fill('Healthcare')
    await newOrganization.getByLabel('Region').fill('Pacific North-West')
    await newOrganization.getByRole('button', { name: 'Create organisation' }).click()
    await page.getByRole('heading', { level: 1, name: 'Harbor Dental Group' }).waitFor()
    await page.getByText('No one here yet', { exact: false }).waitFor()

    // Two people at it.
    const peopleCard = page.getByRole('region', { name: 'People' })
    for (const [name, title, email] of [
      ['Mara Quinn', 'Practice Manager', 'mara@harbordental.example'],
      ['Theo Park', 'Head of Operations', 'theo@harbordental.example'],
    ] as const) {
      await peopleCard.getByRole('button', { name: 'Add person' }).click()
      const dialog = page.getByRole('dialog', { name: 'New person at Harbor Dental Group' })
      await dialog.getByLabel('Name').fill(name)
      await dialog.getByLabel('Job title').fill(title)
      await dialog.getByLabel('Email').fill(email)
      await dialog.getByRole('button', { name: 'Create person' }).click()
      await peopleCard.getByRole('link', { name, exact: true }).waitFor()
    }

    // A deal for Theo, from the organisation's page.
    await peopleCard.getByRole('button', { name: 'New deal for Theo Park' }).click()
    const dealForm = page.getByRole('dialog', { name: 'New deal for Theo Park · Harbor Dental Group' })
    await dealForm.getByLabel('Deal title').fill('Clinic rollout')
    await dealForm.getByLabel('Deal value (USD)').fill('8,400')
    await dealForm.getByRole('button', { name: 'Create lead' }).click()
    const deals = page.getByRole('table', { name: 'Deals' })
    const dealLink = deals.getByRole('link', { name: 'Clinic rollout' })
    await dealLink.waitFor()
    expect(await deals.getByRole('row', { name: /Clinic rollout/ }).textContent()).toContain('$8,400')
    await app.screenshot('customers-organisation-page')

    // On the board, a card with Theo and his organisation; its drawer says who it is with and links back.
    await app.goto('/pipeline?q=Harbor')
    const card = page.locator('[data-lead-id]').filter({ hasText: 'Theo Park' }).filter({ hasText: 'Harbor Dental Group' })
    await card.waitFor()
    await card.click()
    const drawer = page.getByRole('dialog', { name: /Clinic rollout/ })
    const withWhom = drawer.getByRole('region', { name: 'With' })
    await withWhom.getByText('Head of Operations · theo@harbordental.example').waitFor()
    await withWhom.getByText('harbordental.example · Healthcare').waitFor()
    await withWhom.getByRole('link', { name: 'Theo Park' }).click()
    await page.getByRole('heading', { level: 1, name: 'Theo Park' }).waitFor()
    await page.getByRole('table', { name: 'Deals' }).getByRole('link', { name: 'Clinic rollout' }).waitFor()
    await app.screenshot('customers-person-page')
    await page.getByRole('link', { name: 'Harbor Dental Group' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'Harbor Dental Group' }).waitFor()

    // The palette finds them by email and by domain.
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Search and commands' })
    await palette.getByRole('combobox').fill('mara@harbor')
    await palette.getByRole('option', { name: /Mara Quinn/ }).click()
    await page.getByRole('heading', { level: 1, name: 'Mara Quinn' }).waitFor()
    expect(app.errors).toEqual([])
  })
})
