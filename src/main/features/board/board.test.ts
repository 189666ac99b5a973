import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InputOf } from '@shared/contract'
import type { BoardFilters } from '@shared/contract/board'
import type { BoardData } from '@shared/domain/board'
import type { Pipeline } from '@shared/domain/pipelines'
import { seedLeads, testWorkspace, type TestWorkspace } from './board.fixtures'
import { execute, queryColumn, queryRow } from '../../../../test/fixtures/sql'
import { computerTimeZone, todayIn } from '@shared/domain/firmClock'

// The workspace's time zone is the computer's (the migration that added it takes it from there).
const localDay = (at: Date = new Date()) => todayIn(computerTimeZone(), at)

const dayOffset = (days: number) => localDay(new Date(Date.now() + days * 86_400_000))

describe('board', () => {
  let t: TestWorkspace
  let sales: Pipeline
  const stageId = (name: string) => {
    const stage = sales.stages.find((s) => s.name === name)
    if (!stage) throw new Error(`no stage ${name}`)
    return stage.id
  }
  const lead = (input: Partial<InputOf<'leads.create'>> = {}) => t.call('leads.create', { personName: 'Dana Li', ...input })
  const load = (filters: BoardFilters = {}, perColumn?: number) => t.call('board.load', { pipelineId: sales.id, filters, ...(perColumn && { perColumn }) })
  const column = (board: BoardData, name: string) => {
    const found = board.columns.find((c) => c.stageId === stageId(name))
    if (!found) throw new Error(`no column ${name}`)
    return found
  }
  const names = (board: BoardData, name: string) => column(board, name).cards.map((c) => c.personName)
  const shown = async (filters: BoardFilters) => (await load(filters)).columns.flatMap((c) => c.cards.map((card) => card.personName)).sort()

  beforeEach(async () => {
    t = await testWorkspace()
    ;[sales] = (await t.call('pipelines.list', {})) as [Pipeline]
  })
  afterEach(() => t.dispose())

  it('has a column for every stage in order — open stages, then Won, then Lost — even when empty', async () => {
    const board = await load()
    expect(board.pipelineId).toBe(sales.id)
    expect(board.columns.map((c) => c.stageId)).toEqual(sales.stages.map((s) => s.id))
    expect(sales.stages.slice(-2).map((s) => s.kind)).toEqual(['won', 'lost'])
    expect(board.columns.every((c) => c.count === 0 && c.totalValueMinor === 0 && c.weightedValueMinor === 0 && !c.hasMore)).toBe(true)
  })

  it('counts and totals each column, weighting each lead by its own probability or else its stage’s', async () => {
    // Qualified wins 40% of the time.
    await lead({ personName: 'A', stageId: stageId('Qualified'), valueMinor: 100_000 })
    await lead({ personName: 'B', stageId: stageId('Qualified'), valueMinor: 50_000, probabilityOverride: 90 })
    await lead({ personName: 'C', stageId: stageId('New'), valueMinor: 1_001 })
    const board = await load()
    expect(column(board, 'Qualified')).toMatchObject({ count: 2, totalValueMinor: 150_000, weightedValueMinor: 40_000 + 45_000 })
    expect(column(board, 'New')).toMatchObject({ count: 1, totalValueMinor: 1_001, weightedValueMinor: 100 })
    const [a, b] = column(board, 'Qualified').cards.sort((x, y) => x.dealName.localeCompare(y.dealName))
    expect(a?.probability).toBe(40)
    expect(b?.probability).toBe(90)
  })

  it('follows the stage’s probability when it changes, unless the lead has its own', async () => {
    await lead({ personName: 'A', stageId: stageId('Qualified'), valueMinor: 100_000 })
    await lead({ personName: 'B', stageId: stageId('Qualified'), valueMinor: 100_000, probabilityOverride: 10 })
    await t.call('stages.update', { id: stageId('Qualified'), fields: { winProbability: 70 } })
    const qualified = column(await load(), 'Qualified')
    expect(qualified.weightedValueMinor).toBe(70_000 + 10_000)
    expect(qualified.cards.map((c) => c.probability).sort()).toEqual([10, 70])
  })

  it('orders cards by position and keeps a move within the column', async () => {
    const a = await lead({ personName: 'A' })
    const b = await lead({ personName: 'B' })
    const c = await lead({ personName: 'C' })
    // New leads go on top.
    expect(names(await load(), 'New')).toEqual(['C', 'B', 'A'])
    await t.call('leads.move', { leadId: c.id, stageId: stageId('New'), beforeLeadId: null })
    await t.call('leads.move', { leadId: a.id, stageId: stageId('New'), beforeLeadId: b.id })
    expect(names(await load(), 'New')).toEqual(['A', 'B', 'C'])
    // Only the moved lead was written: no renumbering of the column.
    const positions = await queryColumn(t.database.db, sql`SELECT position FROM leads ORDER BY id`)
    expect(positions[1]).toBe(b.position)
  })

  it('shows a first page per column and pages the rest through board.column', async () => {
    for (let i = 0; i < 7; i++) await lead({ personName: `P${i}` })
    const first = column(await load({}, 3), 'New')
    expect(first).toMatchObject({ count: 7, hasMore: true })
    expect(first.cards.map((c) => c.personName)).toEqual(['P6', 'P5', 'P4'])
    const second = await t.call('board.column', { stageId: stageId('New'), offset: 3, limit: 3 })
    expect(second.cards.map((c) => c.personName)).toEqual(['P3', 'P2', 'P1'])
    expect(second.hasMore).toBe(true)
    const last = await t.call('board.column', { stageId: stageId('New'), offset: 6, limit: 3 })
    expect(last).toMatchObject({ hasMore: false })
    expect(last.cards.map((c) => c.personName)).toEqual(['P0'])
    const exact = column(await load({}, 7), 'New')
    expect(exact.hasMore).toBe(false)
  })

  it('gives each card its next open follow-up, its tags and its campaign', async () => {
    const campaign = await t.call('campaigns.create', { name: 'Spring webinar', channel: 'video' })
    const dana = await lead({ sourceCampaignId: campaign.id, tags: ['vip', 'Budget'] })
    const soon = new Date(Date.now() + 3_600_000).toISOString()
    const later = new Date(Date.now() + 86_400_000).toISOString()
    await t.call('activities.create', { leadId: dana.id, kind: 'task', subject: 'Later', dueAt: later })
    await t.call('activities.create', { leadId: dana.id, kind: 'task', subject: 'Soon', dueAt: soon })
    const done = await t.call('activities.create', { leadId: dana.id, kind: 'task', subject: 'Done', dueAt: new Date(Date.now() + 60_000).toISOString() })
    await t.call('activities.complete', { id: done.id, done: true })
    const [card] = column(await load(), 'New').cards
    expect(card).toMatchObject({ nextFollowUpAt: soon, tags: ['Budget', 'vip'], sourceCampaignName: 'Spring webinar', sourceChannel: 'video', stale: false })
  })

  it('marks a card stale after the stage’s stale days without activity in the stage, and a move or an activity resets it', async () => {
    const dana = await lead()
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString()
    await execute(t.database.db, sql`UPDATE leads SET created_at = ${tenDaysAgo}, stage_entered_at = ${tenDaysAgo} WHERE id = ${dana.id}`)
    // New goes stale after 7 days.
    expect(column(await load(), 'New').cards[0]?.stale).toBe(true)
    await t.call('activities.create', { leadId: dana.id, kind: 'call', subject: 'Checked in' })
    expect(column(await load(), 'New').cards[0]?.stale).toBe(false)

    // Neglected again for ten days, then moved: the clock starts over in the new stage.
    await execute(t.database.db, sql`UPDATE leads SET last_activity_at = ${tenDaysAgo} WHERE id = ${dana.id}`)
    expect(column(await load(), 'New').cards[0]?.stale).toBe(true)
    await t.call('leads.move', { leadId: dana.id, stageId: stageId('Contacted') })
    expect(column(await load(), 'Contacted').cards[0]).toMatchObject({ id: dana.id, stale: false })
  })

  describe('filters', () => {
    beforeEach(async () => {
      const webinar = await t.call('campaigns.create', { name: 'Webinar', channel: 'video' })
      const seo = await t.call('campaigns.create', { name: 'Blog', channel: 'seo' })
      const dentists = await t.call('segments.create', { name: 'Dentists' })
      await lead({
        personName: 'Ada Park',
        company: 'Smile 100% Clinic',
        email: 'ada@smile.test',
        sourceCampaignId: webinar.id,
        segmentId: dentists.id,
        owner: 'Sam',
        tags: ['vip'],
        valueMinor: 500_00,
        expectedCloseOn: '2026-03-15',
        notes: 'Asked about the annual plan',
      })
      await lead({ personName: 'Bo Chen', company: 'Acme', email: 'bo@acme.test', sourceCampaignId: seo.id, owner: 'Kim', valueMinor: 50_00, expectedCloseOn: '2026-06-01' })
      await lead({ personName: 'Cy Diaz', company: 'Diaz & Sons', stageId: stageId('Proposal'), owner: 'Sam', tags: ['VIP', 'slow'], valueMinor: 5_000_00 })
    })

    it('narrows the cards and the column counts and totals alike', async () => {
      const board = await load({ owner: 'Sam' })
      expect(column(board, 'New')).toMatchObject({ count: 1, totalValueMinor: 500_00 })
      expect(column(board, 'Proposal')).toMatchObject({ count: 1, totalValueMinor: 5_000_00 })
      expect(board.columns.reduce((n, c) => n + c.count, 0)).toBe(2)
    })

    it('searches person, company, email and notes, taking % and _ literally', async () => {
      expect(await shown({ search: 'chen' })).toEqual(['Bo Chen'])
      expect(await shown({ search: 'ACME' })).toEqual(['Bo Chen'])
      expect(await shown({ search: '@smile' })).toEqual(['Ada Park'])
      expect(await shown({ search: 'annual plan' })).toEqual(['Ada Park'])
      expect(await shown({ search: '100%' })).toEqual(['Ada Park'])
      expect(await shown({ search: '%' })).toEqual(['Ada Park'])
      expect(await shown({ search: '_' })).toEqual([])
      expect(await shown({ search: '' })).toEqual(['Ada Park', 'Bo Chen', 'Cy Diaz'])
    })

    it('filters by campaign, channel, segment, tag (ignoring case) and value range', async () => {
      const [webinar] = await t.call('campaigns.list', { search: 'Webinar' })
      expect(await shown({ campaignId: webinar?.id })).toEqual(['Ada Park'])
      expect(await shown({ channel: 'seo' })).toEqual(['Bo Chen'])
      const [dentists] = await t.call('segments.list', {})
      expect(await shown({ segmentId: dentists?.id })).toEqual(['Ada Park'])
      expect(await shown({ tag: 'vip' })).toEqual(['Ada Park', 'Cy Diaz'])
      expect(await shown({ tag: 'slow' })).toEqual(['Cy Diaz'])
      expect(await shown({ minValueMinor: 100_00 })).toEqual(['Ada Park', 'Cy Diaz'])
      expect(await shown({ minValueMinor: 100_00, maxValueMinor: 500_00 })).toEqual(['Ada Park'])
      expect(await shown({ owner: 'Kim', tag: 'vip' })).toEqual([])
      // Empty values from the form mean "any".
      expect(await shown({ owner: '', tag: null, campaignId: null })).toEqual(['Ada Park', 'Bo Chen', 'Cy Diaz'])
    })

    it('filters by created and expected-close periods, both ends included', async () => {
      const today = localDay()
      expect(await shown({ createdFrom: today, createdTo: today })).toEqual(['Ada Park', 'Bo Chen', 'Cy Diaz'])
      expect(await shown({ createdTo: dayOffset(-1) })).toEqual([])
      expect(await shown({ createdFrom: dayOffset(1) })).toEqual([])
      expect(await shown({ closeFrom: '2026-03-15', closeTo: '2026-06-01' })).toEqual(['Ada Park', 'Bo Chen'])
      expect(await shown({ closeFrom: '2026-03-16' })).toEqual(['Bo Chen'])
    })

    it('hides snoozed leads unless asked, and shows them again on the day they come back', async () => {
      const bo = (await t.call('leads.list', { search: 'Bo Chen' })).leads[0]
      await t.call('leads.snooze', { id: bo!.id, until: dayOffset(3), reason: 'On holiday' })
      expect(await shown({})).toEqual(['Ada Park', 'Cy Diaz'])
      expect(column(await load(), 'New').count).toBe(1)
      expect(await shown({ includeSnoozed: true })).toEqual(['Ada Park', 'Bo Chen', 'Cy Diaz'])
      await execute(t.database.db, sql`UPDATE leads SET snoozed_until = ${localDay()} WHERE id = ${bo!.id}`)
      expect(await shown({})).toEqual(['Ada Park', 'Bo Chen', 'Cy Diaz'])
    })

    it('rejects a range whose end is before its start, naming the field', async () => {
      const error = await t.fail('board.load', { pipelineId: sales.id, filters: { minValueMinor: 10, maxValueMinor: 5 } })
      expect(error).toMatchObject({ code: 'invalid_input', field: 'filters.maxValueMinor' })
      expect(await t.fail('board.load', { pipelineId: sales.id, filters: { owner: 'x', bogus: 1 } as BoardFilters })).toMatchObject({ code: 'invalid_input' })
    })
  })

  it('says so when the pipeline or stage is gone', async () => {
    expect(await t.fail('board.load', { pipelineId: 999 })).toMatchObject({ code: 'not_found' })
    expect(await t.fail('board.column', { stageId: 999 })).toMatchObject({ code: 'not_found' })
  })

  it('loads 10,000 leads as one page per column, with totals over all of them', async () => {
    await seedLeads(t.database, 10_000)
    const board = await load()
    expect(board.columns).toHaveLength(7)
    expect(board.columns.reduce((n, c) => n + c.count, 0)).toBe(10_000)
    expect(board.columns.every((c) => c.cards.length === 40 && c.hasMore)).toBe(true)
    const raw = await queryRow<{ n: number; v: number }>(t.database.db, sql`SELECT count(*) AS n, sum(value_minor) AS v FROM leads WHERE stage_id = ${stageId('Proposal')}`)
    expect(column(board, 'Proposal')).toMatchObject({ count: raw.n, totalValueMinor: raw.v })
    const positions = column(board, 'Proposal').cards.map((c) => c.position)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })
})
