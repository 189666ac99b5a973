import { afterEach, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from '../harness/startApp'
import { sqliteOf } from '../../src/main/db/open'

describe('the campaign page', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('shows a sample campaign’s figures, charts, leads, ledger and what sales heard', async () => {
    app = await startApp({ seedLeads: 3000 })
    const { page } = app
    // The campaign that brought the most leads: the fullest page a firm would open.
    const busiest = sqliteOf(app.workspace.database)
      .prepare('SELECT c.id, c.name FROM campaigns c JOIN leads l ON l.source_campaign_id = c.id GROUP BY c.id ORDER BY count(*) DESC LIMIT 1')
      .get() as { id: number; name: string }
    await app.goto('/campaigns')
    await page.getByRole('table', { name: 'Campaigns' }).getByRole('row', { name: busiest.name }).click()
    await page.getByRole('heading', { level: 1, name: busiest.name }).waitFor()
    await page.getByRole('table', { name: 'Spend entries' }).waitFor()
    await page.getByRole('table', { name: 'Figures by day' }).waitFor()
    await app.screenshot('campaign-page')
    await page.mouse.wheel(0, 900)
    await app.screenshot('campaign-page-lower')
    await page.mouse.wheel(0, 900)
    await app.screenshot('campaign-page-bottom')

    // A lead in the list opens the lead drawer over the page.
    const firstLead = page.getByRole('table', { name: 'Leads it brought' }).getByRole('link').first()
    const name = (await firstLead.textContent()) ?? ''
    await firstLead.click()
    await page.getByRole('dialog', { name: new RegExp(name) }).waitFor()
    expect(app.errors).toEqual([])
  })
})
