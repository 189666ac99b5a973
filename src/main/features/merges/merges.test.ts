import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Person } from '@shared/domain/people'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'

// Merging duplicates through the dispatcher, as the renderer calls it, on the project's engine
// (SQLite in `unit`, PostgreSQL in `postgres`): two records into one, everything moved, and undo
// putting both back exactly.

/** A record as a save leaves it, without what any save changes (its version and when). */
const asSaved = <T extends { version: number; updatedAt: string }>({ version: _v, updatedAt: _u, ...rest }: T) => rest

describe('merging duplicates', () => {
  let t: TestWorkspace

  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  const dealsOf = async (id: number) => (await t.call('people.leads', { id })).map((lead) => lead.id).sort((a, b) => a - b)

  it('merges two people with the values chosen side by side, moves every deal, activity and touch, and undo puts both back', async () => {
    const acme = await t.call('organizations.create', { name: 'Acme Ltd' })
    const webinar = await t.call('campaigns.create', { name: 'Webinar', channel: 'video' })
    const dana = await t.call('people.create', { name: 'Dana Li', emails: ['dana@acme.com'], phones: ['+1 555 0101'], jobTitle: 'CTO', organizationId: acme.id, tags: ['vip'], owner: 'Ana' })
    const twin = await t.call('people.create', {
      name: 'Dana Li-Chen',
      emails: ['DANA@acme.com', 'dana@gmail.com'],
      phones: ['+1 555 0199'],
      jobTitle: 'Chief Technology Officer',
      tags: ['renewal', 'VIP'],
      notes: 'Met at the trade fair',
    })
    const first = await t.call('leads.create', { personId: dana.id, valueMinor: 1_000_00 })
    const second = await t.call('leads.create', { personId: twin.id, valueMinor: 2_500_00 })
    const third = await t.call('leads.create', { personId: twin.id, organizationId: acme.id, valueMinor: 400_00 })
    await t.call('activities.create', { leadId: second.id, kind: 'call', subject: 'Renewal call' })
    await t.call('touchpoints.add', { leadId: third.id, campaignId: webinar.id })
    const danaBefore = await t.call('people.get', { id: dana.id })
    const twinBefore = await t.call('people.get', { id: twin.id })

    expect(await t.call('merges.duplicates', { kind: 'person' })).toEqual([
      expect.objectContaining({ reason: 'same_email', first: expect.objectContaining({ id: dana.id, deals: 1 }) as object, second: expect.objectContaining({ id: twin.id, deals: 2 }) as object }),
    ])

    const done = await t.call('merges.merge', { kind: 'person', keepId: dana.id, otherId: twin.id, pick: { jobTitle: 'other', notes: 'other', phone: 'other' } })
    expect(done).toMatchObject({ keptId: dana.id, dealsMoved: 2 })
    const merged = await t.call('people.get', { id: dana.id })
    expect(merged).toMatchObject({
      name: 'Dana Li',
      // The same address in another case is one address; the kept first address stays first.
      emails: ['dana@acme.com', 'dana@gmail.com'],
      phones: ['+1 555 0199', '+1 555 0101'],
      jobTitle: 'Chief Technology Officer',
      notes: 'Met at the trade fair',
      organizationId: acme.id,
      owner: 'Ana',
      version: danaBefore.version + 1,
    })
    expect(merged.tags.map((tag) => tag.toLowerCase()).sort()).toEqual(['renewal', 'vip'])
    expect(await t.fail('people.get', { id: twin.id })).toMatchObject({ code: 'not_found' })
    expect(await dealsOf(dana.id)).toEqual([first.id, second.id, third.id])
    expect(await t.call('leads.get', { id: second.id })).toMatchObject({ personId: dana.id, personName: 'Dana Li', email: 'dana@acme.com' })
    expect((await t.call('people.activities', { id: dana.id })).map((a) => a.subject)).toEqual(['Renewal call'])
    expect((await t.call('people.campaigns', { id: dana.id })).map((c) => c.name)).toEqual(['Webinar'])
    expect(await t.call('merges.duplicates', { kind: 'person' })).toEqual([])
    expect(await t.call('merges.history', { kind: 'person', id: dana.id })).toEqual([
      expect.objectContaining({ id: done.mergeId, mergedId: twin.id, mergedName: 'Dana Li-Chen', dealsMoved: 2 }),
    ])

    expect(await t.call('merges.undo', { mergeId: done.mergeId })).toEqual({ keptId: dana.id, restoredId: twin.id, dealsRestored: 2 })
    expect(asSaved(await t.call('people.get', { id: dana.id }))).toEqual(asSaved(danaBefore))
    expect(await t.call('people.get', { id: twin.id })).toEqual(twinBefore)
    expect(await dealsOf(dana.id)).toEqual([first.id])
    expect(await dealsOf(twin.id)).toEqual([second.id, third.id])
    expect((await t.call('activities.list', { leadId: second.id })).map((a) => a.subject)).toEqual(['Renewal call'])
    expect((await t.call('touchpoints.list', { leadId: third.id })).map((touch) => touch.campaignId)).toEqual([webinar.id])
    expect(await t.call('merges.history', { kind: 'person', id: dana.id })).toEqual([])
    expect(await t.fail('merges.undo', { mergeId: done.mergeId })).toMatchObject({ code: 'rule', message: 'The merge of Dana Li-Chen was already undone.' })
    // Suggested again, since they are two again.
    expect((await t.call('merges.duplicates', { kind: 'person' })).map((pair) => [pair.first.id, pair.second.id])).toEqual([[dana.id, twin.id]])
  })

  it('merges two organisations: their people and deals move, the other name becomes an alias, and undo splits them again', async () => {
    const acme = await t.call('organizations.create', { name: 'Acme Ltd', domain: 'acme.com', industry: 'Retail', tags: ['partner'] })
    const other = await t.call('organizations.create', { name: 'Acme Limited', website: 'https://www.acme.com', industry: 'Wholesale', size: '50-200', aliases: ['ACME Ltd.'] })
    const sam = await t.call('people.create', { name: 'Sam Reyes', organizationId: other.id })
    const deal = await t.call('leads.create', { organizationId: other.id, personId: sam.id, valueMinor: 900_00 })
    const acmeBefore = await t.call('organizations.get', { id: acme.id })
    const otherBefore = await t.call('organizations.get', { id: other.id })
    const samBefore = await t.call('people.get', { id: sam.id })

    expect((await t.call('merges.duplicates', { kind: 'organization' })).map((pair) => [pair.reason, pair.first.id, pair.second.id, pair.first.detail])).toEqual([
      ['same_domain', acme.id, other.id, 'acme.com'],
    ])
    const done = await t.call('merges.merge', { kind: 'organization', keepId: acme.id, otherId: other.id, pick: { industry: 'other', size: 'other' } })
    expect(done.dealsMoved).toBe(1)
    expect(await t.call('organizations.get', { id: acme.id })).toMatchObject({
      name: 'Acme Ltd',
      aliases: expect.arrayContaining(['Acme Limited', 'ACME Ltd.']) as string[],
      domain: 'acme.com',
      industry: 'Wholesale',
      size: '50-200',
      tags: ['partner'],
    })
    expect((await t.call('organizations.people', { id: acme.id })).map((p) => p.name)).toEqual(['Sam Reyes'])
    expect(await t.call('leads.get', { id: deal.id })).toMatchObject({ organizationId: acme.id, company: 'Acme Ltd' })

    await t.call('merges.undo', { mergeId: done.mergeId })
    expect(asSaved(await t.call('organizations.get', { id: acme.id }))).toEqual(asSaved(acmeBefore))
    expect(await t.call('organizations.get', { id: other.id })).toEqual(otherBefore)
    expect(asSaved(await t.call('people.get', { id: sam.id }))).toEqual(asSaved(samBefore))
    expect(await t.call('leads.get', { id: deal.id })).toMatchObject({ organizationId: other.id, company: 'Acme Limited' })
  })

  it('suggests same names at one organisation and the pairs the upgrade recorded, and forgets a pair marked not a duplicate', async () => {
    const acme = await t.call('organizations.create', { name: 'Acme Ltd' })
    const a = await t.call('people.create', { name: 'Lee Park', organizationId: acme.id })
    const b = await t.call('people.create', { name: 'lee  park', organizationId: acme.id })
    const elsewhere = await t.call('people.create', { name: 'Lee Park' })
    const c = await t.call('people.create', { name: 'Jo Brand', emails: ['jo@brand.io'] })
    const d = await t.call('people.create', { name: 'Joanna Brand', emails: ['joanna@brand.io'] })
    await sql`INSERT INTO likely_duplicate_people (person_id, other_person_id, reason, found_at) VALUES (${c.id}, ${d.id}, 'same_name', '2026-01-05T10:00:00.000Z')`.execute(t.database.db)
    const pairs = await t.call('merges.duplicates', { kind: 'person' })
    expect(pairs.map((pair) => [pair.reason, pair.first.id, pair.second.id])).toEqual([
      ['same_name', a.id, b.id],
      ['recorded', c.id, d.id],
    ])
    expect(pairs.flatMap((pair) => [pair.first.id, pair.second.id])).not.toContain(elsewhere.id)
    await t.call('merges.dismiss', { kind: 'person', firstId: d.id, secondId: c.id })
    await t.call('merges.dismiss', { kind: 'person', firstId: a.id, secondId: b.id })
    expect(await t.call('merges.duplicates', { kind: 'person' })).toEqual([])
  })

  it('refuses what cannot be merged or undone, saying why', async () => {
    const a = await t.call('people.create', { name: 'Ana Silva' })
    const b = await t.call('people.create', { name: 'Ana Silva', emails: ['ana@silva.pt'] })
    const c = await t.call('people.create', { name: 'A. Silva' })
    expect(await t.fail('merges.merge', { kind: 'person', keepId: a.id, otherId: a.id })).toMatchObject({ field: 'otherId' })
    expect(await t.fail('merges.merge', { kind: 'person', keepId: a.id, otherId: 999 })).toMatchObject({ code: 'not_found', field: 'otherId' })
    const firstMerge = await t.call('merges.merge', { kind: 'person', keepId: a.id, otherId: b.id })
    const secondMerge = await t.call('merges.merge', { kind: 'person', keepId: a.id, otherId: c.id })
    expect(await t.fail('merges.undo', { mergeId: firstMerge.mergeId })).toMatchObject({
      code: 'rule',
      message: "Couldn't undo the merge of Ana Silva yet: undo the later merge of A. Silva into Ana Silva first.",
    })
    await t.call('merges.undo', { mergeId: secondMerge.mergeId })
    await t.call('merges.undo', { mergeId: firstMerge.mergeId })
    expect((await t.call('people.get', { id: b.id })).emails).toEqual(['ana@silva.pt'])
    expect((await t.call('people.get', { id: a.id })).emails).toEqual([])
  })

  it('puts a merged person back under a new id when a person made since took theirs', async () => {
    const a = await t.call('people.create', { name: 'Kim Ode', emails: ['kim@ode.dk'] })
    const b = await t.call('people.create', { name: 'Kim Ode', emails: ['kim.ode@gmail.com'], tags: ['press'] })
    const deal = await t.call('leads.create', { personId: b.id, valueMinor: 100_00 })
    const { mergeId } = await t.call('merges.merge', { kind: 'person', keepId: a.id, otherId: b.id })
    const since = await t.call('people.create', { name: 'Noor Haddad' })
    const undone = await t.call('merges.undo', { mergeId })
    // SQLite gives a new row the largest id + 1, so Noor may have Kim's old id; PostgreSQL never reuses one.
    expect(undone.restoredId === b.id).toBe(since.id !== b.id)
    const restored: Person = await t.call('people.get', { id: undone.restoredId })
    expect(restored).toMatchObject({ name: 'Kim Ode', emails: ['kim.ode@gmail.com'], tags: ['press'] })
    expect(await t.call('leads.get', { id: deal.id })).toMatchObject({ personId: undone.restoredId, personName: 'Kim Ode', email: 'kim.ode@gmail.com' })
    expect((await t.call('people.get', { id: since.id })).name).toBe('Noor Haddad')
  })

  it('keeps every custom value: the kept record’s stay, a field only the other filled moves over, and undo puts both back', async () => {
    const tier = await t.call('customFields.create', { entity: 'organization', label: 'Tier', type: 'choice', options: ['Gold', 'Silver'] })
    const seats = await t.call('customFields.create', { entity: 'organization', label: 'Seats', type: 'number' })
    const renewal = await t.call('customFields.create', { entity: 'organization', label: 'Renewal day', type: 'date' })
    const acme = await t.call('organizations.create', { name: 'Acme Ltd', customFields: { [tier.key]: 'Gold', [seats.key]: 40 } })
    const twin = await t.call('organizations.create', { name: 'ACME Limited', customFields: { [tier.key]: 'Silver', [renewal.key]: '2027-03-01' } })
    const { mergeId } = await t.call('merges.merge', { kind: 'organization', keepId: acme.id, otherId: twin.id })
    expect((await t.call('organizations.get', { id: acme.id })).customFields).toEqual({ [tier.key]: 'Gold', [seats.key]: 40, [renewal.key]: '2027-03-01' })
    const { restoredId } = await t.call('merges.undo', { mergeId })
    expect((await t.call('organizations.get', { id: acme.id })).customFields).toEqual({ [tier.key]: 'Gold', [seats.key]: 40 })
    expect((await t.call('organizations.get', { id: restoredId })).customFields).toEqual({ [tier.key]: 'Silver', [renewal.key]: '2027-03-01' })
  })

  it('takes each custom field from the side picked, combines several choices, and undo puts both back exactly', async () => {
    const tier = await t.call('customFields.create', { entity: 'person', label: 'Tier', type: 'choice', options: ['Gold', 'Silver'] })
    const topics = await t.call('customFields.create', { entity: 'person', label: 'Topics', type: 'choices', options: ['Billing', 'CRM', 'Support'] })
    const fee = await t.call('customFields.create', { entity: 'person', label: 'Setup fee', type: 'money' })
    const badge = await t.call('customFields.create', { entity: 'person', label: 'Badge', type: 'text' })
    const dana = await t.call('people.create', { name: 'Dana Li', customFields: { [tier.key]: 'Gold', [topics.key]: ['Support'], [fee.key]: 500_00, [badge.key]: 'orchid' } })
    const twin = await t.call('people.create', { name: 'Dana Lee', customFields: { [tier.key]: 'Silver', [topics.key]: ['Billing', 'Support'], [fee.key]: 750_00 } })
    await t.call('customFields.archive', { id: badge.id })
    const danaBefore = (await t.call('people.get', { id: dana.id })).customFields
    const twinBefore = (await t.call('people.get', { id: twin.id })).customFields

    const { mergeId } = await t.call('merges.merge', { kind: 'person', keepId: dana.id, otherId: twin.id, customPick: { [tier.key]: 'other' } })
    expect((await t.call('people.get', { id: dana.id })).customFields).toEqual({ [tier.key]: 'Silver', [topics.key]: ['Billing', 'Support'], [fee.key]: 500_00 })
    // The archived field's value is kept too (it shows again if the field comes back).
    await t.call('customFields.restore', { id: badge.id })
    expect((await t.call('people.get', { id: dana.id })).customFields).toMatchObject({ [badge.key]: 'orchid' })
    await t.call('customFields.archive', { id: badge.id })

    const { restoredId } = await t.call('merges.undo', { mergeId })
    expect((await t.call('people.get', { id: dana.id })).customFields).toEqual(danaBefore)
    expect((await t.call('people.get', { id: restoredId })).customFields).toEqual(twinBefore)
    expect(await t.fail('merges.merge', { kind: 'person', keepId: dana.id, otherId: restoredId, customPick: { [tier.key]: 'both' as never } })).toMatchObject({ code: 'invalid_input' })
  })
})
