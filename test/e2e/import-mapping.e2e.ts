import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from '../harness/startApp'

// "Linkedin Ads" is the existing "LinkedIn ads" (case aside); "Linked-in Ads" is only close
// to it, so the person is asked and the close match is offered first.
const LEADS = [
  'Name,Email,Campaign,Stage,Value',
  'Ana Ruiz,ana@sol.test,Linkedin Ads,Demo booked,1200',
  'Ben Ode,ben@ode.test,Linked-in Ads,Demo booked,800',
  'Cleo Park,cleo@park.test,Linked-in Ads,,300',
].join('\r\n')

const CAMPAIGNS = [
  'Campaign name,Channel,Budget,Start date,End date,Status,Objective',
  'Autumn webinars,Webinar,"2.500,00",01/09/2026,30/11/2026,Planned,Book demos',
  'Google search Q3,AdWords,"1.200,00",01/07/2026,30/09/2026,Running,',
  'Partner newsletter,Mailchimp,"150,00",,,Active,Keep partners warm',
].join('\r\n')

describe('import: unknown names mapped, and campaigns from a file', () => {
  let app: RunningApp | undefined
  const temp: string[] = []
  afterEach(async () => {
    await app?.close()
    app = undefined
    for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('maps a close campaign name to the existing one, creates a new stage, then imports campaigns and undoes them', async () => {
    app = await startApp()
    const { page } = app
    const created = await app.call('campaigns.create', { name: 'LinkedIn ads', channel: 'social_ads' })
    if (!created.ok) throw new Error('could not create the campaign')
    const files = mkdtempSync(join(tmpdir(), 'baton-e2e-files-'))
    temp.push(files)
    const leadsFile = join(files, 'leads-with-names.csv')
    writeFileSync(leadsFile, LEADS)
    const campaignsFile = join(files, 'campaigns-plan.csv')
    writeFileSync(campaignsFile, CAMPAIGNS)

    // Leads: the file's names Baton doesn't have.
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Import leads' })
    app.platform.importFiles.push(leadsFile)
    await dialog.getByRole('button', { name: 'Choose a file…' }).click()
    await dialog.getByText('leads-with-names.csv').waitFor()
    await dialog.getByRole('button', { name: 'Next' }).click()
    const campaigns = dialog.getByRole('region', { name: 'Campaigns Baton doesn’t have' })
    const close = campaigns.getByLabel('What to do with “Linked-in Ads”')
    await expect.poll(() => close.locator('option:checked').textContent()).toBe('Use “LinkedIn ads”')
    await expect.poll(() => campaigns.getByRole('row').count()).toBe(2) // the header and "Linked-in Ads"
    const stage = dialog.getByRole('region', { name: 'Stages Baton doesn’t have' }).getByLabel('What to do with “Demo booked”')
    await stage.selectOption('create')
    await app.screenshot('import-unknowns')

    await dialog.getByRole('button', { name: 'Preview' }).click()
    await dialog.getByText('3 rows read: 3 new leads.').waitFor()
    const preview = dialog.getByRole('region', { name: 'Preview of the first rows' })
    await preview.getByRole('row', { name: /Ben Ode .* Demo booked LinkedIn ads/ }).waitFor()
    await dialog.getByRole('button', { name: 'Import 3 leads' }).click()
    await dialog.getByText('3 rows read: 3 leads created.').waitFor()
    await dialog.getByText('New stages: Demo booked.').waitFor()
    await dialog.getByRole('button', { name: 'Done' }).click()

    // The leads landed where mapped: the existing campaign, the new stage.
    await page.getByRole('heading', { name: 'Demo booked' }).waitFor()
    const leads = await app.call('leads.list', { campaignId: created.value.id })
    const pipelines = await app.call('pipelines.list', {})
    if (!leads.ok || !pipelines.ok) throw new Error('could not list the leads')
    expect(leads.value.leads.map((lead) => lead.personName).sort()).toEqual(['Ana Ruiz', 'Ben Ode', 'Cleo Park'])
    const demoBooked = pipelines.value[0]!.stages.find((s) => s.name === 'Demo booked')
    expect(leads.value.leads.filter((lead) => lead.stageId === demoBooked?.id).map((lead) => lead.personName).sort()).toEqual(['Ana Ruiz', 'Ben Ode'])

    // Campaigns, from the campaigns page.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click()
    const table = page.getByRole('table', { name: 'Campaigns' })
    await table.getByRole('row', { name: /LinkedIn ads/ }).waitFor()
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    app.platform.importFiles.push(campaignsFile)
    await page.getByRole('dialog').getByRole('button', { name: 'Choose a file…' }).click()
    const campaignDialog = page.getByRole('dialog', { name: 'Import campaigns' })
    await campaignDialog.getByText('campaigns-plan.csv').waitFor()
    await expect.poll(() => campaignDialog.getByRole('radio', { name: /Campaigns/ }).isChecked()).toBe(true)
    await app.screenshot('import-campaigns-mapping')
    await campaignDialog.getByRole('button', { name: 'Preview' }).click()
    await campaignDialog.getByText('3 rows read: 3 new campaigns.').waitFor()
    const campaignPreview = campaignDialog.getByRole('region', { name: 'Preview of the first rows' })
    await campaignPreview.getByRole('row', { name: /Google search Q3 SEM \(paid search\) Active/ }).waitFor()
    await campaignPreview.getByRole('row', { name: /Autumn webinars Events Planned \$2,500/ }).waitFor()
    await app.screenshot('import-campaigns')
    await campaignDialog.getByRole('button', { name: 'Import 3 campaigns' }).click()
    await campaignDialog.getByText('3 rows read: 3 campaigns created.').waitFor()
    await campaignDialog.getByRole('button', { name: 'Done' }).click()
    for (const name of ['Autumn webinars', 'Google search Q3', 'Partner newsletter', 'LinkedIn ads']) await table.getByRole('row', { name: new RegExp(name) }).waitFor()

    // Undo the campaigns import from Settings: they are gone, the one from before stays.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
    const card = page.getByRole('region', { name: 'Import' })
    await card.getByText(/3 campaigns created/).waitFor()
    await card.getByRole('button', { name: 'Undo the import of campaigns-plan.csv' }).click()
    await card.getByText(/3 campaigns created · undone/).waitFor()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click()
    await table.getByRole('row', { name: /LinkedIn ads/ }).waitFor()
    await expect.poll(() => table.getByRole('row', { name: /Autumn webinars|Google search Q3|Partner newsletter/ }).count()).toBe(0)
    expect(app.errors).toEqual([])
  })
})
