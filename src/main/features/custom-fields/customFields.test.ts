import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CustomFieldInput } from '@shared/contract/customFields'
import { LeadTableQuery } from '@shared/contract/leads'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'
import ExcelJS from 'exceljs'
import { writeLeadsCsv, writeLeadsXlsx } from '../leads/leads.export'

// Runs on SQLite (unit) and PostgreSQL (postgres project).

describe('custom fields', () => {
  let t: TestWorkspace
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  const field = (input: Partial<CustomFieldInput> & Pick<CustomFieldInput, 'label' | 'type'>) => t.call('customFields.create', { entity: 'lead', ...input })
  const lead = (personName: string, customFields: Record<string, unknown> = {}) => t.call('leads.create', { personName, customFields: customFields as never })
  const tableNames = async (column: `custom:${number}`, direction: 'asc' | 'desc' = 'asc') =>
    (await t.call('leads.table', { sort: { column, direction } })).rows.map((row) => row.personName)

  it('adds fields in order with a stable key, edits, reorders, archives and restores them', async () => {
    const tier = await field({ label: 'Tier', type: 'choice', options: ['Bronze', 'Silver', 'Gold'], helpText: 'Support plan' })
    const seats = await field({ label: 'Seats', type: 'number', required: true })
    expect(tier).toMatchObject({ entity: 'lead', key: 'tier', label: 'Tier', type: 'choice', options: ['Bronze', 'Silver', 'Gold'], helpText: 'Support plan', required: false, position: 0, archivedAt: null })
    expect(seats).toMatchObject({ key: 'seats', position: 1, required: true })
    expect(await t.fail('customFields.create', { entity: 'lead', label: 'tier', type: 'text' })).toMatchObject({ code: 'conflict', field: 'label' })
    expect(await t.fail('customFields.create', { entity: 'lead', label: 'Plan', type: 'choice' })).toMatchObject({ code: 'invalid_input', field: 'options' })
    // The same label on another entity is another field.
    expect(await t.call('customFields.create', { entity: 'person', label: 'Tier', type: 'text' })).toMatchObject({ entity: 'person', key: 'tier' })

    const renamed = await t.call('customFields.update', { id: tier.id, fields: { label: 'Support tier', options: ['Bronze', 'Silver', 'Gold', 'Platinum'] } })
    expect(renamed).toMatchObject({ key: 'tier', label: 'Support tier', options: ['Bronze', 'Silver', 'Gold', 'Platinum'] })
    const reordered = await t.call('customFields.reorder', { entity: 'lead', ids: [seats.id, tier.id] })
    expect(reordered.map((f) => f.label)).toEqual(['Seats', 'Support tier'])
    expect(await t.fail('customFields.reorder', { entity: 'lead', ids: [seats.id] })).toMatchObject({ code: 'conflict' })

    await t.call('customFields.archive', { id: tier.id })
    expect((await t.call('customFields.list', { entity: 'lead' })).map((f) => f.label)).toEqual(['Seats'])
    expect((await t.call('customFields.list', { entity: 'lead', includeArchived: true })).map((f) => f.label)).toEqual(['Seats', 'Support tier'])
    await t.call('customFields.restore', { id: tier.id })
    expect((await t.call('customFields.list', { entity: 'lead' })).map((f) => f.label)).toEqual(['Seats', 'Support tier'])
  })

  it('reads and writes each type through leads.create, leads.update and leads.get', async () => {
    await field({ label: 'Notes for support', type: 'long_text' })
    await field({ label: 'Code', type: 'text' })
    await field({ label: 'Seats', type: 'number' })
    await field({ label: 'Setup fee', type: 'money' })
    await field({ label: 'Renewal', type: 'date' })
    await field({ label: 'Signed NDA', type: 'yes_no' })
    await field({ label: 'Tier', type: 'choice', options: ['Bronze', 'Silver', 'Gold'] })
    await field({ label: 'Modules', type: 'choices', options: ['CRM', 'Billing', 'Support'] })
    await field({ label: 'Portal', type: 'url' })
    await field({ label: 'Billing email', type: 'email' })
    await field({ label: 'Hotline', type: 'phone' })
    const created = await lead('Dana Li', {
      notes_for_support: 'Line one\nLine two',
      code: ' NW-7 ',
      seats: 12.5,
      setup_fee: 150000,
      renewal: '2027-03-31',
      signed_nda: true,
      tier: 'Gold',
      modules: ['Support', 'CRM'],
      portal: 'https://northwind.example/portal',
      billing_email: 'Billing@Northwind.example',
      hotline: '+44 20 7946 0000',
    })
    const expected = {
      notes_for_support: 'Line one\nLine two',
      code: 'NW-7',
      seats: 12.5,
      setup_fee: 150000,
      renewal: '2027-03-31',
      signed_nda: true,
      tier: 'Gold',
      // Several choices keep the field's order of choices.
      modules: ['CRM', 'Support'],
      portal: 'https://northwind.example/portal',
      billing_email: 'billing@northwind.example',
      hotline: '+44 20 7946 0000',
    }
    expect(created.customFields).toEqual(expected)
    expect((await t.call('leads.get', { id: created.id })).customFields).toEqual(expected)

    // An update writes only what it names; an empty value clears the field.
    const updated = await t.call('leads.update', { id: created.id, fields: { customFields: { seats: 40, signed_nda: false, code: '', modules: [] } } })
    expect(updated.customFields).toEqual({ ...expected, seats: 40, signed_nda: false, code: undefined, modules: undefined })
    expect(Object.keys(updated.customFields ?? {})).not.toContain('code')
  })

  it('refuses a wrong value with a message that names the field, and saves nothing', async () => {
    await field({ label: 'Seats', type: 'number' })
    await field({ label: 'Renewal', type: 'date' })
    await field({ label: 'Tier', type: 'choice', options: ['Bronze', 'Gold'] })
    await field({ label: 'Billing email', type: 'email' })
    await field({ label: 'Setup fee', type: 'money' })
    const dana = await lead('Dana Li', { seats: 3 })
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ seats: 'twelve' }, 'customFields.seats', 'Seats must be a number'],
      [{ renewal: '2027-02-30' }, 'customFields.renewal', 'Renewal must be a real date (YYYY-MM-DD)'],
      [{ tier: 'Platinum' }, 'customFields.tier', '“Platinum” is not one of Tier\'s choices'],
      [{ billing_email: 'not an address' }, 'customFields.billing_email', 'Billing email must be an email address such as dana@northwind.com'],
      [{ setup_fee: 12.5 }, 'customFields.setup_fee', 'Enter a whole amount in cents'],
      [{ gone: 'x' }, 'customFields.gone', 'There is no custom field “gone” any more. Reload and try again.'],
    ]
    for (const [customFields, where, message] of cases) {
      expect(await t.fail('leads.update', { id: dana.id, fields: { customFields: customFields as never, valueMinor: 999 } })).toEqual({ code: 'invalid_input', field: where, message })
    }
    const after = await t.call('leads.get', { id: dana.id })
    expect(after.valueMinor).toBe(0)
    expect(after.customFields).toEqual({ seats: 3 })
  })

  it('insists on required fields when a lead is made, and refuses to empty them later', async () => {
    await field({ label: 'Seats', type: 'number', required: true })
    const before = (await t.call('leads.table', {})).total
    expect(await t.fail('leads.create', { personName: 'Dana Li' })).toEqual({ code: 'invalid_input', field: 'customFields.seats', message: 'Seats is required' })
    expect((await t.call('leads.table', {})).total).toBe(before)
    const dana = await lead('Dana Li', { seats: 5 })
    expect(await t.fail('leads.update', { id: dana.id, fields: { customFields: { seats: null } } })).toMatchObject({ field: 'customFields.seats', message: 'Seats is required' })
    // Other edits don't have to repeat it.
    await expect(t.call('leads.update', { id: dana.id, fields: { valueMinor: 100 } })).resolves.toMatchObject({ valueMinor: 100 })
  })

  it('keeps an archived field’s values, out of sight, and shows them again when it is restored', async () => {
    const tier = await field({ label: 'Tier', type: 'choice', options: ['Bronze', 'Gold'], required: true })
    const dana = await lead('Dana Li', { tier: 'Gold' })
    await t.call('customFields.archive', { id: tier.id })
    expect((await t.call('leads.get', { id: dana.id })).customFields).toEqual({})
    // An archived required field is no longer asked for.
    await expect(lead('Ed Park')).resolves.toMatchObject({ personName: 'Ed Park' })
    await t.call('customFields.restore', { id: tier.id })
    expect((await t.call('leads.get', { id: dana.id })).customFields).toEqual({ tier: 'Gold' })
  })

  it('will not drop a choice that records still use', async () => {
    const tier = await field({ label: 'Tier', type: 'choice', options: ['Bronze', 'Gold'] })
    await lead('Dana Li', { tier: 'Gold' })
    expect(await t.fail('customFields.update', { id: tier.id, fields: { options: ['Bronze'] } })).toEqual({
      code: 'rule',
      field: 'options',
      message: '“Gold” is still chosen on 1 record. Change those first, or keep the choice.',
    })
    await expect(t.call('customFields.update', { id: tier.id, fields: { options: ['Gold', 'Bronze', 'Silver'] } })).resolves.toMatchObject({ options: ['Gold', 'Bronze', 'Silver'] })
  })

  it('sorts the lead table by numbers as numbers, dates as dates, choices in their order, empty last', async () => {
    const seats = await field({ label: 'Seats', type: 'number' })
    const renewal = await field({ label: 'Renewal', type: 'date' })
    const tier = await field({ label: 'Tier', type: 'choice', options: ['Bronze', 'Silver', 'Gold'] })
    const fee = await field({ label: 'Fee', type: 'money' })
    await lead('Ana', { seats: 9, renewal: '2027-01-05', tier: 'Gold', fee: 90000 })
    await lead('Ben', { seats: 10, renewal: '2026-12-31', tier: 'Bronze', fee: 100000 })
    await lead('Cy', { seats: 100, renewal: '2027-10-01', tier: 'Silver', fee: 2500 })
    await lead('Di')
    expect(await tableNames(`custom:${seats.id}`)).toEqual(['Ana', 'Ben', 'Cy', 'Di'])
    expect(await tableNames(`custom:${seats.id}`, 'desc')).toEqual(['Cy', 'Ben', 'Ana', 'Di'])
    expect(await tableNames(`custom:${renewal.id}`)).toEqual(['Ben', 'Ana', 'Cy', 'Di'])
    expect(await tableNames(`custom:${tier.id}`)).toEqual(['Ben', 'Cy', 'Ana', 'Di'])
    expect(await tableNames(`custom:${fee.id}`)).toEqual(['Cy', 'Ana', 'Ben', 'Di'])
    const page = await t.call('leads.table', { sort: { column: `custom:${seats.id}`, direction: 'asc' } })
    expect(page.rows[0]?.customFields).toEqual({ seats: 9, renewal: '2027-01-05', tier: 'Gold', fee: 90000 })
    const personField = await t.call('customFields.create', { entity: 'person', label: 'Birthday', type: 'date' })
    expect(await t.fail('leads.table', { sort: { column: `custom:${personField.id}`, direction: 'asc' } })).toMatchObject({ code: 'invalid_input', field: 'sort' })
  })

  it('filters the table and the board by custom fields in SQL', async () => {
    const seats = await field({ label: 'Seats', type: 'number' })
    const tier = await field({ label: 'Tier', type: 'choice', options: ['Bronze', 'Gold'] })
    const modules = await field({ label: 'Modules', type: 'choices', options: ['CRM', 'Billing'] })
    const nda = await field({ label: 'NDA', type: 'yes_no' })
    const renewal = await field({ label: 'Renewal', type: 'date' })
    const code = await field({ label: 'Code', type: 'text' })
    await lead('Ana', { seats: 9, tier: 'Gold', modules: ['CRM', 'Billing'], nda: true, renewal: '2027-01-05', code: 'NW-ALPHA' })
    await lead('Ben', { seats: 10, tier: 'Bronze', modules: ['Billing'], nda: false, renewal: '2026-12-31', code: 'NW-beta' })
    await lead('Cy', { seats: 100 })
    const names = async (custom: unknown) => (await t.call('leads.table', { filters: { custom: custom as never }, sort: { column: 'personName', direction: 'asc' } })).rows.map((r) => r.personName)
    expect(await names([{ fieldId: tier.id, op: 'is', value: 'Gold' }])).toEqual(['Ana'])
    expect(await names([{ fieldId: modules.id, op: 'is', value: 'Billing' }])).toEqual(['Ana', 'Ben'])
    expect(await names([{ fieldId: nda.id, op: 'is', value: false }])).toEqual(['Ben'])
    expect(await names([{ fieldId: seats.id, op: 'atLeast', value: 10 }])).toEqual(['Ben', 'Cy'])
    expect(await names([{ fieldId: seats.id, op: 'atLeast', value: 10 }, { fieldId: seats.id, op: 'atMost', value: 50 }])).toEqual(['Ben'])
    expect(await names([{ fieldId: renewal.id, op: 'atMost', value: '2026-12-31' }])).toEqual(['Ben'])
    expect(await names([{ fieldId: code.id, op: 'contains', value: 'beta' }])).toEqual(['Ben'])
    expect(await names([{ fieldId: tier.id, op: 'empty' }])).toEqual(['Cy'])
    expect(await names([{ fieldId: tier.id, op: 'filled' }])).toEqual(['Ana', 'Ben'])
    const pipeline = (await t.call('pipelines.list', {}))[0]!
    const board = await t.call('board.load', { pipelineId: pipeline.id, filters: { custom: [{ fieldId: tier.id, op: 'is', value: 'Gold' }] } })
    expect(board.columns.flatMap((c) => c.cards.map((l) => l.personName))).toEqual(['Ana'])
  })

  it('goes with its lead when the lead is deleted', async () => {
    const seats = await field({ label: 'Seats', type: 'number' })
    const dana = await lead('Dana Li', { seats: 4 })
    await t.call('leads.delete', { id: dana.id })
    const left = await t.database.db.selectFrom('custom_field_values').select('field_id').where('field_id', '=', seats.id).execute()
    expect(left).toEqual([])
  })

  it('exports every custom field in the lead CSV, archived ones marked, values as text', async () => {
    await field({ label: 'Seats', type: 'number' })
    await field({ label: 'Setup fee', type: 'money' })
    await field({ label: 'Modules', type: 'choices', options: ['CRM', 'Billing'] })
    const nda = await field({ label: 'NDA', type: 'yes_no' })
    await lead('Dana Li', { seats: 12, setup_fee: 150050, modules: ['CRM', 'Billing'], nda: true })
    await t.call('customFields.archive', { id: nda.id })
    const folder = await mkdtemp(join(tmpdir(), 'baton-leads-csv-'))
    try {
      const file = join(folder, 'Leads.csv')
      expect(await writeLeadsCsv(t.database.db, LeadTableQuery.parse({}), file)).toBe(1)
      const [header, row] = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').trim().split(/\r?\n/)
      expect(header?.split(',').slice(-4)).toEqual(['Seats', 'Setup fee (USD)', 'Modules', 'NDA (archived)'])
      expect(row?.split(',').slice(-4)).toEqual(['12', '1500.50', 'CRM; Billing', 'Yes'])
      // The XLSX has the same columns, numbers and amounts as numbers a spreadsheet can sum.
      const book = join(folder, 'Leads.xlsx')
      expect(await writeLeadsXlsx(t.database.db, LeadTableQuery.parse({}), book)).toBe(1)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.readFile(book)
      const sheet = workbook.getWorksheet('Leads')
      const headings = (sheet?.getRow(1).values as unknown[]).slice(-4)
      expect(headings.map(String)).toEqual(['Seats', 'Setup fee (USD)', 'Modules', 'NDA (archived)'])
      const values = (sheet?.getRow(2).values as unknown[]).slice(-4)
      expect(values).toEqual([12, 1500.5, 'CRM; Billing', 'Yes'])
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('reads and writes people’s and organisations’ fields through people.* and organizations.*', async () => {
    await t.call('customFields.create', { entity: 'person', label: 'Birthday', type: 'date' })
    await t.call('customFields.create', { entity: 'organization', label: 'Employees', type: 'number', required: true })
    const person = await t.call('people.create', { name: 'Dana Li', customFields: { birthday: '1990-04-02' } })
    expect(person.customFields).toEqual({ birthday: '1990-04-02' })
    expect((await t.call('people.update', { id: person.id, fields: { customFields: { birthday: null } } })).customFields).toEqual({})
    expect(await t.fail('people.update', { id: person.id, fields: { customFields: { birthday: 'soon' } } })).toMatchObject({ field: 'customFields.birthday', message: 'Birthday must be a real date (YYYY-MM-DD)' })
    expect(await t.fail('organizations.create', { name: 'Northwind' })).toEqual({ code: 'invalid_input', field: 'customFields.employees', message: 'Employees is required' })
    const org = await t.call('organizations.create', { name: 'Northwind', customFields: { employees: 240 } })
    expect((await t.call('organizations.get', { id: org.id })).customFields).toEqual({ employees: 240 })
    // A lead's fields are the lead's own: a person's key is unknown to leads.
    const dana = await lead('Dana Li')
    expect(await t.fail('leads.update', { id: dana.id, fields: { customFields: { birthday: '1990-04-02' } } })).toMatchObject({ field: 'customFields.birthday' })
  })

  it('sorts and filters the people and organisations tables by their fields', async () => {
    const tier = await t.call('customFields.create', { entity: 'person', label: 'Tier', type: 'choice', options: ['Bronze', 'Silver', 'Gold'] })
    const staff = await t.call('customFields.create', { entity: 'organization', label: 'Employees', type: 'number' })
    for (const [name, value] of [['Ana', 'Gold'], ['Ben', 'Bronze'], ['Cy', 'Silver']] as const) await t.call('people.create', { name, customFields: { tier: value } })
    for (const [name, n] of [['Acme', 1200], ['Globex', 90], ['Initech', 300]] as const) await t.call('organizations.create', { name, customFields: { employees: n } })
    const people = await t.call('people.table', { sort: { column: `custom:${tier.id}`, direction: 'asc' } })
    expect(people.rows.map((r) => [r.name, r.customFields])).toEqual([['Ben', { tier: 'Bronze' }], ['Cy', { tier: 'Silver' }], ['Ana', { tier: 'Gold' }]])
    const gold = await t.call('people.table', { filters: { custom: [{ fieldId: tier.id, op: 'is', value: 'Gold' }] } })
    expect(gold.rows.map((r) => r.name)).toEqual(['Ana'])
    const orgs = await t.call('organizations.table', { sort: { column: `custom:${staff.id}`, direction: 'desc' }, filters: { custom: [{ fieldId: staff.id, op: 'atLeast', value: 100 }] } })
    expect(orgs.rows.map((r) => r.name)).toEqual(['Acme', 'Initech'])
    expect(orgs.total).toBe(2)
  })

  it('brings a bulk-deleted lead’s values back with it on undo', async () => {
    await field({ label: 'Modules', type: 'choices', options: ['CRM', 'Billing'] })
    await field({ label: 'Seats', type: 'number' })
    const dana = await lead('Dana Li', { modules: ['CRM', 'Billing'], seats: 7 })
    const deleted = await t.call('leads.bulk', { leadIds: [dana.id], action: { type: 'delete' } })
    await t.call('leads.undoDelete', { token: deleted.undoToken ?? '' })
    expect((await t.call('leads.get', { id: dana.id })).customFields).toEqual({ modules: ['CRM', 'Billing'], seats: 7 })
  })

  it('finds leads by the text in their custom fields (not by an archived field’s)', async () => {
    const code = await field({ label: 'Contract code', type: 'text' })
    await lead('Dana Li', { contract_code: 'NW-2027-ALPHA' })
    await lead('Ed Park')
    const found = async () => (await t.call('leads.table', { filters: { search: '2027-alpha' } })).rows.map((r) => r.personName)
    expect(await found()).toEqual(['Dana Li'])
    await t.call('customFields.archive', { id: code.id })
    expect(await found()).toEqual([])
  })
})
