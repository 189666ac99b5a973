/**
 * Activities logged: calls, meetings, emails, demos, notes and tasks done in a period, counted
 * by the day they were done (an open follow-up counts once it is done). Same filter and day
 * rules as metrics.repo: whole UTC days, both ends included; channel, campaign and segment
 * narrow by the lead's source campaign and segment, owner and pipeline by the lead.
 */
import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../context'
import type { MetricFilter } from './metrics.repo'

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

const inList = (values: ReadonlyArray<string | number>) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

function activityWhere(filter: MetricFilter): RawBuilder<unknown> {
  const parts: Array<RawBuilder<unknown>> = [sql`a.done_at IS NOT NULL`]
  if (filter.from) parts.push(sql`a.done_at >= ${filter.from}`)
  if (filter.to) parts.push(sql`a.done_at < ${dayAfter(filter.to)}`)
  if (filter.channels?.length) parts.push(sql`c.channel IN (${inList(filter.channels)})`)
  if (filter.campaignIds?.length) parts.push(sql`l.source_campaign_id IN (${inList(filter.campaignIds)})`)
  if (filter.segmentIds?.length) parts.push(sql`l.segment_id IN (${inList(filter.segmentIds)})`)
  if (filter.owners?.length) parts.push(sql`l.owner IN (${inList(filter.owners)})`)
  if (filter.pipelineIds?.length) parts.push(sql`l.pipeline_id IN (${inList(filter.pipelineIds)})`)
  return sql.join(parts, sql` AND `)
}

const FROM = sql`FROM activities a JOIN leads l ON l.id = a.lead_id LEFT JOIN campaigns c ON c.id = l.source_campaign_id`

/** The SQL of activitiesLogged, one row `n`. */
export const activitiesLoggedQuery = (filter: MetricFilter) => sql<{ n: number }>`SELECT count(*) AS n ${FROM} WHERE ${activityWhere(filter)}`

export async function activitiesLogged(db: Db, filter: MetricFilter = {}): Promise<number> {
  const { rows } = await activitiesLoggedQuery(filter).execute(db)
  return Number(rows[0]?.n ?? 0)
}

/** Activities done per day (YYYY-MM-DD), days with none left out, in day order. */
export async function activitiesLoggedBy(db: Db, grouping: 'day', filter: MetricFilter = {}): Promise<Array<{ key: string; count: number }>> {
  const key = grouping === 'day' ? sql`substr(a.done_at, 1, 10)` : sql`NULL`
  const { rows } = await sql<{ key: string; n: number }>`SELECT ${key} AS key, count(*) AS n ${FROM} WHERE ${activityWhere(filter)} GROUP BY key ORDER BY key`.execute(db)
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }))
}
