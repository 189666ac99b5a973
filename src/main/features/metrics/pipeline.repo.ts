/**
 * Gathers the pipeline side of the figures (the campaign side is metrics.repo.ts): the open
 * pipeline at a moment, how far each lead of a period got through the stages, and how long
 * leads stay in each stage. Formulas live in @shared/domain/pipelineMetrics.
 *
 *   await openPipelineAt(db, filter, '2026-03-31T23:59:59.999Z') → { openDeals, openValueMinor, weightedValueMinor }
 *   await stageReach(db, pipelineId, filter)                     → [{ stageId, name, kind, reached }] in pipeline order
 *   await stageDurations(db, pipelineId, filter)                 → [{ stageId, stays, medianDays }]
 */
import { sql, type RawBuilder } from 'kysely'
import type { MetricFilter } from '@shared/domain/metrics'
import type { PipelineInputs } from '@shared/domain/pipelineMetrics'
import { readFirmCalendar, type FirmCalendar } from '../../db/calendar'
import { dialectOf } from '../../db/dialect'
import type { Db } from '../context'
import { leadSegmentSql } from '../leads/leads.parties'

const inList = (values: ReadonlyArray<string | number>) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

/** The lead-side filters (everything but the period), on lead alias `l` with its source campaign as `c`. */
export function leadFilterSql(filter: MetricFilter): RawBuilder<unknown> {
  const parts: Array<RawBuilder<unknown>> = [sql`1 = 1`]
  if (filter.channels?.length) parts.push(sql`c.channel IN (${inList(filter.channels)})`)
  if (filter.campaignIds?.length) parts.push(sql`l.source_campaign_id IN (${inList(filter.campaignIds)})`)
  if (filter.segmentIds?.length) parts.push(sql`${sql.raw(leadSegmentSql('l'))} IN (${inList(filter.segmentIds)})`)
  if (filter.owners?.length) parts.push(sql`l.owner IN (${inList(filter.owners)})`)
  if (filter.pipelineIds?.length) parts.push(sql`l.pipeline_id IN (${inList(filter.pipelineIds)})`)
  return sql.join(parts, sql` AND `)
}

/** `column` (an ISO instant) falls in the filter's days of the firm's calendar. */
export function instantInPeriod(column: string, filter: MetricFilter, calendar: FirmCalendar): RawBuilder<unknown> {
  const parts: Array<RawBuilder<unknown>> = [sql`${sql.raw(column)} IS NOT NULL`]
  const bounds = calendar.instants(filter)
  if (bounds.from) parts.push(sql`${sql.raw(column)} >= ${bounds.from}`)
  if (bounds.until) parts.push(sql`${sql.raw(column)} < ${bounds.until}`)
  return sql.join(parts, sql` AND `)
}

/**
 * The deals open at each instant of `at` (created by then, not closed by then), valued in full and
 * weighted by the win probability of the stage each was in at that moment, read from the stage
 * history as spans [entered, left); the lead's own probability override counts while it sits in
 * its current stage.
 *
 * One pass for all instants: each open-stage span adds its deal on the day it starts and takes it
 * away on the day it ends (days of the firm's calendar); SQL sums those changes per day, and the
 * running total at an instant is the pipeline then. Instants are the end of a firm day or the present
 * (no span starts in the future), so whole days are exact.
 */
export async function openPipelineSeries(db: Db, filter: MetricFilter, at: readonly string[]): Promise<PipelineInputs[]> {
  if (at.length === 0) return []
  const calendar = await readFirmCalendar(db)
  const sorted = [...at].sort()
  const firstDay = calendar.dayOf(sorted[0]!)
  const lastDay = calendar.dayOf(sorted.at(-1)!)
  const within = { from: firstDay, to: lastDay }
  // Bounds as instants for the filters (indexes), firm days for the running total.
  const { from: firstInstant, until: afterLastDay } = calendar.instants(within)
  const dayOfSince = calendar.bucketSql('day', 'o.since', 'instant', { to: lastDay })
  const dayOfUntil = calendar.bucketSql('day', 'o.until', 'instant', { to: lastDay })
  // Only leads open at some point from the first instant on matter: the spans of a lead closed
  // before it add and take away the same amount before any instant is read.
  const { rows } = await sql<{ day: string; deals: number; value: number; weighted: number }>`
    WITH relevant AS (
      SELECT l.id, l.created_at, l.stage_id FROM leads l LEFT JOIN campaigns c ON c.id = l.source_campaign_id
      WHERE l.created_at < ${afterLastDay} AND (l.closed_at IS NULL OR l.closed_at >= ${firstInstant}) AND ${leadFilterSql(filter)}
    ),
    spans AS (
      SELECT h.lead_id, h.to_stage_id AS stage_id, h.at AS since,
        lead(h.at) OVER (PARTITION BY h.lead_id ORDER BY h.at, h.id) AS until
      FROM relevant r JOIN stage_history h ON h.lead_id = r.id
      UNION ALL
      SELECT r.id, r.stage_id, r.created_at, NULL FROM relevant r WHERE NOT EXISTS (SELECT 1 FROM stage_history h WHERE h.lead_id = r.id)
    ),
    open_spans AS (
      SELECT sp.since, sp.until, l.value_minor AS value,
        CAST(round(l.value_minor * coalesce(CASE WHEN sp.stage_id = l.stage_id THEN l.probability_override END, s.win_probability) / 100.0) AS BIGINT) AS weighted
      FROM spans sp JOIN stages s ON s.id = sp.stage_id JOIN leads l ON l.id = sp.lead_id
      WHERE s.kind = 'open' AND sp.since < ${afterLastDay}
    ),
    changes AS (
      SELECT CASE e.k WHEN 1 THEN ${dayOfSince} ELSE ${dayOfUntil} END AS day, e.k AS deals, e.k * o.value AS value, e.k * o.weighted AS weighted
      FROM open_spans o JOIN (SELECT 1 AS k UNION ALL SELECT -1) e
        ON e.k = 1 OR (o.until IS NOT NULL AND o.until < ${afterLastDay})
    )
    SELECT day, sum(deals) AS deals, sum(value) AS value, sum(weighted) AS weighted FROM changes GROUP BY day ORDER BY day`.execute(db)
  return at.map((instant) => {
    const day = calendar.dayOf(instant)
    const total = { openDeals: 0, openValueMinor: 0, weightedValueMinor: 0 }
    for (const row of rows) {
      if (row.day > day) break
      total.openDeals += Number(row.deals)
      total.openValueMinor += Number(row.value)
      total.weightedValueMinor += Number(row.weighted)
    }
    return total
  })
}

