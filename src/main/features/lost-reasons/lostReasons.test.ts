import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'

describe('lost reasons', () => {
  let t: TestWorkspace
  const labels = async () => (await t.call('lostReasons.list', {})).map((r) => r.label)
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  it('starts with the firm’s default list, in order', async () => {
    expect(await labels()).toEqual(['Price too high', 'Chose a competitor', 'No budget', 'Bad timing', 'No response', 'Not a fit'])
  })

  it('adds at the end, renames and archives', async () => {
    const added = await t.call('lostReasons.create', { label: ' Went quiet ' })
    expect(added).toEqual({ id: added.id, label: 'Went quiet' })
    expect((await labels()).at(-1)).toBe('Went quiet')
    await expect(t.call('lostReasons.rename', { id: added.id, label: 'Ghosted' })).resolves.toEqual({ id: added.id, label: 'Ghosted' })
    await expect(t.call('lostReasons.archive', { id: added.id })).resolves.toEqual({ id: added.id })
    expect(await labels()).not.toContain('Ghosted')
    expect(await t.fail('lostReasons.rename', { id: 999, label: 'x' })).toMatchObject({ code: 'not_found' })
    expect(await t.fail('lostReasons.archive', { id: 999 })).toMatchObject({ code: 'not_found' })
  })

  it('refuses a duplicate ignoring case, and brings an archived one back instead of duplicating it', async () => {
    expect(await t.fail('lostReasons.create', { label: 'no BUDGET' })).toMatchObject({ code: 'conflict', field: 'label' })
    const [first, second] = await t.call('lostReasons.list', {})
    expect(await t.fail('lostReasons.rename', { id: first!.id, label: second!.label.toUpperCase() })).toMatchObject({ code: 'conflict', field: 'label' })
    await t.call('lostReasons.archive', { id: first!.id })
    const back = await t.call('lostReasons.create', { label: 'price too high' })
    expect(back).toEqual({ id: first!.id, label: 'price too high' })
    expect((await labels()).at(-1)).toBe('price too high')
  })

  it('leaves leads lost for an archived reason as they were', async () => {
    const pipeline = (await t.call('pipelines.list', {}))[0]!
    const lost = pipeline.stages.find((s) => s.kind === 'lost')!
    const dana = await t.call('leads.create', { personName: 'Dana Li' })
    await t.call('leads.move', { leadId: dana.id, stageId: lost.id, lostReason: 'No budget' })
    const reason = (await t.call('lostReasons.list', {})).find((r) => r.label === 'No budget')!
    await t.call('lostReasons.archive', { id: reason.id })
    expect((await t.call('leads.get', { id: dana.id })).lostReason).toBe('No budget')
  })
})
