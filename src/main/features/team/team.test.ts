import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { queryRow } from '../../../../test/fixtures/sql'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'

describe('team', () => {
  let t: TestWorkspace
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  it('adds members, refuses a second person of the same name, lists active first', async () => {
    const sam = await t.call('team.add', { name: ' Sam Ortiz ', email: 'SAM@firm.test' })
    expect(sam).toEqual({ id: sam.id, name: 'Sam Ortiz', email: 'sam@firm.test', archived: false, leadCount: 0 })
    expect(await t.fail('team.add', { name: 'sam ortiz' })).toMatchObject({ code: 'conflict', field: 'name' })
    const ana = await t.call('team.add', { name: 'Ana' })
    await t.call('team.setArchived', { id: ana.id, archived: true })
    await t.call('team.add', { name: 'Zoe' })
    expect((await t.call('team.list', {})).map((m) => [m.name, m.archived])).toEqual([
      ['Sam Ortiz', false],
      ['Zoe', false],
      ['Ana', true],
    ])
  })

  it('renames a member and every lead they own in one transaction', async () => {
    const sam = await t.call('team.add', { name: 'Sam' })
    await t.call('team.add', { name: 'Priya' })
    const lead = await t.call('leads.create', { personName: 'Dana Li', owner: 'Sam' })
    await t.call('leads.create', { personName: 'Bo Chen', owner: 'Priya' })
    expect((await t.call('team.list', {})).find((m) => m.id === sam.id)?.leadCount).toBe(1)

    expect(await t.fail('team.rename', { id: sam.id, name: 'priya' })).toMatchObject({ code: 'conflict' })
    const renamed = await t.call('team.rename', { id: sam.id, name: 'Samuel' })
    expect(renamed).toMatchObject({ name: 'Samuel', leadCount: 1 })
    expect((await t.call('leads.get', { id: lead.id })).owner).toBe('Samuel')
    expect(await t.call('leads.owners', {})).toEqual(['Priya', 'Samuel'])
  })

  it('renames the owner of goals, and of goals and saved reports narrowed to them', async () => {
    const sam = await t.call('team.add', { name: 'Sam' })
    const goal = await t.call('goals.create', {
      title: 'Sam closes ten',
      team: 'sales',
      metric: 'deals_won',
      target: 10,
      startsOn: '2026-01-01',
      endsOn: '2026-03-31',
      owner: 'Sam',
      filters: { owner: 'Sam' },
    })
    await t.call('reports.saved.save', { name: 'Sam’s quarter', settings: { kind: 'funnel', period: { preset: 'this_quarter' }, filters: { owner: 'Sam' } } })
    await t.call('team.rename', { id: sam.id, name: 'Samuel' })
    // Read as stored: a goal's progress comes from the metrics module, which is not this test's business.
    const after = await queryRow<{ owner: string; filters: string }>(t.database.db, sql`SELECT owner, filters FROM goals WHERE id = ${goal.id}`)
    expect(after.owner).toBe('Samuel')
    expect(JSON.parse(after.filters)).toEqual({ owner: 'Samuel' })
    const [saved] = await t.call('reports.saved.list', {})
    expect(saved?.settings.filters).toEqual({ owner: 'Samuel' })
  })

  it('adds whoever is named as an owner to the team, once', async () => {
    await t.call('team.add', { name: 'Sam' })
    await t.call('leads.create', { personName: 'Dana Li', owner: 'Noor Haddad' })
    await t.call('leads.create', { personName: 'Bo Chen', owner: 'noor haddad' })
    await t.call('leads.create', { personName: 'Ed Park', owner: 'sam' })
    expect((await t.call('team.list', {})).map((m) => m.name)).toEqual(['Noor Haddad', 'Sam'])
  })

  it('says when a member is gone', async () => {
    expect(await t.fail('team.rename', { id: 99, name: 'X' })).toMatchObject({ code: 'not_found' })
    expect(await t.fail('team.setArchived', { id: 99, archived: true })).toMatchObject({ code: 'not_found' })
  })
})