/** The open pipeline at one instant (see openPipelineSeries). */
export async function openPipelineAt(db: Db, filter: MetricFilter, at: string): Promise<PipelineInputs> {
  const [one] = await openPipelineSeries(db, filter, [at])
  return one as PipelineInputs
}

export interface StageReach {
  stageId: number
  name: string
  kind: 'open' | 'won' | 'lost'
  position: number
  /** Leads created in the period that got to this stage or past it (won leads passed every open stage). */
  reached: number
}

/** How far the leads created in the period got, stage by stage, in one pipeline. */
export async function stageReach(db: Db, pipelineId: number, filter: MetricFilter): Promise<StageReach[]> {
  const calendar = await readFirmCalendar(db)
  const openTop = `coalesce((SELECT max(hs.position) FROM stage_history h JOIN stages hs ON hs.id = h.to_stage_id WHERE h.lead_id = k.id AND hs.kind = 'open'), -1)`
  const top = dialectOf(db).greatest(`CASE WHEN k.kind = 'open' THEN k.position ELSE -1 END`, openTop)
  const { rows } = await sql<{ stage_id: number; name: string; kind: 'open' | 'won' | 'lost'; position: number; reached: number }>`
    WITH cohort AS (
      SELECT l.id, cs.kind, cs.position
      FROM leads l JOIN stages cs ON cs.id = l.stage_id LEFT JOIN campaigns c ON c.id = l.source_campaign_id
      WHERE l.pipeline_id = ${pipelineId} AND ${instantInPeriod('l.created_at', filter, calendar)} AND ${leadFilterSql(filter)}
    ),
    reach AS (
      SELECT k.id, k.kind,
        CASE WHEN k.kind = 'won' THEN 1000000000 ELSE ${sql.raw(top)} END AS top
      FROM cohort k
    )
    SELECT s.id AS stage_id, s.name, s.kind, s.position,
      CASE s.kind
        WHEN 'open' THEN (SELECT count(*) FROM reach r WHERE r.top >= s.position)
        ELSE (SELECT count(*) FROM reach r WHERE r.kind = s.kind) END AS reached
    FROM stages s WHERE s.pipeline_id = ${pipelineId}
    ORDER BY s.kind = 'lost', s.kind = 'won', s.position`.execute(db)
  return rows.map((row) => ({ stageId: row.stage_id, name: row.name, kind: row.kind, position: row.position, reached: Number(row.reached) }))
}

export interface StageDuration {
  stageId: number
  /** Stays in the stage that ended in the period. */
  stays: number
  /** Median days of those stays; null when there were none. */
  medianDays: number | null
}

/** Median days leads spent in each open stage, over the stays that ended in the period (from the stage history). */
export async function stageDurations(db: Db, pipelineId: number, filter: MetricFilter): Promise<StageDuration[]> {
  const calendar = await readFirmCalendar(db)
  const days = dialectOf(db).daysBetween('m.at', 'm.left_at')
  const { rows } = await sql<{ stage_id: number; stays: number; median_days: number | null }>`
    WITH moves AS (
      SELECT h.lead_id, h.to_stage_id AS stage_id, h.at,
        lead(h.at) OVER (PARTITION BY h.lead_id ORDER BY h.at, h.id) AS left_at
      FROM stage_history h JOIN leads l ON l.id = h.lead_id LEFT JOIN campaigns c ON c.id = l.source_campaign_id
      WHERE l.pipeline_id = ${pipelineId} AND ${leadFilterSql(filter)}
    ),
    stays AS (
      SELECT m.stage_id, ${sql.raw(days)} AS days
      FROM moves m JOIN stages s ON s.id = m.stage_id
      WHERE s.kind = 'open' AND ${instantInPeriod('m.left_at', filter, calendar)}
    ),
    ranked AS (
      SELECT stage_id, days, row_number() OVER (PARTITION BY stage_id ORDER BY days) AS rn, count(*) OVER (PARTITION BY stage_id) AS n FROM stays
    )
    SELECT s.id AS stage_id, coalesce(max(r.n), 0) AS stays,
      avg(CASE WHEN r.rn IN ((r.n + 1) / 2, (r.n + 2) / 2) THEN r.days END) AS median_days
    FROM stages s LEFT JOIN ranked r ON r.stage_id = s.id
    WHERE s.pipeline_id = ${pipelineId} AND s.kind = 'open'
    GROUP BY s.id ORDER BY s.position`.execute(db)
  return rows.map((row) => ({ stageId: row.stage_id, stays: Number(row.stays), medianDays: row.median_days === null ? null : Number(row.median_days) }))
}
