import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'
import { writeCustomValuesInBulk } from '../custom-fields/customFields.values'

// A segment's rule on a choice field ("Account tier is Strategic"), through the dispatcher, on the
// project's engine (SQLite in `unit`, PostgreSQL in `postgres`).

describe('segment rules on choice fields', () => {
  let t: TestWorkspace
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  const segmentOf = async (id: number) => (await t.call('organizations.get', { id })).segmentId

  it('puts the organisations with the choice in the segment when the rule is saved and when the value is written later', async () => {
    const tier = await t.call('customFields.create', { entity: 'organization', label: 'Account tier', type: 'choice', options: ['Strategic', 'Growth'] })
    const lakeside = await t.call('organizations.create', { name: 'Lakeside Logistics', customFields: { account_tier: 'Strategic' } })
    const harbor = await t.call('organizations.create', { name: 'Harbor Dental', customFields: { account_tier: 'Growth' } })
    const initech = await t.call('organizations.create', { name: 'Initech' })
    const deal = await t.call('leads.create', { organizationId: lakeside.id, valueMinor: 5_000_00 })

    const strategic = await t.call('segments.create', { name: 'Strategic accounts', rule: { fieldId: tier.id, option: 'Strategic' } })
    expect(strategic).toMatchObject({ rule: { fieldId: tier.id, option: 'Strategic' }, organizationCount: 1, leadCount: 1 })
    expect(await segmentOf(lakeside.id)).toBe(strategic.id)
    expect(await segmentOf(harbor.id)).toBeNull()
    // The table and board filters by segment see it (a lead's segment is its organisation's).
    expect((await t.call('organizations.table', { filters: { segmentId: strategic.id } })).rows.map((row) => row.name)).toEqual(['Lakeside Logistics'])
    expect((await t.call('leads.table', { filters: { segmentId: strategic.id } })).rows.map((row) => row.id)).toEqual([deal.id])

    // A value written later: from the page, and from an import.
    await t.call('organizations.update', { id: harbor.id, fields: { customFields: { account_tier: 'Strategic' } } })
    expect(await segmentOf(harbor.id)).toBe(strategic.id)
    await writeCustomValuesInBulk(t.database.db, 'organization', [{ recordId: initech.id, values: { account_tier: 'Strategic' } }])
    expect(await segmentOf(initech.id)).toBe(strategic.id)

    // A rule only adds: changing the value leaves the organisation where it is until moved.
    await t.call('organizations.update', { id: harbor.id, fields: { customFields: { account_tier: 'Growth' } } })
    expect(await segmentOf(harbor.id)).toBe(strategic.id)
    // Editing the segment without naming the rule keeps it; null removes it.
    expect(await t.call('segments.update', { id: strategic.id, fields: { name: 'Key accounts' } })).toMatchObject({ name: 'Key accounts', rule: { option: 'Strategic' } })
    expect(await t.call('segments.update', { id: strategic.id, fields: { name: 'Key accounts', rule: null } })).toMatchObject({ rule: null, organizationCount: 3 })
  })

  it('matches one of several choices, and refuses a rule that cannot hold', async () => {
    const services = await t.call('customFields.create', { entity: 'person', label: 'Services', type: 'choices', options: ['Payroll', 'Audit', 'Tax'] })
    const seats = await t.call('customFields.create', { entity: 'person', label: 'Seats', type: 'number' })
    const lead = await t.call('customFields.create', { entity: 'lead', label: 'Plan', type: 'choice', options: ['Basic'] })
    const dana = await t.call('people.create', { name: 'Dana Li', customFields: { services: ['Audit', 'Payroll'] } })
    const bo = await t.call('people.create', { name: 'Bo Chen', customFields: { services: ['Tax'] } })
    const payroll = await t.call('segments.create', { name: 'Payroll clients', rule: { fieldId: services.id, option: 'Payroll' } })
    expect((await t.call('people.get', { id: dana.id })).segmentId).toBe(payroll.id)
    expect((await t.call('people.get', { id: bo.id })).segmentId).toBeNull()

    expect(await t.fail('segments.create', { name: 'Big', rule: { fieldId: seats.id, option: '10' } })).toMatchObject({ code: 'invalid_input', field: 'rule', message: 'Pick a choice field of people or organisations.' })
    expect(await t.fail('segments.create', { name: 'Basic', rule: { fieldId: lead.id, option: 'Basic' } })).toMatchObject({ field: 'rule' })
    expect(await t.fail('segments.create', { name: 'Consulting', rule: { fieldId: services.id, option: 'Consulting' } })).toMatchObject({ message: '“Consulting” is not one of Services\'s choices.' })
  })
})
