import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'
import { writeCustomValuesInBulk } from './customFields.values'

// Finding a record by the text kept in a custom field (migration 20's indexes), through the
// palette, the pickers and the tables' free text, kept in step on every write. Runs on SQLite
// (unit) and PostgreSQL (postgres project).

describe('search by custom values', () => {
  let t: TestWorkspace
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  const peopleFound = async (text: string) => (await t.call('people.table', { filters: { search: text } })).rows.map((row) => row.name).sort()
  const orgsFound = async (text: string) => (await t.call('organizations.table', { filters: { search: text } })).rows.map((row) => row.name).sort()
  const lookup = async (text: string) => (await t.call('people.lookup', { text })).map((match) => match.name)
  const paletteLeads = async (text: string) => (await t.call('search.query', { text })).groups.find((group) => group.kind === 'lead')?.hits.map((hit) => hit.title) ?? []

  it('finds people and organisations by text, email, URL and phone values, not by numbers or choices', async () => {
    await t.call('customFields.create', { entity: 'person', label: 'LinkedIn', type: 'url' })
    await t.call('customFields.create', { entity: 'person', label: 'Assistant email', type: 'email' })
    await t.call('customFields.create', { entity: 'person', label: 'Seats', type: 'number' })
    await t.call('customFields.create', { entity: 'organization', label: 'VAT number', type: 'text' })
    await t.call('customFields.create', { entity: 'organization', label: 'Tier', type: 'choice', options: ['Gold', 'Silver'] })
    await t.call('people.create', { name: 'Dana Li', customFields: { linkedin: 'linkedin.com/in/danali', assistant_email: 'kim.assist@northwind.com', seats: 42 } })
    await t.call('people.create', { name: 'Sam Ortiz' })
    await t.call('organizations.create', { name: 'Northwind', customFields: { vat_number: 'GB123456789', tier: 'Gold' } })
    await t.call('organizations.create', { name: 'Acme Ltd', customFields: { tier: 'Silver' } })

    expect(await peopleFound('danali')).toEqual(['Dana Li'])
    expect(await peopleFound('kim assist')).toEqual(['Dana Li'])
    expect(await peopleFound('42')).toEqual([])
    expect(await lookup('kim.assist')).toEqual(['Dana Li'])
    // Own words still come first, and a name match is not listed twice.
    expect(await lookup('dana')).toEqual(['Dana Li'])
    expect(await orgsFound('gb123456789')).toEqual(['Northwind'])
    expect(await orgsFound('gold')).toEqual([])
    expect((await t.call('organizations.lookup', { text: 'GB1234' })).map((m) => m.name)).toEqual(['Northwind'])
  })

  it('keeps the index in step when a value is edited, imported, merged away, undone and deleted', async () => {
    await t.call('customFields.create', { entity: 'person', label: 'Badge', type: 'text' })
    const dana = await t.call('people.create', { name: 'Dana Li', customFields: { badge: 'orchid' } })
    const twin = await t.call('people.create', { name: 'Dana Lee', customFields: { badge: 'tulip' } })
    expect(await peopleFound('orchid')).toEqual(['Dana Li'])

    await t.call('people.update', { id: dana.id, fields: { customFields: { badge: 'magnolia' } } })
    expect(await peopleFound('orchid')).toEqual([])
    expect(await peopleFound('magnolia')).toEqual(['Dana Li'])

    // An import writes values in bulk.
    const written = await writeCustomValuesInBulk(t.database.db, 'person', [{ recordId: dana.id, values: { badge: 'lotus' } }])
    expect(written.refused).toEqual([])
    expect(await peopleFound('lotus')).toEqual(['Dana Li'])
    expect(await peopleFound('magnolia')).toEqual([])

    // Merging moves the other's values to the kept record (when it has none of its own there).
    await t.call('people.update', { id: dana.id, fields: { customFields: { badge: null } } })
    const merged = await t.call('merges.merge', { kind: 'person', keepId: dana.id, otherId: twin.id })
    expect(await peopleFound('tulip')).toEqual(['Dana Li'])
    await t.call('merges.undo', { mergeId: merged.mergeId })
    expect(await peopleFound('tulip')).toEqual(['Dana Lee'])

    await t.call('people.delete', { id: twin.id })
    expect(await peopleFound('tulip')).toEqual([])
  })

  it('finds a lead in the palette by its own custom value, after the leads found by their words', async () => {
    await t.call('customFields.create', { entity: 'lead', label: 'Order number', type: 'text' })
    await t.call('leads.create', { personName: 'Dana Li', customFields: { order_number: 'PO-7781' } })
    await t.call('leads.create', { personName: 'Sam Ortiz' })
    expect(await paletteLeads('po 7781')).toEqual(['Dana Li'])
    expect(await paletteLeads('7781')).toEqual(['Dana Li'])
    expect(await paletteLeads('sam')).toEqual(['Sam Ortiz'])
  })
})
