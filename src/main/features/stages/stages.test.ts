import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InputOf } from '@shared/contract'
import type { Pipeline, Stage } from '@shared/domain/pipelines'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'
import { foreignKeyProblems, queryColumn, queryValue } from '../../../../test/fixtures/sql'

describe('stages and pipelines', () => {
  let t: TestWorkspace
  const pipelines = () => t.call('pipelines.list', {})
  const sales = async () => (await pipelines())[0] as Pipeline
  const stageNamed = async (name: string, pipeline?: Pipeline): Promise<Stage> => {
    const found = (pipeline ?? (await sales())).stages.find((s) => s.name === name)
    if (!found) throw new Error(`no stage ${name}`)
    return found
  }
  const lead = (personName: string, stageId: number, input: Partial<InputOf<'leads.create'>> = {}) =>
    t.call('leads.create', { personName, stageId, ...input })
  const columnNames = async (stageId: number) =>
    await queryColumn(t.database.db, sql`SELECT (SELECT name FROM people WHERE id = leads.person_id) FROM leads WHERE stage_id = ${stageId} ORDER BY position, id`)
  const kinds = (pipeline: Pipeline) => pipeline.stages.map((s) => s.kind)
  const expectOneWonOneLostLast = (pipeline: Pipeline) => {
    expect(kinds(pipeline).filter((k) => k === 'won')).toHaveLength(1)
    expect(kinds(pipeline).filter((k) => k === 'lost')).toHaveLength(1)
    expect(kinds(pipeline).slice(-2)).toEqual(['won', 'lost'])
    expect(pipeline.stages.map((s) => s.position)).toEqual(pipeline.stages.map((_, i) => i))
  }

  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  describe('create', () => {
    it('adds an open stage after the last open one, before Won and Lost, with defaults', async () => {
      const pipeline = await sales()
      const stage = await t.call('stages.create', { pipelineId: pipeline.id, name: 'Demo booked' })
      expect(stage).toMatchObject({ kind: 'open', winProbability: 50, staleDays: 14, color: '#64748b', pipelineId: pipeline.id })
      const after = await sales()
      expect(after.stages.map((s) => s.name)).toEqual(['New', 'Contacted', 'Qualified', 'Proposal', 'Negotiation', 'Demo booked', 'Won', 'Lost'])
      expectOneWonOneLostLast(after)
    })

    it('refuses a name the pipeline already has, ignoring case, but allows it in another pipeline', async () => {
      const pipeline = await sales()
      const error = await t.fail('stages.create', { pipelineId: pipeline.id, name: '  qualified ' })
      expect(error).toMatchObject({ code: 'conflict', field: 'name' })
      expect(error.message).toBe('This pipeline already has a stage called “Qualified”.')
      const other = await t.call('pipelines.create', { name: 'Partners' })
      await expect(t.call('stages.create', { pipelineId: other.id, name: 'Demo' })).resolves.toMatchObject({ name: 'Demo' })
      await expect(t.call('stages.create', { pipelineId: pipeline.id, name: 'Demo' })).resolves.toMatchObject({ name: 'Demo' })
    })

    it('checks probability, stale days and colour', async () => {
      const { id } = await sales()
      expect(await t.fail('stages.create', { pipelineId: id, name: 'X', winProbability: 101 })).toMatchObject({ field: 'winProbability' })
      expect(await t.fail('stages.create', { pipelineId: id, name: 'X', staleDays: 0 })).toMatchObject({ field: 'staleDays' })
      expect(await t.fail('stages.create', { pipelineId: id, name: 'X', color: 'red' })).toMatchObject({ field: 'color' })
      await expect(t.call('stages.create', { pipelineId: id, name: 'X', staleDays: null, color: '#AABBCC' })).resolves.toMatchObject({ staleDays: null })
      expect(await t.fail('stages.create', { pipelineId: 999, name: 'X' })).toMatchObject({ code: 'not_found' })
    })
  })

  describe('update', () => {
    it('renames, recolours and sets probability and stale days, touching only what it is given', async () => {
      const proposal = await stageNamed('Proposal')
      const updated = await t.call('stages.update', { id: proposal.id, fields: { name: 'Quote sent', color: '#123456' } })
      expect(updated).toMatchObject({ name: 'Quote sent', color: '#123456', winProbability: proposal.winProbability, staleDays: proposal.staleDays })
      await expect(t.call('stages.update', { id: proposal.id, fields: { winProbability: 65, staleDays: null } })).resolves.toMatchObject({
        name: 'Quote sent',
        winProbability: 65,
        staleDays: null,
      })
      // Its own name in another case is fine; another stage's is not.
      await expect(t.call('stages.update', { id: proposal.id, fields: { name: 'QUOTE SENT' } })).resolves.toMatchObject({ name: 'QUOTE SENT' })
      expect(await t.fail('stages.update', { id: proposal.id, fields: { name: 'new' } })).toMatchObject({ code: 'conflict', field: 'name' })
    })

    it('keeps Won at 100% and Lost at 0%, but lets them be renamed', async () => {
      const won = await stageNamed('Won')
      expect(await t.fail('stages.update', { id: won.id, fields: { winProbability: 90 } })).toMatchObject({ code: 'rule', field: 'winProbability' })
      await expect(t.call('stages.update', { id: won.id, fields: { name: 'Closed won', winProbability: 100 } })).resolves.toMatchObject({
        name: 'Closed won',
        kind: 'won',
      })
      const lost = await stageNamed('Lost')
      expect(await t.fail('stages.update', { id: lost.id, fields: { winProbability: 5 } })).toMatchObject({ code: 'rule' })
    })
  })

  describe('reorder', () => {
    it('puts the open stages in the given order and keeps Won and Lost last', async () => {
      const pipeline = await sales()
      const open = pipeline.stages.filter((s) => s.kind === 'open')
      const reversed = open.map((s) => s.id).reverse()
      const after = await t.call('stages.reorder', { pipelineId: pipeline.id, stageIds: reversed })
      expect(after.stages.map((s) => s.id)).toEqual([...reversed, ...pipeline.stages.slice(-2).map((s) => s.id)])
      expectOneWonOneLostLast(after)
      // The board follows.
      const board = await t.call('board.load', { pipelineId: pipeline.id })
      expect(board.columns.map((c) => c.stageId)).toEqual(after.stages.map((s) => s.id))
    })

    it('refuses anything but exactly the pipeline’s open stages', async () => {
      const pipeline = await sales()
      const open = pipeline.stages.filter((s) => s.kind === 'open').map((s) => s.id)
      const won = (await stageNamed('Won')).id
      const other = await t.call('pipelines.create', { name: 'Partners' })
      const attempts = [
        open.slice(1),
        [...open, won],
        [...open.slice(1), won],
        [...open.slice(1), open[1] as number],
        [...open.slice(1), other.stages[0]!.id],
      ]
      for (const stageIds of attempts) {
        expect(await t.fail('stages.reorder', { pipelineId: pipeline.id, stageIds })).toMatchObject({ code: 'rule', field: 'stageIds' })
      }
      expect((await sales()).stages.map((s) => s.id)).toEqual(pipeline.stages.map((s) => s.id))
    })
  })

  describe('delete', () => {
    it('deletes an empty open stage and closes the gap', async () => {
      const contacted = await stageNamed('Contacted')
      await expect(t.call('stages.delete', { id: contacted.id })).resolves.toEqual({ id: contacted.id, movedLeads: 0 })
      const after = await sales()
      expect(after.stages.map((s) => s.name)).toEqual(['New', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost'])
      expectOneWonOneLostLast(after)
    })

    it('never deletes Won or Lost, nor the last open stage', async () => {
      for (const name of ['Won', 'Lost']) {
        const error = await t.fail('stages.delete', { id: (await stageNamed(name)).id })
        expect(error.code).toBe('rule')
        expect(error.message).toContain(`every pipeline keeps exactly one ${name} stage`)
      }
      const open = (await sales()).stages.filter((s) => s.kind === 'open')
      for (const stage of open.slice(1)) await t.call('stages.delete', { id: stage.id })
      expect(await t.fail('stages.delete', { id: open[0]!.id })).toMatchObject({ code: 'rule' })
      expectOneWonOneLostLast(await sales())
    })

    it('asks where the leads should go, naming how many, and changes nothing until told', async () => {
      const qualified = await stageNamed('Qualified')
      await lead('A', qualified.id)
      await lead('B', qualified.id)
      const error = await t.fail('stages.delete', { id: qualified.id, moveLeadsToStageId: null })
      expect(error).toMatchObject({ code: 'rule', field: 'moveLeadsToStageId' })
      expect(error.message).toBe('Qualified still has 2 leads. Pick another stage of this pipeline to move them to, then delete it.')

      const other = await t.call('pipelines.create', { name: 'Partners' })
      for (const target of [qualified.id, other.stages[0]!.id, 999]) {
        expect(await t.fail('stages.delete', { id: qualified.id, moveLeadsToStageId: target })).toMatchObject({ code: 'rule', field: 'moveLeadsToStageId' })
      }
      for (const name of ['Won', 'Lost']) {
        const closed = await stageNamed(name)
        expect(await t.fail('stages.delete', { id: qualified.id, moveLeadsToStageId: closed.id })).toMatchObject({ code: 'rule' })
      }
      expect(await columnNames(qualified.id)).toHaveLength(2)
      expect((await sales()).stages).toHaveLength(7)
    })

    it('moves the leads to the end of the chosen stage in their order, with history, then deletes the stage', async () => {
      const qualified = await stageNamed('Qualified')
      const proposal = await stageNamed('Proposal')
      const a = await lead('A', qualified.id)
      const b = await lead('B', qualified.id)
      const c = await lead('C', qualified.id)
      // Qualified reads C, B, A (new leads go on top); reorder to A, C, B.
      await t.call('leads.move', { leadId: a.id, stageId: qualified.id, beforeLeadId: c.id })
      expect(await columnNames(qualified.id)).toEqual(['A', 'C', 'B'])
      await lead('P1', proposal.id)
      await lead('P0', proposal.id)

      const result = await t.call('stages.delete', { id: qualified.id, moveLeadsToStageId: proposal.id })
      expect(result).toEqual({ id: qualified.id, movedLeads: 3 })
      expect(await columnNames(proposal.id)).toEqual(['P0', 'P1', 'A', 'C', 'B'])
      const moved = await t.call('leads.get', { id: b.id })
      expect(moved).toMatchObject({ stageId: proposal.id, pipelineId: proposal.pipelineId, closedAt: null })
      expect(moved.stageEnteredAt > b.stageEnteredAt || moved.stageEnteredAt === b.stageEnteredAt).toBe(true)

      const history = await t.call('leads.history', { leadId: b.id })
      expect(history.map((h) => [h.fromStageName, h.toStageName, h.toKind])).toEqual([
        [null, 'Qualified', 'open'],
        ['Qualified', 'Proposal', 'open'],
      ])
      // Nothing points at the deleted stage, and nothing is orphaned.
      const { db } = t.database
      expect(await queryValue(db, sql`SELECT count(*) FROM leads WHERE stage_id NOT IN (SELECT id FROM stages)`)).toBe(0)
      expect(await queryValue(db, sql`SELECT count(*) FROM stage_history WHERE from_stage_id = ${qualified.id} OR to_stage_id = ${qualified.id}`)).toBe(0)
      expect(await foreignKeyProblems(db)).toEqual([])
      const after = await sales()
      expect(after.stages.map((s) => s.name)).toEqual(['New', 'Contacted', 'Proposal', 'Negotiation', 'Won', 'Lost'])
      expectOneWonOneLostLast(after)
      // The board still adds up.
      const board = await t.call('board.load', { pipelineId: after.id })
      expect(board.columns.find((col) => col.stageId === proposal.id)?.count).toBe(5)
    })
  })

  describe('pipelines', () => {
    it('creates a pipeline with the default stages, last in the switcher', async () => {
      const partners = await t.call('pipelines.create', { name: 'Partners' })
      expect(partners.stages.map((s) => [s.name, s.kind, s.winProbability])).toEqual([
        ['New', 'open', 10],
        ['Contacted', 'open', 20],
        ['Qualified', 'open', 40],
        ['Proposal', 'open', 60],
        ['Negotiation', 'open', 80],
        ['Won', 'won', 100],
        ['Lost', 'lost', 0],
      ])
      expectOneWonOneLostLast(partners)
      expect((await pipelines()).map((p) => p.name)).toEqual(['Sales', 'Partners'])
    })

    it('refuses a duplicate name (ignoring case) on create and rename', async () => {
      expect(await t.fail('pipelines.create', { name: 'sales' })).toMatchObject({ code: 'conflict', field: 'name' })
      const partners = await t.call('pipelines.create', { name: 'Partners' })
      expect(await t.fail('pipelines.rename', { id: partners.id, name: 'SALES' })).toMatchObject({ code: 'conflict', field: 'name' })
      await expect(t.call('pipelines.rename', { id: partners.id, name: 'Resellers' })).resolves.toMatchObject({ name: 'Resellers' })
      expect(await t.fail('pipelines.rename', { id: 999, name: 'Nope' })).toMatchObject({ code: 'not_found' })
    })

    it('deletes only an empty pipeline, and never the last one', async () => {
      const sales0 = await sales()
      expect(await t.fail('pipelines.delete', { id: sales0.id })).toMatchObject({ code: 'rule' })
      const partners = await t.call('pipelines.create', { name: 'Partners' })
      await lead('Dana Li', partners.stages[0]!.id)
      const error = await t.fail('pipelines.delete', { id: partners.id })
      expect(error).toMatchObject({ code: 'rule', message: 'Partners still has 1 lead. Move or delete it first, then delete the pipeline.' })
      const [dana] = (await t.call('leads.list', { pipelineId: partners.id })).leads
      await t.call('leads.delete', { id: dana!.id })
      await expect(t.call('pipelines.delete', { id: partners.id })).resolves.toEqual({ id: partners.id })
      expect(await queryValue(t.database.db, sql`SELECT count(*) FROM stages WHERE pipeline_id = ${partners.id}`)).toBe(0)
    })
  })
})
