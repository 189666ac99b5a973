/**
 * Gathers sales activity counts and what sales heard (lost reasons, objections) for a period
 * and filter, the way metrics.repo.ts gathers campaign inputs: counted in SQL, one place.
 *
 *   await activityCounts(db, 'kind' | 'owner', filter, now) → [{ key, planned, plannedDone, overdue, unplanned }]
 *   await lostDealsBy(db, 'campaign' | 'stage', filter)     → [{ reason, key, label, deals, valueMinor }]
 *   await objectionsBy(db, 'campaign' | 'stage', filter)    → [{ key, label, objections, leads }]
 */
import { sql } from 'kysely'
import type { ActivityTally } from '@shared/domain/activities'
import type { MetricFilter } from '@shared/domain/metrics'
import { readFirmCalendar } from '../../db/calendar'
import type { Db } from '../context'
import { instantInPeriod, leadFilterSql } from './pipeline.repo'

export interface ActivityCount extends ActivityTally {
  key: string | null
}

// Logged after the fact: born done, and due (if at all) no later than it was written down.
const LOGGED = `(a.done_at IS NOT NULL AND (a.due_at IS NULL OR a.due_at <= a.created_at))`

/** Planned, done and unplanned activities by kind or by the owner of their lead (see ActivityTally). */
export async function activityCounts(db: Db, by: 'kind' | 'owner', filter: MetricFilter, now: string): Promise<ActivityCount[]> {
  const calendar = await readFirmCalendar(db)
  const key = sql.raw(by === 'kind' ? 'a.kind' : 'l.owner')
  const due = instantInPeriod('a.due_at', filter, calendar)
  const done = instantInPeriod('a.done_at', filter, calendar)
  const logged = sql.raw(LOGGED)
  const { rows } = await sql<{ key: string | null; planned: number; planned_done: number; overdue: number; unplanned: number }>`
    SELECT ${key} AS key,
      sum(CASE WHEN ${due} AND NOT ${logged} THEN 1 ELSE 0 END) AS planned,
      sum(CASE WHEN ${due} AND NOT ${logged} AND a.done_at IS NOT NULL THEN 1 ELSE 0 END) AS planned_done,
      sum(CASE WHEN ${due} AND a.done_at IS NULL AND a.due_at < ${now} THEN 1 ELSE 0 END) AS overdue,
      sum(CASE WHEN ${done} AND ${logged} THEN 1 ELSE 0 END) AS unplanned
    FROM activities a JOIN leads l ON l.id = a.lead_id LEFT JOIN campaigns c ON c.id = l.source_campaign_id
    WHERE (${due} OR ${done}) AND ${leadFilterSql(filter)}
    GROUP BY key
    HAVING sum(CASE WHEN (${due} AND NOT ${logged}) OR (${done} AND ${logged}) THEN 1 ELSE 0 END) > 0
    ORDER BY planned DESC, unplanned DESC, key NULLS LAST`.execute(db)
  return rows.map((row) => ({ key: row.key, planned: Number(row.planned), plannedDone: Number(row.planned_done), overdue: Number(row.overdue), unplanned: Number(row.unplanned) }))
}

export interface LostDeals {
  reason: string | null
  /** Campaign id, or the name of the stage the deal was lost from. */
  key: number | string | null
  label: string | null
  deals: number
  valueMinor: number
}

/** Deals lost in the period, by reason and by source campaign or by the stage they were lost from. */
export async function lostDealsBy(db: Db, by: 'campaign' | 'stage', filter: MetricFilter): Promise<LostDeals[]> {
  const calendar = await readFirmCalendar(db)
  const fromStage = sql`(SELECT h.from_stage_name FROM stage_history h WHERE h.lead_id = l.id AND h.to_kind = 'lost' ORDER BY h.at DESC, h.id DESC LIMIT 1)`
  const key = by === 'campaign' ? sql`l.source_campaign_id` : fromStage
  const label = by === 'campaign' ? sql`c.name` : fromStage
  // Grouped outside: the label is the key's (a campaign's name, a stage's), which PostgreSQL will not take ungrouped.
  const { rows } = await sql<{ reason: string | null; key: number | string | null; label: string | null; deals: number; value: number }>`
    SELECT reason, key, max(label) AS label, count(*) AS deals, sum(value) AS value FROM (
      SELECT l.lost_reason AS reason, ${key} AS key, ${label} AS label, l.value_minor AS value
      FROM leads l JOIN stages cs ON cs.id = l.stage_id LEFT JOIN campaigns c ON c.id = l.source_campaign_id
      WHERE cs.kind = 'lost' AND ${instantInPeriod('l.closed_at', filter, calendar)} AND ${leadFilterSql(filter)}
    ) lost
    GROUP BY reason, key ORDER BY deals DESC, reason NULLS LAST, label NULLS FIRST`.execute(db)
  return rows.map((row) => ({ reason: row.reason, key: row.key, label: row.label, deals: Number(row.deals), valueMinor: Number(row.value) }))
}

export interface ObjectionCount {
  key: number | string | null
  label: string | null
  objections: number
  /** Different leads that raised them. */
  leads: number
}

/** Objections logged in the period, by campaign (the one on the note, else the lead's source) or by the stage the lead was in then. */
export async function objectionsBy(db: Db, by: 'campaign' | 'stage', filter: MetricFilter): Promise<ObjectionCount[]> {
  const calendar = await readFirmCalendar(db)
  const stageThen = sql`coalesce((SELECT h.to_stage_name FROM stage_history h WHERE h.lead_id = l.id AND h.at <= f.created_at ORDER BY h.at DESC, h.id DESC LIMIT 1), cs.name)`
  const key = by === 'campaign' ? sql`fc.id` : stageThen
  const label = by === 'campaign' ? sql`fc.name` : stageThen
  const { rows } = await sql<{ key: number | string | null; label: string | null; objections: number; leads: number }>`
    SELECT key, max(label) AS label, count(*) AS objections, count(DISTINCT lead_id) AS leads FROM (
      SELECT ${key} AS key, ${label} AS label, f.lead_id
      FROM feedback f JOIN leads l ON l.id = f.lead_id JOIN stages cs ON cs.id = l.stage_id
      LEFT JOIN campaigns c ON c.id = l.source_campaign_id
      LEFT JOIN campaigns fc ON fc.id = coalesce(f.campaign_id, l.source_campaign_id)
      WHERE f.kind = 'objection' AND ${instantInPeriod('f.created_at', filter, calendar)} AND ${leadFilterSql(filter)}
    ) heard
    GROUP BY key ORDER BY objections DESC, label NULLS FIRST`.execute(db)
  return rows.map((row) => ({ key: row.key, label: row.label, objections: Number(row.objections), leads: Number(row.leads) }))
}
