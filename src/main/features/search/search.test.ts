import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { execute } from '../../../../test/fixtures/sql'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'

describe('search', () => {
  let t: TestWorkspace
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  const titles = async (text: string) => {
    const { groups } = await t.call('search.query', { text })
    return Object.fromEntries(groups.map((group) => [group.kind, group.hits.map((hit) => hit.title)]))
  }

  it('finds leads by any word prefix of person, company, email and notes, ranked by where the words match', async () => {
    const dana = await t.call('leads.create', { personName: 'Dana Acker', company: 'Northwind', email: 'dana@northwind.test' })
    await t.call('leads.create', { personName: 'Bo Chen', company: 'Acme Dental', notes: 'Met Dana at the fair' })
    await t.call('leads.create', { personName: 'Ola Nordmann', notes: 'Likes the acme brochure' })

    expect(await titles('ack')).toEqual({ lead: ['Dana Acker'] })
    expect(await titles('acme')).toEqual({ lead: ['Bo Chen', 'Ola Nordmann'] })
    // The name outranks the notes.
    expect(await titles('dana')).toEqual({ lead: ['Dana Acker', 'Bo Chen'] })
    // Every word must match.
    expect(await titles('dana north')).toEqual({ lead: ['Dana Acker'] })
    expect(await titles('northwind.test')).toEqual({ lead: ['Dana Acker'] })

    const { groups } = await t.call('search.query', { text: 'acker' })
    expect(groups[0]?.hits[0]).toEqual({ kind: 'lead', id: dana.id, title: 'Dana Acker', detail: 'Northwind · New', leadId: dana.id })
  })

  it('groups campaigns, goals and activities, each pointing at what to open', async () => {
    const campaign = await t.call('campaigns.create', { name: 'Spring webinar', channel: 'video', objective: 'Dentists in spring' })
    const lead = await t.call('leads.create', { personName: 'Dana Li' })
    await t.call('activities.create', { leadId: lead.id, kind: 'call', subject: 'Spring pricing call' })
    await execute(
      t.database.db,
      sql`INSERT INTO goals (title, description, metric, target, starts_on, ends_on, team, filters, status, created_at, updated_at) VALUES ('Spring leads', NULL, 'new_leads', 40, '2026-01-01', '2026-03-31', 'marketing', '{}', 'active', 'x', 'x')`,
    )

    const { groups } = await t.call('search.query', { text: 'spri' })
    expect(groups.map((g) => g.kind)).toEqual(['activity', 'campaign', 'goal'])
    expect(groups.find((g) => g.kind === 'activity')?.hits).toEqual([
      expect.objectContaining({ title: 'Spring pricing call', detail: 'Dana Li', leadId: lead.id }),
    ])
    expect(groups.find((g) => g.kind === 'campaign')?.hits).toEqual([{ kind: 'campaign', id: campaign.id, title: 'Spring webinar', detail: 'Dentists in spring', leadId: null }])
    expect(groups.find((g) => g.kind === 'goal')?.hits.map((h) => h.title)).toEqual(['Spring leads'])
  })

  it('stays in step with edits and deletes', async () => {
    const lead = await t.call('leads.create', { personName: 'Dana Li', company: 'Acme' })
    await t.call('leads.update', { id: lead.id, fields: { company: 'Zenith' } })
    expect(await titles('acme')).toEqual({})
    expect(await titles('zen')).toEqual({ lead: ['Dana Li'] })
    await t.call('leads.delete', { id: lead.id })
    expect(await titles('zen')).toEqual({})
  })

  it('returns nothing for text without words, never an error for FTS syntax, and caps each kind', async () => {
    expect(await t.call('search.query', { text: '  "*" ' })).toEqual({ groups: [] })
    for (let i = 0; i < 8; i += 1) await t.call('leads.create', { personName: `Kim ${i}` })
    expect(await t.call('search.query', { text: 'kim OR NEAR(' })).toEqual({ groups: [] })
    const { groups } = await t.call('search.query', { text: 'kim', limit: 3 })
    expect(groups[0]?.hits).toHaveLength(3)
  })
})
