import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Pipeline } from '@shared/domain/pipelines'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'

// People and organisations through the dispatcher, as the renderer calls them, on the project's
// engine (SQLite in `unit`, PostgreSQL in `postgres`): records of their own that deals belong to.

describe('people and organisations', () => {
  let t: TestWorkspace
  let sales: Pipeline
  const stage = (name: string) => sales.stages.find((s) => s.name === name)!

  beforeEach(async () => {
    t = await testWorkspace()
    ;[sales] = (await t.call('pipelines.list', {})) as [Pipeline]
  })
  afterEach(() => t.dispose())

  it('creates, reads and updates a person, each save a new version', async () => {
    const acme = await t.call('organizations.create', { name: 'Acme Ltd', domain: 'https://www.Acme.com/about', aliases: ['ACME Limited'], tags: ['partner'] })
    expect(acme).toMatchObject({ name: 'Acme Ltd', domain: 'acme.com', aliases: ['ACME Limited'], tags: ['partner'], version: 1 })
    const dana = await t.call('people.create', { name: 'Dana Li', emails: ['Dana@Acme.com', 'dana.li@gmail.com'], phones: ['+1 555 0101'], organizationId: acme.id, jobTitle: 'CTO', tags: ['VIP', 'vip'] })
    expect(dana).toMatchObject({ name: 'Dana Li', emails: ['dana@acme.com', 'dana.li@gmail.com'], phones: ['+1 555 0101'], organizationName: 'Acme Ltd', jobTitle: 'CTO', version: 1 })
    expect(dana.tags.map((tag) => tag.toLowerCase())).toEqual(['vip'])
    const updated = await t.call('people.update', { id: dana.id, fields: { jobTitle: 'CEO', emails: ['dana.li@gmail.com'] } })
    expect(updated).toMatchObject({ jobTitle: 'CEO', emails: ['dana.li@gmail.com'], phones: ['+1 555 0101'], version: 2 })
    expect(await t.call('people.get', { id: dana.id })).toEqual(updated)
    expect(await t.fail('people.get', { id: 999 })).toMatchObject({ code: 'not_found' })
    expect(await t.fail('people.create', { name: 'X', organizationId: 999 })).toMatchObject({ field: 'organizationId' })
  })

  it('makes a new deal for a person already known by their email, not a second person', async () => {
    const first = await t.call('leads.create', { personName: 'Dana Li', email: 'dana@acme.com', company: 'Acme Ltd', valueMinor: 100_00, tags: ['vip'] })
    const second = await t.call('leads.create', { personName: 'dana li', email: 'DANA@acme.com', company: 'ACME Ltd.', valueMinor: 250_00, tags: ['renewal'] })
    expect(second.personId).toBe(first.personId)
    expect(second.organizationId).toBe(first.organizationId)
    expect(second).toMatchObject({ personName: 'Dana Li', company: 'Acme Ltd', email: 'dana@acme.com' })
    // Tags live on the person: both deals show both.
    expect((await t.call('leads.get', { id: first.id })).tags.sort()).toEqual(['renewal', 'vip'])
    // Another name on the same address is another person (never renamed), offered as a likely duplicate.
    const other = await t.call('leads.create', { personName: 'Sam Reyes', email: 'dana@acme.com' })
    expect(other.personId).not.toBe(first.personId)

    const leads = await t.call('people.leads', { id: first.personId! })
    expect(leads.map((l) => [l.id, l.valueMinor, l.stageKind])).toEqual([
      [second.id, 250_00, 'open'],
      [first.id, 100_00, 'open'],
    ])
    const org = await t.call('organizations.people', { id: first.organizationId! })
    expect(org).toEqual([{ id: first.personId, name: 'Dana Li', email: 'dana@acme.com', phone: null, jobTitle: null, openDeals: 2 }])
  })

  it('sums what a customer bought through the metrics module, and lists their activities and campaigns', async () => {
    const webinar = await t.call('campaigns.create', { name: 'Webinar', channel: 'video' })
    const won = await t.call('leads.create', { personName: 'Dana Li', email: 'dana@acme.com', company: 'Acme', sourceCampaignId: webinar.id, valueMinor: 1_000_00 })
    await t.call('leads.move', { leadId: won.id, stageId: stage('Won').id })
    const open = await t.call('leads.create', { personName: 'Dana Li', email: 'dana@acme.com', valueMinor: 300_00 })
    await t.call('activities.create', { leadId: won.id, kind: 'call', subject: 'Kick-off' })
    await t.call('activities.create', { leadId: open.id, kind: 'email', subject: 'Renewal quote' })

    const figures = await t.call('organizations.figures', { id: won.organizationId! })
    expect(figures).toMatchObject({ lifetimeRevenueMinor: 1_000_00, wonDeals: 1, openDeals: 1, openValueMinor: 300_00, lastPurchase: { leadId: won.id, valueMinor: 1_000_00 } })
    expect(figures.customerSince).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect((await t.call('people.figures', { id: won.personId! })).lifetimeRevenueMinor).toBe(1_000_00)
    expect((await t.call('people.activities', { id: won.personId! })).map((a) => a.subject).sort()).toEqual(['Kick-off', 'Renewal quote'])
    expect(await t.call('people.campaigns', { id: won.personId! })).toMatchObject([{ campaignId: webinar.id, name: 'Webinar', touches: 1 }])
  })

  it('pages, sorts and filters the people table in SQL, and finds people and organisations for a picker', async () => {
    const acme = await t.call('organizations.create', { name: 'Acme Ltd', domain: 'acme.com' })
    const globex = await t.call('organizations.create', { name: 'Globex' })
    for (const [name, email, organizationId, owner] of [
      ['Dana Li', 'dana@acme.com', acme.id, 'Sam'],
      ['Bo Chen', 'bo@globex.com', globex.id, 'Ana'],
      ['Cy Ray', null, acme.id, null],
    ] as const) {
      await t.call('people.create', { name, emails: email ? [email] : [], organizationId, owner, tags: name === 'Bo Chen' ? ['vip'] : [] })
    }
    const page = await t.call('people.table', { sort: { column: 'name', direction: 'asc' }, limit: 2 })
    expect(page.total).toBe(3)
    expect(page.rows.map((r) => r.name)).toEqual(['Bo Chen', 'Cy Ray'])
    expect((await t.call('people.table', { filters: { organizationId: acme.id } })).rows.map((r) => r.name).sort()).toEqual(['Cy Ray', 'Dana Li'])
    expect((await t.call('people.table', { filters: { tag: 'VIP' } })).rows.map((r) => r.name)).toEqual(['Bo Chen'])
    expect((await t.call('people.table', { filters: { owner: 'Sam' } })).rows.map((r) => r.name)).toEqual(['Dana Li'])
    expect((await t.call('people.table', { filters: { search: 'glob' } })).rows.map((r) => r.name)).toEqual(['Bo Chen'])

    expect((await t.call('people.lookup', { text: 'dan' })).map((m) => m.name)).toEqual(['Dana Li'])
    expect((await t.call('people.lookup', { text: 'bo@glo' })).map((m) => m.name)).toEqual(['Bo Chen'])
    expect((await t.call('organizations.lookup', { text: 'acme.c' })).map((m) => m.name)).toEqual(['Acme Ltd'])
    const organizations = await t.call('organizations.table', { sort: { column: 'people', direction: 'desc' } })
    expect(organizations.rows.map((r) => [r.name, r.people])).toEqual([
      ['Acme Ltd', 2],
      ['Globex', 1],
    ])
  })

  it('refuses to delete someone with deals, saying how many, unless asked to delete those too', async () => {
    const lead = await t.call('leads.create', { personName: 'Dana Li', company: 'Acme' })
    await t.call('leads.create', { personName: 'Bo Chen', company: 'Acme' })
    expect(await t.fail('people.delete', { id: lead.personId! })).toMatchObject({ code: 'rule', message: expect.stringMatching(/1 deal/) as string })
    expect(await t.fail('organizations.delete', { id: lead.organizationId! })).toMatchObject({ code: 'rule', message: expect.stringMatching(/2 deals/) as string })
    expect(await t.call('people.delete', { id: lead.personId!, deleteLeads: true })).toEqual({ id: lead.personId, leadsDeleted: 1 })
    expect(await t.fail('leads.get', { id: lead.id })).toMatchObject({ code: 'not_found' })
    // Bulk: an owner and a tag for several people at once.
    const bo = (await t.call('people.table', {})).rows[0]!
    expect(await t.call('people.bulk', { personIds: [bo.id], action: { type: 'addTag', tag: 'vip' } })).toMatchObject({ affected: 1 })
    expect(await t.call('people.bulk', { personIds: [bo.id], action: { type: 'setOwner', owner: 'Ana' } })).toMatchObject({ affected: 1 })
    expect(await t.call('people.get', { id: bo.id })).toMatchObject({ tags: ['vip'], owner: 'Ana' })
  })
})
