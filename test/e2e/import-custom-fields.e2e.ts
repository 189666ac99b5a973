import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from '../harness/startApp'

// An unmapped column made a new custom field in the columns step, its values in the preview and
// on the saved records; then a persons export read as people and organisations, no deals.

const DEALS = [
  'Name,Email,Company,Deal title,Value,Seats,Tier',
  'Ana Ruiz,ana@sol.test,Sol Ltd,Website,1200,12,Gold',
  'Ben Ode,ben@ode.test,Ode GmbH,Hosting,800,40,Silver',
  'Cleo Park,cleo@park.test,Park & Co,Audit,300,7,Gold',
  'Dev Rao,dev@rao.test,Rao Inc,Training,450,3,Silver',
].join('\r\n')

const PERSONS = [
  'Person - Name,Person - Organization,Person - Email - Work,Person - Job title',
  'Eve Park,Park & Co,eve@park.test,CFO',
  'Finn Lee,Lee Studio,finn@lee.test,Founder',
].join('\r\n')

describe('import: custom fields from unmapped columns, and a contacts file', () => {
  let app: RunningApp | undefined
  const temp: string[] = []
  afterEach(async () => {
    await app?.close()
    app = undefined
    for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('adds Seats and Tier as new fields, previews and imports them, then imports people without deals', async () => {
    app = await startApp()
    const { page } = app
    const files = mkdtempSync(join(tmpdir(), 'baton-e2e-files-'))
    temp.push(files)
    const dealsFile = join(files, 'deals-with-extras.csv')
    writeFileSync(dealsFile, DEALS)
    const personsFile = join(files, 'people-export.csv')
    writeFileSync(personsFile, PERSONS)

    await page.getByRole('button', { name: 'Import', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Import leads' })
    app.platform.importFiles.push(dealsFile)
    await dialog.getByRole('button', { name: 'Choose a file…' }).click()
    await dialog.getByText('deals-with-extras.csv').waitFor()
    await dialog.getByRole('button', { name: 'Add “Seats” as a new field' }).click()
    await dialog.getByRole('button', { name: 'Add “Tier” as a new field' }).click()
    await dialog.getByLabel('Record “Tier” belongs to').selectOption('organization')
    await expect.poll(() => dialog.getByLabel('Type of the new field from “Seats”').inputValue()).toBe('number')
    await app.screenshot('import-new-fields-mapping')

    await dialog.getByRole('button', { name: 'Next' }).click()
    await dialog.getByText('New custom fields: Seats, Tier.').waitFor()
    await app.screenshot('import-new-fields-preview')
    await dialog.getByRole('button', { name: 'Import 4 leads' }).click()
    await dialog.getByText('4 rows read: 4 leads created.').waitFor()
    const fields = await app.call('customFields.list', {})
    expect(fields.ok && fields.value.map((f) => [f.entity, f.label, f.type])).toEqual([
      ['lead', 'Seats', 'number'],
      ['organization', 'Tier', 'choice'],
    ])
    await dialog.getByRole('button', { name: 'Close' }).first().click()

    await page.getByRole('button', { name: 'Import', exact: true }).click()
    app.platform.importFiles.push(personsFile)
    await page.getByRole('dialog', { name: 'Import leads' }).getByRole('button', { name: 'Choose a file…' }).click()
    const contacts = page.getByRole('dialog', { name: 'Import people and organisations' })
    await contacts.getByText('people-export.csv').waitFor()
    await app.screenshot('import-contacts-mapping')
    await contacts.getByRole('button', { name: 'Next' }).click()
    await contacts.getByText('2 rows read: 2 new people, 1 new organisation, no deals.').waitFor()
    await app.screenshot('import-contacts-preview')
    await contacts.getByRole('button', { name: 'Import 2 contacts' }).click()
    await contacts.getByText('2 rows read: 2 people created, 1 organisation created, no deals.').waitFor()
  })
})
