import { describe, expect, it } from 'vitest'
import { GoalInput } from '@shared/contract/goals'
import { SegmentInput } from '@shared/contract/segments'
import { makeCampaign } from '../../../../test/fixtures/builders'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { createSegment } from '../segments/segments.service'
import { listCheckins, readingsFor } from './goals.repo'
import { addCheckin, createGoal, deleteCheckin, deleteGoal, getGoalRecord, updateGoal } from './goals.service'

// How goals are kept — fields, filters, links, the goal tree and check-ins — on either engine.
// Their progress is measured by the metrics module (goals.service.test.ts).

const goal = (over: Record<string, unknown> = {}) =>
  GoalInput.parse({ title: 'Q1 revenue', team: 'shared', metric: 'won_revenue', target: 150_000.5, startsOn: '2026-01-01', endsOn: '2026-03-31', ...over })

describe('goals as stored', () => {
  const database = useTestDatabase()
  const db = () => database().db

  it('keeps every field, the filters, the linked campaigns and segments, and the parent', async () => {
    const campaign = await makeCampaign(db())
    const segment = await createSegment(db(), SegmentInput.parse({ name: 'Dentists' }))
    const shared = await createGoal(db(), goal())
    const team = await createGoal(
      db(),
      goal({ title: 'Sales half', team: 'sales', owner: 'Sam', parentId: shared.id, filters: { owner: 'Sam', channel: 'email' }, campaignIds: [campaign.id], segmentIds: [segment.id], why: 'Half of it' }),
    )
    expect(await getGoalRecord(db(), team.id)).toMatchObject({
      title: 'Sales half',
      team: 'sales',
      owner: 'Sam',
      target: 150_000.5,
      parentId: shared.id,
      filters: { owner: 'Sam', channel: 'email' },
      campaignIds: [campaign.id],
      segmentIds: [segment.id],
      why: 'Half of it',
      archived: false,
      final: null,
    })
    const changed = await updateGoal(db(), team.id, goal({ title: 'Sales third', parentId: shared.id, campaignIds: [], segmentIds: [segment.id] }))
    expect(changed).toMatchObject({ title: 'Sales third', campaignIds: [], segmentIds: [segment.id], filters: {} })
    // A supporting goal outlives its parent, as a top-level goal.
    await deleteGoal(db(), shared.id)
    expect((await getGoalRecord(db(), team.id)).parentId).toBeNull()
    await expect(deleteGoal(db(), shared.id)).rejects.toThrow(/no longer exists/)
  })

  it('keeps check-ins of a figure tracked by hand, in date order, and reads the latest and the first', async () => {
    const subscribers = await createGoal(db(), goal({ metric: 'manual', manualName: 'newsletter subscribers', target: 500 }))
    await addCheckin(db(), { goalId: subscribers.id, checkedOn: '2026-02-01', value: 220, note: null })
    const first = await addCheckin(db(), { goalId: subscribers.id, checkedOn: '2026-01-05', value: 120.5, note: 'Start' })
    await addCheckin(db(), { goalId: subscribers.id, checkedOn: '2026-03-01', value: 310, note: null })
    expect((await listCheckins(db(), subscribers.id)).map((c) => [c.checkedOn, c.value])).toEqual([
      ['2026-01-05', 120.5],
      ['2026-02-01', 220],
      ['2026-03-01', 310],
    ])
    expect(await readingsFor(db(), subscribers.id, '2026-02-15')).toEqual({ latest: 220, first: 120.5 })
    await deleteCheckin(db(), first.id)
    expect(await readingsFor(db(), subscribers.id, '2026-01-31')).toEqual({ latest: null, first: 220 })
    const measured = await createGoal(db(), goal())
    await expect(addCheckin(db(), { goalId: measured.id, checkedOn: '2026-01-05', value: 1, note: null })).rejects.toThrow(/measured from your data/)
  })
})
