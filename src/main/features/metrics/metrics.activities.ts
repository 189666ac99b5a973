/**
 * Activities logged: calls, meetings, emails, demos, notes and tasks done in a period, counted
 * by the day they were done (an open follow-up counts once it is done). Same filter and day
 * rules as metrics.repo: whole days of the firm's calendar, both ends included; channel, campaign
 * and segment narrow by the lead's source campaign and segment, owner and pipeline by the lead.
 */
import { sql, type RawBuilder } from 'kysely'
import { readFirmCalendar, type FirmCalendar } from '../../db/calendar'
import type { Db } from '../context'
import { leadSegmentSql } from '../leads/leads.parties'
import type { MetricFilter } from './metrics.repo'

const inList = (values: ReadonlyArray<string | number>) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

function activityWhere(filter: MetricFilter, calendar: FirmCalendar): RawBuilder<unknown> {
  const parts: Array<RawBuilder<unknown>> = [sql`a.done_at IS NOT NULL`]
  const bounds = calendar.instants(filter)
  if (bounds.from) parts.push(sql`a.done_at >= ${bounds.from}`)
  if (bounds.until) parts.push(sql`a.done_at < ${bounds.until}`)
  if (filter.channels?.length) parts.push(sql`c.channel IN (${inList(filter.channels)})`)
  if (filter.campaignIds?.length) parts.push(sql`l.source_campaign_id IN (${inList(filter.campaignIds)})`)
  if (filter.segmentIds?.length) parts.push(sql`${sql.raw(leadSegmentSql('l'))} IN (${inList(filter.segmentIds)})`)
  if (filter.owners?.length) parts.push(sql`l.owner IN (${inList(filter.owners)})`)
  if (filter.pipelineIds?.length) parts.push(sql`l.pipeline_id IN (${inList(filter.pipelineIds)})`)
  return sql.join(parts, sql` AND `)
}

const FROM = sql`FROM activities a JOIN leads l ON l.id = a.lead_id LEFT JOIN campaigns c ON c.id = l.source_campaign_id`

/** The SQL of activitiesLogged, one row `n`. */
export const activitiesLoggedQuery = (filter: MetricFilter, calendar: FirmCalendar) =>
  sql<{ n: number }>`SELECT count(*) AS n ${FROM} WHERE ${activityWhere(filter, calendar)}`

export async function activitiesLogged(db: Db, filter: MetricFilter = {}): Promise<number> {
  const { rows } = await activitiesLoggedQuery(filter, await readFirmCalendar(db)).execute(db)
  return Number(rows[0]?.n ?? 0)
}

/** Activities done per firm day (YYYY-MM-DD), days with none left out, in day order. */
export async function activitiesLoggedBy(db: Db, grouping: 'day', filter: MetricFilter = {}): Promise<Array<{ key: string; count: number }>> {
  const calendar = await readFirmCalendar(db)
  const key = calendar.bucketSql(grouping, 'a.done_at', 'instant', filter)
  const { rows } = await sql<{ key: string; n: number }>`SELECT ${key} AS key, count(*) AS n ${FROM} WHERE ${activityWhere(filter, calendar)} GROUP BY key ORDER BY key`.execute(db)
  return rows.map((r) => ({ key: r.key, count: Number(r.n) }))
}
