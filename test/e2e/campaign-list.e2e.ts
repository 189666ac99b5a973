import { afterEach, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from '../harness/startApp'

/** The figures of one table column, as numbers; "—" (undefined) as null. */
async function columnFigures(app: RunningApp, tableName: string, header: string): Promise<Array<number | null>> {
  const table = app.page.getByRole('table', { name: tableName })
  const headers = await table.locator('thead th').allTextContents()
  const index = headers.findIndex((text) => text.replace(/[▲▼]/g, '').trim() === header)
  const cells = await table.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents()
  return cells.map((text) => (text.trim() === '—' ? null : Number(text.replace(/[^\d.-]/g, ''))))
}

describe('campaigns: list, timeline, channels, segments and touches', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('sorts and filters the list, shows the timeline and channels, manages a segment and logs touches', async () => {
    app = await startApp({ seedLeads: 400, path: '/campaigns' })
    const { page } = app
    const table = page.getByRole('table', { name: 'Campaigns' })
    await table.waitFor()
    await table.getByRole('row', { name: 'Totals' }).getByText(/Total · \d+ campaigns/).waitFor()
    await app.screenshot('campaign-list')

    // Sort by CPL: the server orders it, undefined figures ("—") last.
    await table.getByRole('button', { name: /^CPL/ }).click()
    await expect.poll(() => table.locator('th[aria-sort]').count()).toBe(1)
    const direction = await table.locator('th[aria-sort]').getAttribute('aria-sort')
    await expect
      .poll(async () => {
        const figures = await columnFigures(app as RunningApp, 'Campaigns', 'CPL')
        const defined = figures.filter((n): n is number => n !== null)
        const nullsLast = figures.indexOf(null) === -1 || figures.slice(figures.indexOf(null)).every((n) => n === null)
        const ordered = defined.every((n, i) => i === 0 || (direction === 'descending' ? n <= defined[i - 1]! : n >= defined[i - 1]!))
        return defined.length > 3 && ordered && nullsLast
      })
      .toBe(true)
    expect(page.url()).toContain('sort=costPerLead')

    // Filter by channel: every row is an event, and the totals row counts them.
    await page.getByRole('search').getByLabel('Channel').selectOption('event')
    await expect
      .poll(async () => {
        const channels = await table.locator('tbody tr td:nth-child(2)').allTextContents()
        return channels.length > 0 && channels.every((c) => c === 'Event')
      })
      .toBe(true)
    const eventRows = await table.locator('tbody tr').count()
    await table.getByRole('row', { name: 'Totals' }).getByText(`Total · ${eventRows} ${eventRows === 1 ? 'campaign' : 'campaigns'}`).waitFor()
    await page.getByRole('button', { name: 'Clear', exact: true }).click()

    // Revenue by linear attribution: the setting is saved and the list says it.
    await page.getByLabel('Attribution model').selectOption('linear')
    await expect.poll(async () => ((await app!.call('metrics.settings', {})) as { ok: true; value: { attributionModel: string } }).value.attributionModel).toBe('linear')

    await page.getByRole('navigation', { name: 'Marketing views' }).getByRole('link', { name: 'Timeline' }).click()
    await page.getByRole('region', { name: /Campaign timeline \d{4}/ }).waitFor()
    await page.locator('.timeline__bar').first().waitFor()
    await app.screenshot('campaign-timeline')

    await page.getByRole('navigation', { name: 'Marketing views' }).getByRole('link', { name: 'Channels' }).click()
    const channels = page.getByRole('table', { name: 'Channels' })
    await channels.waitFor()
    await page.getByRole('img', { name: /Spend and revenue by channel/ }).waitFor()
    await page.getByText('Revenue by linear (equal shares) attribution').first().waitFor()
    await app.screenshot('campaign-channels')

    // A segment: create it with criteria, see it compared, then delete it safely.
    await page.getByRole('navigation', { name: 'Marketing views' }).getByRole('link', { name: 'Segments' }).click()
    await page.getByRole('table', { name: 'Segment comparison' }).waitFor()
    await page.getByRole('button', { name: 'New segment' }).click()
    const editor = page.getByRole('dialog', { name: 'New segment' })
    await editor.getByLabel('Name').fill('Dental clinics')
    await editor.getByLabel('Industry').fill('Dental')
    await editor.getByLabel('Company size').fill('2–20 chairs')
    await editor.getByLabel('Region').fill('Ohio')
    await editor.getByRole('button', { name: 'Create segment' }).click()
    const card = page.getByRole('listitem', { name: 'Dental clinics' })
    await card.getByText('2–20 chairs').waitFor()
    await page.getByRole('table', { name: 'Segment comparison' }).getByRole('rowheader', { name: 'Dental clinics' }).waitFor()
    await app.screenshot('campaign-segments')

    // Touches: two leads from the table are touched by a campaign and put in the new segment.
    await app.goto('/pipeline?view=table')
    const leads = page.getByRole('table', { name: 'Leads' })
    await leads.waitFor()
    const names: string[] = []
    for (const row of (await leads.locator('tbody tr').all()).slice(0, 2)) names.push((await row.getAttribute('aria-label')) ?? '')
    for (const name of names) await leads.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check()
    const bulk = page.getByRole('region', { name: 'Bulk actions' })
    const campaignOption = (await bulk.getByLabel('Touched by campaign').locator('option').nth(1).textContent()) ?? ''
    await bulk.getByLabel('Touched by campaign').selectOption({ label: campaignOption })
    await page.getByText(`Logged a touch by “${campaignOption}” on 2 leads.`).waitFor()
    for (const name of names) await leads.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check()
    await bulk.getByLabel('Set segment').selectOption({ label: 'Dental clinics' })
    // A deal's segment is its organisation's: the toast names what moved, not "2 leads".
    await page.getByText(/^Put .+ in “Dental clinics”\. Their other deals moved with them\.$/).waitFor()

    // The drawer lists the touch; another one is logged there.
    await leads.getByRole('row', { name: names[0], exact: true }).click()
    const touches = page.getByRole('list', { name: 'Campaign touches' })
    await touches.getByText(campaignOption).first().waitFor()
    const before = await touches.locator('li').count()
    const form = page.getByRole('form', { name: 'Log a touch' })
    const other = (await form.getByLabel('Touched by campaign').locator('option').nth(2).textContent()) ?? ''
    await form.getByLabel('Touched by campaign').selectOption({ label: other })
    await form.getByLabel('Note (optional)').fill('Met at the booth')
    await form.getByRole('button', { name: 'Log touch' }).click()
    await expect.poll(() => touches.locator('li').count()).toBe(before + 1)
    await touches.getByText(/Met at the booth/).waitFor()
    await app.screenshot('campaign-touches-drawer')
    await page.keyboard.press('Escape')

    // Deleting the segment says what happens and keeps the leads.
    await app.goto('/segments')
    await page.getByRole('button', { name: 'Delete Dental clinics' }).click()
    const confirm = page.getByRole('dialog', { name: 'Delete Dental clinics?' })
    // A deal's segment is its organisation's: the two leads' organisations joined it, with their other deals.
    const segments = await app.call('segments.list', {})
    const inSegment = segments.ok ? (segments.value.find((s) => s.name === 'Dental clinics')?.leadCount ?? 0) : 0
    expect(inSegment).toBeGreaterThanOrEqual(2)
    await confirm.getByText(new RegExp(`${inSegment} leads and 0 campaigns are in this segment\\. They are kept`)).waitFor()
    await confirm.getByRole('button', { name: 'Delete segment' }).click()
    await page.getByText(`Deleted “Dental clinics”. ${inSegment} leads and 0 campaigns no longer have a segment.`).waitFor()
    await expect.poll(() => page.getByRole('listitem', { name: 'Dental clinics' }).count()).toBe(0)
    const lead = await app.call('leads.table', { pipelineId: 1, filters: { search: (names[0] ?? '').split(' — ').pop() ?? '' }, offset: 0, limit: 5 })
    expect(lead.ok && lead.value.total).toBeGreaterThan(0)
    expect(app.errors).toEqual([])
  })
})
