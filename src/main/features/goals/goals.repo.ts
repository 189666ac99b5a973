import type { Goal, GoalCheckin, GoalFilters, GoalMetric } from '@shared/domain/goals'
import type { GoalTeam } from '@shared/domain/enums'
import type { Selectable } from 'kysely'
import type { GoalsTable } from '../../db/schema'
import type { Db } from '../context'

type GoalRow = Selectable<GoalsTable>

function parseFilters(text: string): GoalFilters {
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' ? (value) : {}
  } catch {
    return {}
  }
}

function toGoal(row: GoalRow, campaignIds: number[], segmentIds: number[]): Goal {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    team: row.team as GoalTeam,
    owner: row.owner,
    metric: row.metric as GoalMetric,
    manualName: row.manual_name,
    target: row.target,
    baseline: row.baseline,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    filters: parseFilters(row.filters),
    why: row.why,
    parentId: row.parent_id,
    campaignIds,
    segmentIds,
    archived: row.status === 'archived',
    final: row.frozen_at && row.final_status ? { value: row.final_value, status: row.final_status as 'achieved' | 'missed', frozenAt: row.frozen_at } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  }
}

function group(rows: Array<{ goal_id: number; id: number }>): Map<number, number[]> {
  const map = new Map<number, number[]>()
  for (const row of rows) map.set(row.goal_id, [...(map.get(row.goal_id) ?? []), row.id])
  return map
}

/** Goals with their links; all of them, or only those with the given ids. */
export async function loadGoals(db: Db, ids?: readonly number[]): Promise<Goal[]> {
  if (ids && ids.length === 0) return []
  let rows = db.selectFrom('goals').selectAll().orderBy('ends_on', 'desc').orderBy('id')
  if (ids) rows = rows.where('id', 'in', ids)
  const goals = await rows.execute()
  const campaigns = group(await db.selectFrom('goal_campaigns').select(['goal_id', 'campaign_id as id']).orderBy('campaign_id').execute())
  const segments = group(await db.selectFrom('goal_segments').select(['goal_id', 'segment_id as id']).orderBy('segment_id').execute())
  return goals.map((row) => toGoal(row, campaigns.get(row.id) ?? [], segments.get(row.id) ?? []))
}

export async function findGoal(db: Db, id: number): Promise<Goal | undefined> {
  return (await loadGoals(db, [id]))[0]
}

export async function listCheckins(db: Db, goalId: number): Promise<GoalCheckin[]> {
  const rows = await db.selectFrom('goal_checkins').select(['id', 'checked_on', 'value', 'note']).where('goal_id', '=', goalId).orderBy('checked_on').orderBy('id').execute()
  return rows.map((r) => ({ id: r.id, checkedOn: r.checked_on, value: r.value, note: r.note }))
}

/** The latest reading on or before `day`, and the first reading of all (the start, when no baseline was typed). */
export async function readingsFor(db: Db, goalId: number, day: string): Promise<{ latest: number | null; first: number | null }> {
  const latest = await db.selectFrom('goal_checkins').select('value').where('goal_id', '=', goalId).where('checked_on', '<=', day).orderBy('checked_on', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst()
  const first = await db.selectFrom('goal_checkins').select('value').where('goal_id', '=', goalId).orderBy('checked_on').orderBy('id').limit(1).executeTakeFirst()
  return { latest: latest?.value ?? null, first: first?.value ?? null }
}
