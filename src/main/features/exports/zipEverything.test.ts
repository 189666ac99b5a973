import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { strFromU8, unzipSync } from 'fflate'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempWorkspace, type TempWorkspace } from '../../../../test/fixtures/workspace'
import { OrganizationInput } from '@shared/contract/organizations'
import { PersonInput } from '@shared/contract/people'
import { seedLeads } from '../board/board.fixtures'
import { CustomFieldInput } from '@shared/contract/customFields'
import { archiveCustomField, createCustomField } from '../custom-fields/customFields.service'
import { createOrganization } from '../organizations/organizations.service'
import { createPerson } from '../people/people.service'
import { isSearchIndexTable } from './tableDump'
import { writeEverythingZip } from './zipEverything'

describe('export everything', () => {
  let t: TempWorkspace
  let out: string
  beforeEach(async () => {
    t = await tempWorkspace()
    out = mkdtempSync(join(tmpdir(), 'baton-zip-'))
  })
  afterEach(async () => {
    await t.cleanup()
    rmSync(out, { recursive: true, force: true })
  })

  it('writes every table as CSV and a consistent copy of the data file into one zip', async () => {
    await seedLeads(t.database, 5000)
    t.database.sqlite.prepare(`UPDATE people SET name = '=HYPERLINK("http://x")' WHERE id = (SELECT person_id FROM leads WHERE id = 1)`).run()
    t.database.sqlite.prepare(`UPDATE organizations SET name = 'Zoë & Söhne, "Köln"' WHERE id = (SELECT organization_id FROM leads WHERE id = 1)`).run()
    const firstLead = t.database.sqlite.prepare('SELECT person_id, organization_id FROM leads WHERE id = 1').get() as { person_id: number; organization_id: number }
    const target = join(out, 'baton-export.zip')
    const seen: number[] = []
    const result = await writeEverythingZip(t.database.file, target, { onProgress: (done) => seen.push(done) })
    expect(readdirSync(out)).toEqual(['baton-export.zip'])
    const files = unzipSync(new Uint8Array(readFileSync(target)))
    const tables = (t.database.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[]).filter((name) => !isSearchIndexTable(name))
    const sheets = [...tables, 'people-with-contacts', 'organizations-with-aliases']
    // Search indexes stay in the data file's copy, not as CSVs of blank lines.
    expect(t.database.sqlite.prepare(`SELECT count(*) FROM sqlite_master WHERE name IN ('leads_fts', 'people_custom_fts')`).pluck().get()).toBe(2)
    expect(Object.keys(files).filter((name) => name.includes('_fts'))).toEqual([])
    expect(Object.keys(files).sort()).toEqual([...sheets.map((name) => `${name}.csv`), 'baton.sqlite'].sort())
    expect(result.tables).toBe(sheets.length)

    // The file starts with the UTF-8 byte-order mark (TextDecoder drops it while decoding).
    expect([...files['leads.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const leadsCsv = strFromU8(files['leads.csv']!)
    const parsed = Papa.parse<Record<string, string>>(leadsCsv, { header: true, skipEmptyLines: true })
    expect(parsed.data).toHaveLength(5000)
    expect(parsed.data[0]).toMatchObject({ id: '1', person_id: String(firstLead.person_id), organization_id: String(firstLead.organization_id) })
    // People and organisations are tables of their own in the export; a formula-like name is defused.
    const people = Papa.parse<Record<string, string>>(strFromU8(files['people.csv']!), { header: true, skipEmptyLines: true }).data
    expect(people.find((p) => p['id'] === String(firstLead.person_id))).toMatchObject({ name: `'=HYPERLINK("http://x")` })
    const organizations = Papa.parse<Record<string, string>>(strFromU8(files['organizations.csv']!), { header: true, skipEmptyLines: true }).data
    expect(organizations.find((o) => o['id'] === String(firstLead.organization_id))).toMatchObject({ name: 'Zoë & Söhne, "Köln"' })
    expect(seen.at(-1)).toBe(seen.reduce((a, b) => Math.max(a, b), 0))

    // And once more one row each, with every email, phone, tag and alias.
    const readable = (name: string) => Papa.parse<Record<string, string>>(strFromU8(files[`${name}.csv`]!), { header: true, skipEmptyLines: true }).data
    expect(readable('people-with-contacts')).toHaveLength(people.length)
    expect(readable('organizations-with-aliases')).toHaveLength(organizations.length)

    const copy = join(out, 'copy.sqlite')
    writeFileSync(copy, files['baton.sqlite']!)
    const opened = new BetterSqlite3(copy, { readonly: true })
    expect(opened.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(opened.prepare('SELECT count(*) FROM leads').pluck().get()).toBe(5000)
    opened.close()
  })

  it('puts each person and organisation on one row with all their emails, phones, tags and aliases', async () => {
    const db = t.database.db
    const acme = await createOrganization(db, OrganizationInput.parse({ name: 'Acme Ltd', aliases: ['ACME Limited', 'Acme'], domain: 'acme.com', tags: ['partner'] }))
    await createPerson(
      db,
      PersonInput.parse({ name: 'Dana Li', emails: ['dana@acme.com', 'dana.li@gmail.com'], phones: ['+1 555 0101', '+1 555 0199'], organizationId: acme.id, jobTitle: 'CTO', tags: ['vip', 'renewal'] }),
    )
    await createPerson(db, PersonInput.parse({ name: 'Bo Chen' }))
    const target = join(out, 'baton-export.zip')
    await writeEverythingZip(t.database.file, target)
    const files = unzipSync(new Uint8Array(readFileSync(target)))
    const read = (name: string) => Papa.parse<Record<string, string>>(strFromU8(files[`${name}.csv`]!), { header: true, skipEmptyLines: true }).data
    // A cell starting with + reads as a formula in a spreadsheet: it gets the quote every export gives it.
    expect(read('people-with-contacts')).toEqual([
      expect.objectContaining({ name: 'Dana Li', emails: 'dana@acme.com; dana.li@gmail.com', phones: "'+1 555 0101; +1 555 0199", job_title: 'CTO', organization: 'Acme Ltd', tags: 'renewal; vip' }),
      expect.objectContaining({ name: 'Bo Chen', emails: '', phones: '', organization: '', tags: '' }),
    ])
    expect(read('organizations-with-aliases')).toEqual([expect.objectContaining({ name: 'Acme Ltd', aliases: 'ACME Limited; Acme', domain: 'acme.com', tags: 'partner', people: '1' })])
  })

  it('gives those two sheets a column per custom field, typed values written as a person reads them', async () => {
    const db = t.database.db
    const field = (input: Omit<CustomFieldInput, 'options'> & { options?: string[] }) => createCustomField(db, CustomFieldInput.parse(input))
    await field({ entity: 'organization', label: 'Account tier', type: 'choice', options: ['Strategic', 'Growth'] })
    await field({ entity: 'organization', label: 'Contract value', type: 'money' })
    await field({ entity: 'person', label: 'Services', type: 'choices', options: ['Payroll', 'Audit', 'Tax'] })
    await field({ entity: 'person', label: 'Newsletter', type: 'yes_no' })
    const old = await field({ entity: 'person', label: 'Fax', type: 'phone' })
    const acme = await createOrganization(db, OrganizationInput.parse({ name: 'Acme Ltd', customFields: { account_tier: 'Strategic', contract_value: 12_500_50 } }))
    await createPerson(db, PersonInput.parse({ name: 'Dana Li', organizationId: acme.id, customFields: { services: ['Tax', 'Payroll'], newsletter: true, fax: '+1 555 0100' } }))
    await createPerson(db, PersonInput.parse({ name: 'Bo Chen', customFields: { newsletter: false } }))
    await archiveCustomField(db, old.id)
    const target = join(out, 'baton-export.zip')
    await writeEverythingZip(t.database.file, target)
    const files = unzipSync(new Uint8Array(readFileSync(target)))
    const read = (name: string) => Papa.parse<Record<string, string>>(strFromU8(files[`${name}.csv`]!), { header: true, skipEmptyLines: true }).data
    expect(read('people-with-contacts')).toEqual([
      expect.objectContaining({ name: 'Dana Li', Services: 'Payroll; Tax', Newsletter: 'Yes', 'Fax (archived)': "'+1 555 0100" }),
      expect.objectContaining({ name: 'Bo Chen', Services: '', Newsletter: 'No', 'Fax (archived)': '' }),
    ])
    expect(read('organizations-with-aliases')).toEqual([expect.objectContaining({ name: 'Acme Ltd', 'Account tier': 'Strategic', 'Contract value': '12500.50' })])
  })

  it('leaves no file behind when cancelled', async () => {
    await seedLeads(t.database, 5000)
    const target = join(out, 'baton-export.zip')
    const controller = new AbortController()
    await expect(
      writeEverythingZip(t.database.file, target, { signal: controller.signal, onProgress: (done) => done > 2000 && controller.abort() }),
    ).rejects.toThrow(/cancelled/)
    expect(existsSync(target)).toBe(false)
    expect(readdirSync(out)).toEqual([])
  })
})
