import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { queryRows } from '../../../../test/fixtures/sql'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'

// A bulk change is a change like any other (issue 19): each record it reaches is one version
// further and in the change log with what the bulk change did, so an editor open on one of them
// is refused with a message that names it. On both engines (the unit and postgres projects).

const WHEN = '(just now|\\d+ seconds ago)'

describe('bulk changes and versions', () => {
  let t: TestWorkspace
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  async function threeLeads() {
    const leads = []
    for (const personName of ['Dana Li', 'Bo Chen', 'Cy Ray']) leads.push(await t.call('leads.create', { personName, company: `${personName} Ltd` }))
    return leads
  }

  const changes = (record: string, id: number) =>
    queryRows<{ version: number; fields: string; summary: string | null }>(
      t.database.db,
      sql`SELECT version, fields, summary FROM record_changes WHERE record_type = ${record} AND record_id = ${id} ORDER BY version`,
    )

  it('refuses a drawer save on a lead a bulk move reached, naming the move, and lets it through on the new version', async () => {
    const [dana, bo, cy] = await threeLeads()
    const board = await t.call('board.load', { pipelineId: dana!.pipelineId, filters: {}, perColumn: 40 })
    const stageId = board.columns[1]!.stageId
    const [{ name }] = (await queryRows<{ name: string }>(t.database.db, sql`SELECT name FROM stages WHERE id = ${stageId}`)) as [{ name: string }]
    const qualified = { stageId, name }
    // Cy is already there: the move does not reach Cy, who stays on the version Cy had.
    await t.call('leads.move', { leadId: cy!.id, stageId: qualified.stageId, beforeLeadId: null })
    const cyBefore = await t.call('leads.get', { id: cy!.id })
    expect(await t.call('leads.bulk', { leadIds: [dana!.id, bo!.id, cy!.id], action: { type: 'move', stageId: qualified.stageId } })).toMatchObject({ affected: 3 })

    const refused = await t.fail('leads.update', { id: dana!.id, fields: { notes: 'Call back' }, basedOnVersion: dana!.version })
    expect(refused.code).toBe('stale')
    expect(refused.message).toMatch(new RegExp(`^You moved 2 leads to ${qualified.name} ${WHEN}\\. Your changes are not saved yet: they are still in the form\\.$`))
    expect(await changes('lead', dana!.id)).toEqual([{ version: 2, fields: 'stage_id', summary: `moved 2 leads to ${qualified.name}` }])

    const moved = await t.call('leads.get', { id: dana!.id })
    expect(moved.version).toBe(dana!.version + 1)
    expect(await t.call('leads.update', { id: dana!.id, fields: { notes: 'Call back' }, basedOnVersion: moved.version })).toMatchObject({ notes: 'Call back', stageId: qualified.stageId })
    expect((await t.call('leads.get', { id: cy!.id })).version).toBe(cyBefore.version)
    // Both moves are in the stage history, once each.
    const history = await queryRows<{ lead_id: number }>(t.database.db, sql`SELECT lead_id FROM stage_history WHERE to_stage_id = ${qualified.stageId} ORDER BY id`)
    expect(history[0]!.lead_id).toBe(cy!.id)
    expect(history.slice(1).map((h) => h.lead_id).sort()).toEqual([dana!.id, bo!.id].sort())
  })

  it('names a bulk owner, tag and segment change of leads on the lead, its person and its organisation', async () => {
    const [dana, bo] = await threeLeads()
    const segment = await t.call('segments.create', { name: 'Dentists' })
    const person = await t.call('people.get', { id: dana!.personId! })
    const organization = await t.call('organizations.get', { id: dana!.organizationId! })

    await t.call('leads.bulk', { leadIds: [dana!.id, bo!.id], action: { type: 'setOwner', owner: 'Sam Ortiz' } })
    expect((await t.fail('leads.update', { id: dana!.id, fields: { notes: 'x' }, basedOnVersion: dana!.version })).message).toMatch(new RegExp(`^You gave 2 leads to Sam Ortiz ${WHEN}\\.`))

    await t.call('leads.bulk', { leadIds: [dana!.id, bo!.id], action: { type: 'addTag', tag: 'vip' } })
    await t.call('leads.bulk', { leadIds: [dana!.id, bo!.id], action: { type: 'setSegment', segmentId: segment.id } })
    const personRefusal = await t.fail('people.update', { id: person.id, fields: { jobTitle: 'Dentist' }, basedOnVersion: person.version })
    expect(personRefusal.message).toMatch(new RegExp(`^You tagged 2 leads “vip” ${WHEN}\\. You put 2 leads in the segment Dentists ${WHEN}\\.`))
    expect(await changes('organization', organization.id)).toEqual([
      { version: organization.version + 1, fields: 'tags', summary: 'tagged 2 leads “vip”' },
      { version: organization.version + 2, fields: 'segment_id', summary: 'put 2 leads in the segment Dentists' },
    ])
    expect((await t.call('organizations.get', { id: organization.id })).version).toBe(organization.version + 2)
  })

  it('names a bulk change of people and of organisations on each one it reached', async () => {
    const [dana, bo] = await threeLeads()
    const people = await Promise.all([dana!, bo!].map((lead) => t.call('people.get', { id: lead.personId! })))
    await t.call('people.bulk', { personIds: people.map((p) => p.id), action: { type: 'setOwner', owner: 'Sam Ortiz' } })
    for (const person of people) {
      const refused = await t.fail('people.update', { id: person.id, fields: { notes: 'Met at the fair' }, basedOnVersion: person.version })
      expect(refused).toMatchObject({ code: 'stale', message: expect.stringMatching(new RegExp(`^You gave 2 people to Sam Ortiz ${WHEN}\\.`)) as string })
    }
    const organization = await t.call('organizations.get', { id: dana!.organizationId! })
    await t.call('organizations.bulk', { organizationIds: [organization.id], action: { type: 'addTag', tag: 'partner' } })
    await t.call('organizations.bulk', { organizationIds: [organization.id], action: { type: 'setSegment', segmentId: null } })
    expect((await t.fail('organizations.update', { id: organization.id, fields: { region: 'North' }, basedOnVersion: organization.version })).message).toMatch(
      new RegExp(`^You tagged 1 organisation “partner” ${WHEN}\\. You took 1 organisation out of their segment ${WHEN}\\.`),
    )
  })

  it('names a stage deleted with its leads moved on, on each lead it moved', async () => {
    const [dana] = await threeLeads()
    const board = await t.call('board.load', { pipelineId: dana!.pipelineId, filters: {}, perColumn: 40 })
    const [from, to] = [board.columns[0]!.stageId, board.columns[1]!.stageId]
    const names = await queryRows<{ id: number; name: string }>(t.database.db, sql`SELECT id, name FROM stages WHERE id IN (${from}, ${to})`)
    const name = (id: number) => names.find((s) => Number(s.id) === id)!.name
    await t.call('stages.delete', { id: from, moveLeadsToStageId: to })
    expect((await t.fail('leads.update', { id: dana!.id, fields: { notes: 'x' }, basedOnVersion: dana!.version })).message).toMatch(
      new RegExp(`^You deleted the stage ${name(from)} and moved its 3 leads to ${name(to)} ${WHEN}\\.`),
    )
  })

  it('brings deleted leads back one version further, so a drawer left open on one is told', async () => {
    const [dana, bo] = await threeLeads()
    const { undoToken } = await t.call('leads.bulk', { leadIds: [dana!.id, bo!.id], action: { type: 'delete' } })
    expect(await t.call('leads.undoDelete', { token: undoToken! })).toEqual({ restored: 2 })
    const back = await t.call('leads.get', { id: dana!.id })
    expect(back.version).toBe(dana!.version + 1)
    expect((await t.fail('leads.update', { id: dana!.id, fields: { notes: 'x' }, basedOnVersion: dana!.version })).message).toMatch(
      new RegExp(`^You brought back 2 leads deleted together ${WHEN}\\.`),
    )
    expect(await t.call('leads.update', { id: dana!.id, fields: { notes: 'x' }, basedOnVersion: back.version })).toMatchObject({ notes: 'x' })
  })
})
