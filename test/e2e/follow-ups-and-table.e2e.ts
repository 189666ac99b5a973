import { afterEach, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from '../harness/startApp'

const localToday = () => {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

describe('working a lead: detail, follow-up, Today, table', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('opens a lead, plans a follow-up for today, completes it from Today, and sorts the table', async () => {
    app = await startApp({ seedLeads: 400, path: '/pipeline' })
    const { page } = app
    const card = page.locator('[data-lead-id]').first()
    await card.waitFor()
    const leadId = Number(await card.getAttribute('data-lead-id'))
    await card.click()
    const drawer = page.getByRole('dialog').filter({ has: page.getByRole('form', { name: 'Add an activity' }) })
    await drawer.waitFor()
    await app.screenshot('20-lead-drawer')

    const form = drawer.getByRole('form', { name: 'Add an activity' })
    await form.getByLabel('Kind').selectOption('task')
    await form.getByRole('button', { name: 'Add' }).click()
    await form.getByText(/subject|Subject/).first().waitFor()
    await form.getByLabel('Subject').fill('Send the revised proposal')
    await form.getByLabel('Due day').fill(localToday())
    await form.getByLabel('Due time').fill('23:59')
    await form.getByRole('button', { name: 'Add' }).click()
    await drawer.getByText('Send the revised proposal').first().waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => drawer.count()).toBe(0)

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
    const done = page.getByRole('checkbox', { name: 'Done: Send the revised proposal' })
    await done.waitFor()
    await app.screenshot('21-today')
    // Completing removes the row, so click rather than check(): check() waits to see the box ticked.
    await done.click()
    await expect.poll(() => page.getByRole('checkbox', { name: 'Done: Send the revised proposal' }).count()).toBe(0)
    const activities = await app.call('activities.list', { leadId })
    expect(activities.ok && activities.value.find((a) => a.subject === 'Send the revised proposal')?.doneAt).toBeTruthy()

    await app.goto('/pipeline?view=table')
    const table = page.getByRole('table', { name: 'Leads' })
    await table.waitFor()
    await table.getByRole('button', { name: /^Value/ }).click()
    const sortedHeader = table.locator('th[aria-sort]')
    await expect.poll(() => sortedHeader.count()).toBe(1)
    const direction = await sortedHeader.getAttribute('aria-sort')
    const valueColumn = (await table.locator('thead th').allTextContents()).findIndex((text) => text.startsWith('Value'))
    await expect
      .poll(async () => {
        const cells = await table.locator(`tbody tr td:nth-child(${valueColumn + 1})`).allTextContents()
        const amounts = cells.map((text) => Number(text.replace(/[^\d.]/g, ''))).filter((n) => !Number.isNaN(n))
        const ordered = amounts.every((n, i) => i === 0 || (direction === 'descending' ? n <= amounts[i - 1]! : n >= amounts[i - 1]!))
        return amounts.length > 5 && ordered
      })
      .toBe(true)
    await app.screenshot('22-table-sorted')

    // Scrolled sideways, the Person column stays put, shadowed over the columns passing under it.
    const scroller = page.locator('.lead-table__scroll')
    await scroller.evaluate((el: { scrollLeft: number }) => {
      el.scrollLeft = 180
    })
    await expect.poll(() => scroller.getAttribute('data-scrolled-x')).toBe('')
    const person = await table.locator('thead th').nth(1).boundingBox()
    const box = await scroller.boundingBox()
    expect(person!.x - box!.x).toBeLessThan(60)
    await app.screenshot('23-table-scrolled')
    expect(app.errors).toEqual([])
  })
})
