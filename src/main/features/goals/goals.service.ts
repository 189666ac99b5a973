import type { z } from 'zod'
import type { GoalInput } from '@shared/contract/goals'
import { nowIso } from '@shared/domain/dates'
import type { Goal, GoalCheckin, GoalDetail, GoalTreeNode, GoalView } from '@shared/domain/goals'
import { AppError, notFound } from '@shared/errors'
import { claimVersion, recordVersion } from '../versions/record-versions'
import type { Db } from '../context'
import { findGoal, listCheckins, loadGoals } from './goals.repo'
import type { InputsMemo } from './goals.measure'
import { freezeGoal, progressOf, viewOf } from './goals.progress'

type GoalFields = z.output<typeof GoalInput>

function toRow(fields: GoalFields) {
  return {
    title: fields.title,
    description: fields.description,
    team: fields.team,
    owner: fields.owner,
    metric: fields.metric,
    manual_name: fields.metric === 'manual' ? fields.manualName : null,
    target: fields.target,
    baseline: fields.metric === 'manual' ? fields.baseline : null,
    starts_on: fields.startsOn,
    ends_on: fields.endsOn,
    filters: JSON.stringify(fields.filters),
    why: fields.why,
    parent_id: fields.parentId,
  }
}

async function checkReferences(db: Db, fields: GoalFields, id: number | null): Promise<void> {
  if (fields.parentId !== null) {
    if (fields.parentId === id) throw new AppError('invalid_input', 'A goal cannot serve itself. Pick another parent goal.', 'parentId')
    const all = await db.selectFrom('goals').select(['id', 'parent_id']).execute()
    const parentOf = new Map(all.map((g) => [g.id, g.parent_id]))
    if (!parentOf.has(fields.parentId)) throw new AppError('invalid_input', 'That parent goal no longer exists. Pick another one.', 'parentId')
    // Walking up from the new parent must not meet this goal, or the tree would loop.
    for (let at: number | null | undefined = fields.parentId; at != null; at = parentOf.get(at)) {
      if (at === id) throw new AppError('invalid_input', 'That goal already supports this one, so it cannot also be its parent.', 'parentId')
    }
  }
  const campaigns = await db.selectFrom('campaigns').select('id').where('id', 'in', [0, ...fields.campaignIds]).execute()
  if (campaigns.length < new Set(fields.campaignIds).size) throw new AppError('invalid_input', 'One of the linked campaigns no longer exists. Check the list.', 'campaignIds')
  const segments = await db.selectFrom('segments').select('id').where('id', 'in', [0, ...fields.segmentIds]).execute()
  if (segments.length < new Set(fields.segmentIds).size) throw new AppError('invalid_input', 'One of the linked segments no longer exists. Check the list.', 'segmentIds')
}

async function writeLinks(db: Db, goalId: number, fields: GoalFields): Promise<void> {
  await db.deleteFrom('goal_campaigns').where('goal_id', '=', goalId).execute()
  await db.deleteFrom('goal_segments').where('goal_id', '=', goalId).execute()
  const campaigns = [...new Set(fields.campaignIds)]
  const segments = [...new Set(fields.segmentIds)]
  if (campaigns.length) await db.insertInto('goal_campaigns').values(campaigns.map((campaign_id) => ({ goal_id: goalId, campaign_id }))).execute()
  if (segments.length) await db.insertInto('goal_segments').values(segments.map((segment_id) => ({ goal_id: goalId, segment_id }))).execute()
}

export async function getGoalRecord(db: Db, id: number): Promise<Goal> {
  const goal = await findGoal(db, id)
  if (!goal) throw notFound('That goal')
  return goal
}

