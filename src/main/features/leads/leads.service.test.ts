import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { CampaignInput } from '@shared/contract/campaigns'
import { LeadInput, LeadListQuery, LeadMove, LeadPatch } from '@shared/contract/leads'
import { SegmentInput } from '@shared/contract/segments'
import { appError } from '../../../../test/fixtures/app-error'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { createCampaign } from '../campaigns/campaigns.service'
import type { Db } from '../context'
import { listPipelines } from '../pipelines/pipelines.repo'
import { createSegment } from '../segments/segments.service'
import { createLead, deleteLead, getLead, listLeads, moveLead, updateLead } from './leads.service'
import { queryColumn, queryRows, queryValue } from '../../../../test/fixtures/sql'

// Every input goes through its contract schema first, as it does over IPC, so the
// tests see the same defaults and trimming the handlers do.

type StageName = 'New' | 'Contacted' | 'Qualified' | 'Proposal' | 'Negotiation' | 'Won' | 'Lost'

describe('leads', () => {
  const database = useTestDatabase()
  const db = (): Db => database().db

  const stage = async (name: StageName): Promise<number> => {
    const [sales] = await listPipelines(db())
    const found = sales?.stages.find((s) => s.name === name)
    if (!found) throw new Error(`no stage ${name}`)
    return found.id
  }
  const create = (input: Partial<LeadInput> = {}) => createLead(db(), LeadInput.parse({ personName: 'Dana Li', ...input }))
  const update = (id: number, patch: LeadPatch) => updateLead(db(), id, LeadPatch.parse(patch))
  const move = (input: LeadMove) => moveLead(db(), LeadMove.parse(input))
  const list = (query: z.input<typeof LeadListQuery> = {}) => listLeads(db(), LeadListQuery.parse(query))
  const campaign = (name = 'Spring webinar') => createCampaign(db(), CampaignInput.parse({ name, channel: 'email' }))
  const segment = (name = 'Dentists') => createSegment(db(), SegmentInput.parse({ name }))

  /** Person names in a stage, top to bottom, as the board shows them. */
  const column = async (stageId: number) => await queryColumn(db(), sql`SELECT (SELECT name FROM people WHERE id = leads.person_id) FROM leads WHERE stage_id = ${stageId} ORDER BY position`)
  const history = async (leadId: number) =>
    await queryRows(db(), sql`SELECT from_stage_id, to_stage_id, from_stage_name, to_stage_name, to_kind FROM stage_history WHERE lead_id = ${leadId} ORDER BY id`)
  const count = async (table: string, leadId: number) => await queryValue(db(), sql`SELECT count(*) FROM ${sql.table(table)} WHERE lead_id = ${leadId}`)
  /** Tags on the lead's person (a lead shows its person's tags). */
  const personTags = async (leadId: number) =>
    await queryValue(db(), sql`SELECT count(*) FROM person_tags WHERE person_id = (SELECT person_id FROM leads WHERE id = ${leadId})`)

  describe('create', () => {
    it('puts a lead in the first open stage of the first pipeline by default', async () => {
      const lead = await create()
      expect(lead).toMatchObject({ personName: 'Dana Li', pipelineId: 1, stageId: await stage('New'), closedAt: null, lostReason: null })
      expect(lead.stageEnteredAt).toBe(lead.createdAt)
    })

    it('stores every field', async () => {
      const source = await campaign()
      const seg = await segment()
      const lead = await create({
        personName: ' Dana Li ',
        company: 'Li Dental',
        email: 'Dana@LiDental.example',
        phone: '+1 555 0100',
        sourceCampaignId: source.id,
        segmentId: seg.id,
        valueMinor: 480_000,
        probabilityOverride: 35,
        owner: 'Sam',
        notes: 'Met at the expo',
        expectedCloseOn: '2026-06-30',
        stageId: await stage('Qualified'),
      })
      expect(lead).toMatchObject({
        personName: 'Dana Li',
        company: 'Li Dental',
        email: 'dana@lidental.example',
        phone: '+1 555 0100',
        sourceCampaignId: source.id,
        sourceCampaignName: 'Spring webinar',
        sourceChannel: 'email',
        segmentId: seg.id,
        valueMinor: 480_000,
        probabilityOverride: 35,
        owner: 'Sam',
        notes: 'Met at the expo',
        expectedCloseOn: '2026-06-30',
        stageId: await stage('Qualified'),
      })
    })

    it('puts each new lead at the top of its stage', async () => {
      const first = await create({ personName: 'First' })
      const second = await create({ personName: 'Second' })
      const third = await create({ personName: 'Third' })
      expect(second.position).toBeLessThan(first.position)
      expect(third.position).toBeLessThan(second.position)
      expect(await column(await stage('New'))).toEqual(['Third', 'Second', 'First'])
    })

    it('writes the first stage history row', async () => {
      const lead = await create()
      expect(await history(lead.id)).toEqual([
        { from_stage_id: null, to_stage_id: await stage('New'), from_stage_name: null, to_stage_name: 'New', to_kind: 'open' },
      ])
    })

    it('records a touchpoint for the source campaign', async () => {
      const source = await campaign()
      const lead = await create({ sourceCampaignId: source.id })
      expect(await queryColumn(db(), sql`SELECT campaign_id FROM touchpoints WHERE lead_id = ${lead.id}`)).toEqual([source.id])
    })

    it('records no touchpoint without a source campaign', async () => {
      const lead = await create()
      expect(await count('touchpoints', lead.id)).toBe(0)
    })

    it('keeps one of each tag, ignoring case', async () => {
      const lead = await create({ tags: ['VIP', 'renewal', 'vip', ' Vip ', 'Renewal', 'expo'] })
      expect(lead.tags).toHaveLength(3)
      expect(lead.tags.map((t) => t.toLowerCase()).sort()).toEqual(['expo', 'renewal', 'vip'])
      expect(await personTags(lead.id)).toBe(3)
    })

    it('refuses to start a lead in Lost, and writes nothing', async () => {
      const error = await appError(create({ stageId: await stage('Lost') }))
      expect(error.code).toBe('rule')
      expect(error.field).toBe('stageId')
      expect(await queryValue(db(), sql`SELECT count(*) FROM leads`)).toBe(0)
      expect(await queryValue(db(), sql`SELECT count(*) FROM stage_history`)).toBe(0)
    })

    it('closes a lead created straight into Won', async () => {
      const lead = await create({ stageId: await stage('Won') })
      expect(lead.closedAt).toBe(lead.createdAt)
    })

    it('refuses a stage from another pipeline', async () => {
      const partners = await queryValue<number>(db(), sql`INSERT INTO pipelines (name, created_at) VALUES ('Partners', 'x') RETURNING id`)
      const error = await appError(create({ pipelineId: partners, stageId: await stage('New') }))
      expect(error).toMatchObject({ code: 'invalid_input', field: 'stageId' })
    })

    it('refuses a stage that does not exist', async () => {
      expect(await appError(create({ stageId: 999 }))).toMatchObject({ code: 'invalid_input', field: 'stageId' })
    })

    it('refuses a pipeline with no open stage', async () => {
      expect(await appError(create({ pipelineId: 77 }))).toMatchObject({ code: 'invalid_input', field: 'pipelineId' })
    })

    it('refuses a missing campaign or segment, on that field', async () => {
      expect(await appError(create({ sourceCampaignId: 55 }))).toMatchObject({ code: 'invalid_input', field: 'sourceCampaignId' })
      expect(await appError(create({ segmentId: 55 }))).toMatchObject({ code: 'invalid_input', field: 'segmentId' })
      expect(await queryValue(db(), sql`SELECT count(*) FROM leads`)).toBe(0)
    })
  })

  describe('get', () => {
    it('says a missing lead no longer exists', async () => {
      expect(await appError(getLead(db(), 9))).toMatchObject({ code: 'not_found' })
    })
  })

  describe('update', () => {
    async function fullLead() {
      const source = await campaign()
      const seg = await segment()
      return create({
        company: 'Li Dental',
        email: 'dana@lidental.example',
        phone: '555',
        sourceCampaignId: source.id,
        segmentId: seg.id,
        valueMinor: 480_000,
        probabilityOverride: 35,
        owner: 'Sam',
        tags: ['vip', 'expo'],
        notes: 'Met at the expo',
        expectedCloseOn: '2026-06-30',
      })
    }

    it('changes only the fields it is given', async () => {
      const before = await fullLead()
      const after = await update(before.id, { company: 'Li Dental Group' })
      // Another company is another organisation (made, as none has that name); every save is a new version.
      expect(after).toEqual({ ...before, company: 'Li Dental Group', organizationId: after.organizationId, updatedAt: after.updatedAt, version: before.version + 1 })
      expect(after.organizationId).not.toBe(before.organizationId)
    })

    it('changes nothing but updated_at for an empty patch', async () => {
      const before = await fullLead()
      const after = await update(before.id, {})
      expect(after).toEqual({ ...before, updatedAt: after.updatedAt, version: before.version + 1 })
      expect(after.updatedAt >= before.updatedAt).toBe(true)
    })

    it('clears a field set to null or to empty text', async () => {
      const before = await fullLead()
      const after = await update(before.id, { company: null, notes: '', segmentId: null, expectedCloseOn: null })
      expect(after).toMatchObject({ company: null, notes: null, segmentId: null, expectedCloseOn: null, owner: 'Sam', valueMinor: 480_000 })
    })

    it('replaces the tags when tags are given', async () => {
      const before = await fullLead()
      expect((await update(before.id, { tags: ['Renewal', 'renewal'] })).tags.map((t) => t.toLowerCase())).toEqual(['renewal'])
      expect((await update(before.id, { tags: [] })).tags).toEqual([])
      expect(await personTags(before.id)).toBe(0)
    })

    it('does not touch stage, position or history', async () => {
      const before = await fullLead()
      const after = await update(before.id, { personName: 'Dana Li-Park', valueMinor: 1 })
      expect(after).toMatchObject({ stageId: before.stageId, position: before.position, stageEnteredAt: before.stageEnteredAt })
      expect(await history(before.id)).toHaveLength(1)
    })

    it('makes a new source campaign the first touch, and writes nothing when it stays', async () => {
      const lead = await create()
      const later = await campaign('Autumn expo')
      await update(lead.id, { sourceCampaignId: later.id })
      await update(lead.id, { sourceCampaignId: later.id })
      await update(lead.id, { personName: 'Dana' })
      const rows = await queryRows(db(), sql`SELECT campaign_id, at, note FROM touchpoints WHERE lead_id = ${lead.id}`)
      expect(rows).toEqual([{ campaign_id: later.id, at: lead.createdAt, note: null }])
    })

    it('refuses a missing campaign and changes nothing', async () => {
      const before = await create()
      expect(await appError(update(before.id, { sourceCampaignId: 404, personName: 'X' }))).toMatchObject({ field: 'sourceCampaignId' })
      expect(await getLead(db(), before.id)).toEqual(before)
    })

    it('says a missing lead no longer exists', async () => {
      expect(await appError(update(404, { personName: 'X' }))).toMatchObject({ code: 'not_found' })
    })
  })

  describe('delete', () => {
    it('removes the lead with its history and touchpoints, and keeps its person', async () => {
      const source = await campaign()
      const lead = await create({ sourceCampaignId: source.id, tags: ['vip'] })
      await move({ leadId: lead.id, stageId: await stage('Contacted') })
      const keep = await create({ personName: 'Keep me', sourceCampaignId: source.id, tags: ['vip'] })

      expect(await deleteLead(db(), lead.id)).toEqual({ id: lead.id })

      expect(await appError(getLead(db(), lead.id))).toMatchObject({ code: 'not_found' })
      for (const table of ['stage_history', 'touchpoints']) expect(await count(table, lead.id)).toBe(0)
      for (const table of ['stage_history', 'touchpoints']) expect(await count(table, keep.id)).toBe(1)
      // The person stays, with their tags: they are who the deal was with, not the deal.
      expect(await queryRows(db(), sql`SELECT p.name, t.tag FROM people p JOIN person_tags t ON t.person_id = p.id ORDER BY p.name`)).toEqual([
        { name: 'Dana Li', tag: 'vip' },
        { name: 'Keep me', tag: 'vip' },
      ])
    })

    it('says a missing lead no longer exists', async () => {
      expect(await appError(deleteLead(db(), 404))).toMatchObject({ code: 'not_found' })
    })
  })

  describe('list', () => {
    it('lists the newest first, with tags', async () => {
      await create({ personName: 'Old', tags: ['b', 'a'] })
      await create({ personName: 'New' })
      const page = await list()
      expect(page.total).toBe(2)
      expect(page.leads.map((l) => [l.personName, l.tags])).toEqual([
        ['New', []],
        ['Old', ['a', 'b']],
      ])
    })

    it('pages, and counts every match whatever the page', async () => {
      for (let i = 1; i <= 7; i++) await create({ personName: `Lead ${i}` })
      const page = await list({ limit: 3, offset: 3 })
      expect(page.total).toBe(7)
      expect(page.leads.map((l) => l.personName)).toEqual(['Lead 4', 'Lead 3', 'Lead 2'])
      expect((await list({ limit: 3, offset: 6 })).leads.map((l) => l.personName)).toEqual(['Lead 1'])
      expect(await list({ limit: 3, offset: 9 })).toEqual({ leads: [], total: 7 })
    })

    it('filters by stage, pipeline and campaign', async () => {
      const source = await campaign()
      const a = await create({ personName: 'A', sourceCampaignId: source.id })
      await create({ personName: 'B' })
      await move({ leadId: a.id, stageId: await stage('Proposal') })
      const names = async (q: z.input<typeof LeadListQuery>) => (await list(q)).leads.map((l) => l.personName)
      expect(await names({ stageId: await stage('Proposal') })).toEqual(['A'])
      expect(await names({ stageId: await stage('New') })).toEqual(['B'])
      expect(await names({ campaignId: source.id })).toEqual(['A'])
      expect(await names({ pipelineId: 1 })).toEqual(['B', 'A'])
      expect(await list({ pipelineId: 2 })).toEqual({ leads: [], total: 0 })
      expect((await list({ stageId: await stage('New'), campaignId: source.id })).total).toBe(0)
    })

    describe('search', () => {
      const names = async (search: string) => (await list({ search })).leads.map((l) => l.personName).sort()

      it('looks in name, company, email and notes, ignoring case', async () => {
        await create({ personName: 'Dana Li', company: 'Li Dental', email: 'dana@lidental.example', notes: 'Loves fax machines' })
        await create({ personName: 'Omar Haddad', company: 'Haddad Bakery', email: 'omar@bread.example' })
        expect(await names('dana')).toEqual(['Dana Li'])
        expect(await names('BAKERY')).toEqual(['Omar Haddad'])
        expect(await names('bread.example')).toEqual(['Omar Haddad'])
        expect(await names('fax')).toEqual(['Dana Li'])
        expect(await names('a')).toEqual(['Dana Li', 'Omar Haddad'])
        expect(await names('nobody')).toEqual([])
      })

      it('treats % and _ as the characters themselves', async () => {
        await create({ personName: 'Percent', notes: 'Wants 15% off' })
        await create({ personName: 'Underscore', email: 'first_last@example.com' })
        await create({ personName: 'Plain', notes: 'firstXlast 15 off' })
        expect(await names('%')).toEqual(['Percent'])
        expect(await names('15%')).toEqual(['Percent'])
        expect(await names('first_last')).toEqual(['Underscore'])
        expect(await names('\\')).toEqual([])
      })

      it('counts only the matches', async () => {
        await create({ personName: 'Dana' })
        await create({ personName: 'Omar' })
        expect((await list({ search: 'omar', limit: 1 })).total).toBe(1)
      })
    })
  })

  describe('move', () => {
    it('moves to another stage and records where from and to', async () => {
      const lead = await create()
      await new Promise((resolve) => setTimeout(resolve, 5))
      const moved = await move({ leadId: lead.id, stageId: await stage('Qualified') })
      expect(moved).toMatchObject({ stageId: await stage('Qualified'), closedAt: null, lostReason: null })
      expect(moved.stageEnteredAt > lead.stageEnteredAt).toBe(true)
      expect((await history(lead.id)).at(-1)).toEqual({
        from_stage_id: await stage('New'),
        to_stage_id: await stage('Qualified'),
        from_stage_name: 'New',
        to_stage_name: 'Qualified',
        to_kind: 'open',
      })
    })

    it('puts a lead moved without an anchor at the end of the stage', async () => {
      const a = await create({ personName: 'A' })
      const b = await create({ personName: 'B' })
      const qualified = await stage('Qualified')
      await move({ leadId: a.id, stageId: qualified })
      await move({ leadId: b.id, stageId: qualified })
      expect(await column(qualified)).toEqual(['A', 'B'])
    })

    it('puts a lead just before its anchor in another stage', async () => {
      const a = await create({ personName: 'A' })
      const b = await create({ personName: 'B' })
      const c = await create({ personName: 'C' })
      const qualified = await stage('Qualified')
      await move({ leadId: a.id, stageId: qualified })
      await move({ leadId: b.id, stageId: qualified })
      await move({ leadId: c.id, stageId: qualified, beforeLeadId: b.id })
      expect(await column(qualified)).toEqual(['A', 'C', 'B'])
    })

    it('ignores an anchor that sits in another stage and goes to the end', async () => {
      const a = await create({ personName: 'A' })
      const b = await create({ personName: 'B' })
      const qualified = await stage('Qualified')
      await move({ leadId: a.id, stageId: qualified })
      const elsewhere = await create({ personName: 'Elsewhere' })
      await move({ leadId: b.id, stageId: qualified, beforeLeadId: elsewhere.id })
      expect(await column(qualified)).toEqual(['A', 'B'])
    })

    describe('to Won', () => {
      it('closes the lead and keeps its value when none is given', async () => {
        const lead = await create({ valueMinor: 120_000 })
        const won = await move({ leadId: lead.id, stageId: await stage('Won') })
        expect(won.closedAt).not.toBeNull()
        expect(won.closedAt).toBe(won.stageEnteredAt)
        expect(won.valueMinor).toBe(120_000)
        expect((await history(lead.id)).at(-1)).toMatchObject({ to_stage_name: 'Won', to_kind: 'won' })
      })

      it('sets the final value when one is given', async () => {
        const lead = await create({ valueMinor: 120_000 })
        expect((await move({ leadId: lead.id, stageId: await stage('Won'), wonValueMinor: 99_500 })).valueMinor).toBe(99_500)
      })

      it('ignores a final value for an open stage', async () => {
        const lead = await create({ valueMinor: 120_000 })
        expect((await move({ leadId: lead.id, stageId: await stage('Proposal'), wonValueMinor: 1 })).valueMinor).toBe(120_000)
      })
    })

    describe('to Lost', () => {
      it('needs a reason: refuses on the lostReason field and changes nothing', async () => {
        const lead = await create()
        for (const lostReason of [undefined, '', '   ']) {
          const error = await appError(move({ leadId: lead.id, stageId: await stage('Lost'), lostReason }))
          expect(error.code).toBe('rule')
          expect(error.field).toBe('lostReason')
          expect(error.message).toContain('Dana Li')
          expect(error.message).toContain('Lost')
        }
        expect(await getLead(db(), lead.id)).toEqual(lead)
        expect(await history(lead.id)).toHaveLength(1)
      })

      it('closes the lead with its reason and note', async () => {
        const lead = await create()
        const lost = await move({ leadId: lead.id, stageId: await stage('Lost'), lostReason: ' No budget ', lostNote: ' Try again in Q3 ' })
        expect(lost).toMatchObject({ stageId: await stage('Lost'), lostReason: 'No budget', lostNote: 'Try again in Q3' })
        expect(lost.closedAt).toBe(lost.stageEnteredAt)
        expect((await history(lead.id)).at(-1)).toMatchObject({ from_stage_name: 'New', to_stage_name: 'Lost', to_kind: 'lost' })
      })

      it('stores an empty note as null', async () => {
        const lead = await create()
        expect((await move({ leadId: lead.id, stageId: await stage('Lost'), lostReason: 'Bad timing', lostNote: '  ' })).lostNote).toBeNull()
      })

      it('lets a lost lead be reordered within Lost without a new reason', async () => {
        const a = await create({ personName: 'A' })
        const b = await create({ personName: 'B' })
        const lostStage = await stage('Lost')
        await move({ leadId: a.id, stageId: lostStage, lostReason: 'No budget' })
        await move({ leadId: b.id, stageId: lostStage, lostReason: 'Bad timing' })
        const reordered = await move({ leadId: b.id, stageId: lostStage, beforeLeadId: a.id })
        expect(await column(lostStage)).toEqual(['B', 'A'])
        expect(reordered.lostReason).toBe('Bad timing')
      })
    })

    it('reopens a closed lead moved back to an open stage', async () => {
      const lead = await create()
      await move({ leadId: lead.id, stageId: await stage('Lost'), lostReason: 'No budget', lostNote: 'Maybe later' })
      const reopened = await move({ leadId: lead.id, stageId: await stage('Negotiation') })
      expect(reopened).toMatchObject({ closedAt: null, lostReason: null, lostNote: null })
      await move({ leadId: lead.id, stageId: await stage('Won') })
      expect((await move({ leadId: lead.id, stageId: await stage('Contacted') })).closedAt).toBeNull()
      expect((await history(lead.id)).map((h) => (h as { to_stage_name: string }).to_stage_name)).toEqual(['New', 'Lost', 'Negotiation', 'Won', 'Contacted'])
    })

    it('moves a lead to another pipeline', async () => {
      const partners = await queryValue<number>(db(), sql`INSERT INTO pipelines (name, created_at) VALUES ('Partners', 'x') RETURNING id`)
      const intro = await queryValue<number>(db(), sql`INSERT INTO stages (pipeline_id, name, position, created_at) VALUES (${partners}, 'Intro', 0, 'x') RETURNING id`)
      const lead = await create()
      const moved = await move({ leadId: lead.id, stageId: intro })
      expect(moved).toMatchObject({ pipelineId: partners, stageId: intro })
    })

    it('says a missing stage no longer exists, on the stageId field', async () => {
      const lead = await create()
      expect(await appError(move({ leadId: lead.id, stageId: 999 }))).toMatchObject({ code: 'not_found', field: 'stageId' })
    })

    it('says a missing lead no longer exists', async () => {
      expect(await appError(move({ leadId: 999, stageId: await stage('New') }))).toMatchObject({ code: 'not_found' })
    })

    it('lands many moves into one column made at the same moment each in its own place, in history too', async () => {
      // On PostgreSQL these run on separate connections at once; each picks its place under the stage's lock.
      const target = await stage('Proposal')
      const leads = await Promise.all(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((personName) => create({ personName })))
      await Promise.all(leads.map((lead) => move({ leadId: lead.id, stageId: target, beforeLeadId: null })))
      const positions = await queryColumn<number>(db(), sql`SELECT position FROM leads WHERE stage_id = ${target}`)
      expect(positions).toHaveLength(8)
      expect(new Set(positions).size).toBe(8)
      for (const lead of leads) expect(await history(lead.id)).toHaveLength(2)
    })

    describe('within a stage', () => {
      async function columnOf(...names: string[]) {
        // Created bottom-up so the column reads top to bottom as given.
        const leads: Array<{ id: number; dealName: string }> = []
        for (const name of [...names].reverse()) leads.unshift(await create({ personName: name }))
        const byName = Object.fromEntries(leads.map((l) => [l.dealName, l.id]))
        return { stageId: await stage('New'), id: (name: string) => byName[name] as number }
      }

      it('puts the lead just before its anchor and writes no history', async () => {
        const { stageId, id } = await columnOf('A', 'B', 'C', 'D')
        expect(await column(stageId)).toEqual(['A', 'B', 'C', 'D'])
        const before = await getLead(db(), id('D'))
        const moved = await move({ leadId: id('D'), stageId, beforeLeadId: id('B') })
        expect(await column(stageId)).toEqual(['A', 'D', 'B', 'C'])
        await move({ leadId: id('A'), stageId, beforeLeadId: id('C') })
        expect(await column(stageId)).toEqual(['D', 'B', 'A', 'C'])
        await move({ leadId: id('C'), stageId, beforeLeadId: id('D') })
        expect(await column(stageId)).toEqual(['C', 'D', 'B', 'A'])
        for (const name of ['A', 'B', 'C', 'D']) expect(await history(id(name))).toHaveLength(1)
        expect(moved.stageEnteredAt).toBe(before.stageEnteredAt)
      })

      it('moves a lead to the end without an anchor', async () => {
        const { stageId, id } = await columnOf('A', 'B', 'C')
        await move({ leadId: id('A'), stageId })
        expect(await column(stageId)).toEqual(['B', 'C', 'A'])
      })

      it('keeps the order when a lead is dropped where it already is', async () => {
        const { stageId, id } = await columnOf('A', 'B', 'C')
        await move({ leadId: id('B'), stageId, beforeLeadId: id('C') })
        expect(await column(stageId)).toEqual(['A', 'B', 'C'])
      })

      it('renumbers the column when one gap is used up, and keeps the order right', async () => {
        const { stageId, id } = await columnOf('A', 'X', 'Y', 'Z')
        const anchorPosition = async () => await queryValue<number>(db(), sql`SELECT position FROM leads WHERE id = ${id('Z')}`)
        const startAnchor = await anchorPosition()
        const expected = ['A', 'X', 'Y', 'Z']
        for (let i = 0; i < 60; i++) {
          const mover = i % 2 === 0 ? 'X' : 'Y'
          await move({ leadId: id(mover), stageId, beforeLeadId: id('Z') })
          expected.splice(expected.indexOf(mover), 1)
          expected.splice(expected.indexOf('Z'), 0, mover)
          expect(await column(stageId)).toEqual(expected)
        }
        // Only a renumbering moves the anchor itself.
        expect(await anchorPosition()).not.toBe(startAnchor)
        const positions = await queryColumn<number>(db(), sql`SELECT position FROM leads WHERE stage_id = ${stageId} ORDER BY position`)
        expect(new Set(positions).size).toBe(positions.length)
        for (const name of ['A', 'X', 'Y', 'Z']) expect(await history(id(name))).toHaveLength(1)
      })
    })
  })
})
