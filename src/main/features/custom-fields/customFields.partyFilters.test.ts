import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'

// The board and the lead table filtered by a custom field of the deal's person or organisation
// ("Account tier is Strategic"), in SQL. Runs on SQLite (unit) and PostgreSQL (postgres project).

describe('deals filtered by their person’s or organisation’s custom fields', () => {
  let t: TestWorkspace
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  it('narrows the board’s counts and totals and the lead table, alone or with a lead field', async () => {
    const tier = await t.call('customFields.create', { entity: 'organization', label: 'Account tier', type: 'choice', options: ['Strategic', 'Growth'] })
    const champion = await t.call('customFields.create', { entity: 'person', label: 'Champion', type: 'yes_no' })
    const plan = await t.call('customFields.create', { entity: 'lead', label: 'Plan', type: 'choice', options: ['Basic', 'Pro'] })
    const lakeside = await t.call('organizations.create', { name: 'Lakeside Logistics', customFields: { account_tier: 'Strategic' } })
    const harbor = await t.call('organizations.create', { name: 'Harbor Dental', customFields: { account_tier: 'Growth' } })
    const dana = await t.call('people.create', { name: 'Dana Li', organizationId: lakeside.id, customFields: { champion: true } })
    const first = await t.call('leads.create', { personId: dana.id, organizationId: lakeside.id, valueMinor: 4_000_00, customFields: { plan: 'Pro' } })
    const second = await t.call('leads.create', { organizationId: lakeside.id, valueMinor: 1_000_00, customFields: { plan: 'Basic' } })
    await t.call('leads.create', { organizationId: harbor.id, valueMinor: 9_000_00, customFields: { plan: 'Pro' } })
    await t.call('leads.create', { personName: 'Bo Chen', valueMinor: 500_00 })

    const tableIds = async (custom: object[]) => (await t.call('leads.table', { filters: { custom: custom as never } })).rows.map((row) => row.id).sort((a, b) => a - b)
    const boardTotal = async (custom: object[]) => {
      const board = await t.call('board.load', { pipelineId: 1, filters: { custom: custom as never } })
      return board.columns.reduce((sum, column) => ({ count: sum.count + column.count, value: sum.value + column.totalValueMinor }), { count: 0, value: 0 })
    }
    const strategic = { fieldId: tier.id, op: 'is', value: 'Strategic' }
    expect(await tableIds([strategic])).toEqual([first.id, second.id])
    expect(await boardTotal([strategic])).toEqual({ count: 2, value: 5_000_00 })
    expect(await tableIds([strategic, { fieldId: plan.id, op: 'is', value: 'Pro' }])).toEqual([first.id])
    expect(await tableIds([{ fieldId: champion.id, op: 'is', value: true }])).toEqual([first.id])
    // No tier: Bo's deal (no organisation) and none of the others.
    expect(await boardTotal([{ fieldId: tier.id, op: 'empty' }])).toEqual({ count: 1, value: 500_00 })
  })
})