export async function createGoal(db: Db, fields: GoalFields): Promise<Goal> {
  return db.transaction().execute(async (trx) => {
    await checkReferences(trx, fields, null)
    const now = nowIso()
    const { id } = await trx.insertInto('goals').values({ ...toRow(fields), status: 'active', created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow()
    await writeLinks(trx, id, fields)
    return getGoalRecord(trx, id)
  })
}

/** Changing what a closed goal measures (metric, target, period, filters) lifts its frozen result: it is a different goal now. */
export async function updateGoal(db: Db, id: number, fields: GoalFields, basedOnVersion?: number): Promise<Goal> {
  return db.transaction().execute(async (trx) => {
    const claimed = await claimVersion(trx, 'goal', id, basedOnVersion)
    const before = await getGoalRecord(trx, id)
    await checkReferences(trx, fields, id)
    const row = toRow(fields)
    const remeasured =
      before.metric !== fields.metric || before.target !== fields.target || before.startsOn !== fields.startsOn || before.endsOn !== fields.endsOn || JSON.stringify(before.filters) !== row.filters
    const now = nowIso()
    await trx
      .updateTable('goals')
      .set((eb) => ({ ...row, updated_at: now, version: eb('version', '+', 1), ...(remeasured && { final_value: null, final_status: null, frozen_at: null }) }))
      .where('id', '=', id)
      .execute()
    await writeLinks(trx, id, fields)
    await recordVersion(trx, claimed, now)
    return getGoalRecord(trx, id)
  })
}

/** Supporting goals stay, as top-level goals (ON DELETE SET NULL). */
export async function deleteGoal(db: Db, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('goals').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('That goal')
  return { id }
}

export async function archiveGoal(db: Db, id: number, archived: boolean, today: string): Promise<Goal> {
  return db.transaction().execute(async (trx) => {
    const goal = await getGoalRecord(trx, id)
    if (archived && goal.endsOn >= today) {
      throw new AppError('rule', `“${goal.title}” runs until ${goal.endsOn}. Only a goal whose end date has passed can be archived; change its dates or delete it instead.`)
    }
    if (archived && !goal.final) await freezeGoal(trx, goal, today)
    await trx.updateTable('goals').set({ status: archived ? 'archived' : 'active', updated_at: nowIso() }).where('id', '=', id).execute()
    return getGoalRecord(trx, id)
  })
}

/** Replaces a closed goal's frozen result with what the data says now — only when the person asks. */
export async function refreezeGoal(db: Db, id: number, today: string): Promise<Goal> {
  return db.transaction().execute(async (trx) => {
    const goal = await getGoalRecord(trx, id)
    if (goal.endsOn >= today) throw new AppError('rule', `“${goal.title}” has not ended yet: its figures update by themselves.`)
    await freezeGoal(trx, goal, today)
    return getGoalRecord(trx, id)
  })
}

export async function listGoalViews(db: Db, archived: boolean, today: string): Promise<GoalView[]> {
  const goals = (await loadGoals(db)).filter((g) => g.archived === archived)
  const memo: InputsMemo = new Map()
  return Promise.all(goals.map((goal) => viewOf(db, goal, today, memo, false)))
}

function treeOf(root: GoalView, views: GoalView[]): GoalTreeNode {
  return { goal: root, children: views.filter((v) => v.parentId === root.id).map((child) => treeOf(child, views)) }
}

export async function getGoalDetail(db: Db, id: number, today: string): Promise<GoalDetail> {
  const all = await loadGoals(db)
  const goal = all.find((g) => g.id === id)
  if (!goal) throw notFound('That goal')
  const byId = new Map(all.map((g) => [g.id, g]))
  let root = goal
  for (let parent = root.parentId === null ? undefined : byId.get(root.parentId); parent && parent !== goal; parent = parent.parentId === null ? undefined : byId.get(parent.parentId)) root = parent
  const inTree = new Set<number>([root.id])
  for (let grew = true; grew; ) {
    grew = false
    for (const g of all) {
      if (g.parentId !== null && inTree.has(g.parentId) && !inTree.has(g.id)) {
        inTree.add(g.id)
        grew = true
      }
    }
  }
  const memo: InputsMemo = new Map()
  const views = await Promise.all(all.filter((g) => inTree.has(g.id)).map((g) => viewOf(db, g, today, memo, g.id === id)))
  const view = views.find((v) => v.id === id) as GoalView
  const rootView = views.find((v) => v.id === root.id) as GoalView
  let liveValue: number | null = null
  if (view.final) {
    const live = await progressOf(db, { ...view, final: null }, today, memo)
    liveValue = live.current !== view.final.value ? live.current : null
  }
  return { goal: view, tree: treeOf(rootView, views), checkins: await listCheckins(db, id), liveValue }
}

export async function addCheckin(db: Db, input: { goalId: number; checkedOn: string; value: number; note: string | null }): Promise<GoalCheckin> {
  const goal = await getGoalRecord(db, input.goalId)
  if (goal.metric !== 'manual') throw new AppError('rule', `“${goal.title}” is measured from your data; check-ins are for figures you track yourself.`)
  const row = await db
    .insertInto('goal_checkins')
    .values({ goal_id: input.goalId, checked_on: input.checkedOn, value: input.value, note: input.note, created_at: nowIso() })
    .returning(['id', 'checked_on', 'value', 'note'])
    .executeTakeFirstOrThrow()
  return { id: row.id, checkedOn: row.checked_on, value: row.value, note: row.note }
}

export async function deleteCheckin(db: Db, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('goal_checkins').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('That check-in')
  return { id }
}

