import { mkdtempSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from '../harness/startApp'

/** The bit of an element the screenshots scroll with (the e2e code has no DOM types). */
interface Scrollable {
  scrollIntoView(options: { block: 'start' | 'center' }): void
  closest(selector: string): { scrollBy(x: number, y: number): void } | null
}

/** One CSV line's cells (quoted cells may hold commas). */
const cells = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => (m[1] ?? '').replace(/^"|"$/g, '').replaceAll('""', '"')).slice(0, -1)

describe('custom fields', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('adds a field in Settings, fills it in the drawer, filters the table by it and exports it', async () => {
    app = await startApp({ seedLeads: 40, path: '/settings' })
    const { page } = app
    const card = page.getByRole('region', { name: 'Custom fields' })
    await card.waitFor()

    // A choice field and a number field, as a firm would add them.
    await card.getByRole('button', { name: 'Add a field' }).click()
    let form = card.getByRole('form', { name: 'New field' })
    await form.getByLabel('Label').fill('Support plan')
    await form.getByLabel('Type').selectOption({ label: 'One choice' })
    await form.getByLabel('Choices, one per line').fill('Basic\nPriority\nEnterprise')
    await form.getByLabel('Help text').fill('The plan on their current contract')
    await form.getByRole('button', { name: 'Add field' }).click()
    const list = card.getByRole('list', { name: 'Fields on leads, in order' })
    await list.getByText('Support plan').waitFor()
    for (const [label, type, help] of [
      ['Seats', 'Number', 'Licensed users'],
      ['Renewal date', 'Date', 'When the contract renews'],
      ['Signed NDA', 'Yes / no', ''],
    ] as const) {
      await card.getByRole('button', { name: 'Add a field' }).click()
      form = card.getByRole('form', { name: 'New field' })
      await form.getByLabel('Label').fill(label)
      await form.getByLabel('Type').selectOption({ label: type })
      if (help) await form.getByLabel('Help text').fill(help)
      await form.getByRole('button', { name: 'Add field' }).click()
      await list.getByText(label, { exact: true }).waitFor()
    }
    await card.evaluate((element: Scrollable) => {
      element.scrollIntoView({ block: 'start' })
      element.closest('main')?.scrollBy(0, -24)
    })
    await app.screenshot('customers-custom-fields-settings')

    // Fill it in on the first lead of the table.
    await app.goto('/pipeline?view=table')
    const table = page.getByRole('table', { name: 'Leads' })
    await table.waitFor()
    const header = table.getByRole('columnheader', { name: /Support plan/ })
    await header.waitFor()
    const row = table.locator('tbody tr[aria-rowindex]').first()
    const name = (await row.getAttribute('aria-label')) ?? ''
    await row.click()
    const drawer = page.getByRole('dialog')
    const details = drawer.getByRole('region', { name: 'More details' })
    await details.waitFor()
    await details.getByLabel('Support plan').selectOption('Enterprise')
    await details.getByRole('status').getByText('Saved.').waitFor()
    await details.getByLabel('Seats').fill('twelve')
    await details.getByLabel('Seats').blur()
    await details.getByText('Seats must be a number').waitFor()
    await details.getByLabel('Seats').fill('120')
    await details.getByLabel('Seats').blur()
    await expect.poll(() => details.getByText('Seats must be a number').count()).toBe(0)
    await details.getByLabel('Renewal date').fill('2027-03-31')
    await details.getByLabel('Renewal date').blur()
    await details.getByLabel('Signed NDA').selectOption('Yes')
    await expect
      .poll(async () => {
        const leads = await app!.call('leads.table', { filters: {}, sort: { column: 'createdAt', direction: 'desc' } })
        return leads.ok ? leads.value.rows.find((l) => l.customFields?.['support_plan'])?.customFields : null
      })
      // The sample's own contract fields are on its won deals, so only these four are compared.
      .toMatchObject({ support_plan: 'Enterprise', seats: 120, renewal_date: '2027-03-31', signed_nda: true })
    await details.evaluate((element: Scrollable) => element.scrollIntoView({ block: 'center' }))
    await app.screenshot('customers-custom-fields-drawer')
    await page.keyboard.press('Escape')
    await expect.poll(() => drawer.count()).toBe(0)

    // Filter the table by it: only that lead is left, with its value in the column.
    await page.getByRole('button', { name: 'Filters' }).click()
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Support plan').selectOption('Enterprise')
    await expect.poll(() => table.locator('tbody tr[aria-rowindex]').count()).toBe(1)
    await expect.poll(() => table.locator('tbody tr[aria-rowindex]').first().getAttribute('aria-label')).toBe(name)
    await expect.poll(() => table.locator('tbody tr[aria-rowindex]').first().textContent()).toContain('Enterprise')

    // Export what the table shows: the CSV has the field's column and the lead's value in it.
    const target = join(mkdtempSync(join(tmpdir(), 'baton-export-')), 'Leads.csv')
    app.platform.savePaths.push(target)
    await page.getByRole('button', { name: 'Export CSV' }).click()
    await page.getByText('Saved 1 lead to Leads.csv.').waitFor()
    const [headerLine, leadLine, extra] = (await readFile(target, 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/)
    expect(extra).toBeUndefined()
    const headings = cells(headerLine ?? '')
    const values = cells(leadLine ?? '')
    expect(values[headings.indexOf('Support plan')]).toBe('Enterprise')
    expect(values[headings.indexOf('Seats')]).toBe('120')
    expect(values[headings.indexOf('Renewal date')]).toBe('2027-03-31')
    expect(values[headings.indexOf('Signed NDA')]).toBe('Yes')
    expect(app.errors).toEqual([])
  })
})
