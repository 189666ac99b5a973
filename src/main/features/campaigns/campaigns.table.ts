import { sql } from 'kysely'
import type { z } from 'zod'
import type { CampaignTableQuery } from '@shared/contract/campaigns'
import type { CampaignMetricsRow, CampaignTable } from '@shared/domain/campaigns'
import type { CampaignStatus, Channel } from '@shared/domain/enums'
import { addMetricInputs, METRIC_KINDS, type MetricKey } from '@shared/domain/metrics'
import { dialectOf, type SqlDialect } from '../../db/dialect'
import type { Db } from '../context'
import { campaignSearchWhere } from './campaigns.repo'
import { metricInputsQuery, metricOrderSql, readMetricContext, toMetricInputs } from '../metrics/metrics.repo'

type Query = z.output<typeof CampaignTableQuery>

const PLAIN_SORTS: Record<string, (dialect: SqlDialect) => string> = {
  name: (dialect) => dialect.caseless('c.name'),
  channel: () => 'c.channel',
  status: () => 'c.status',
  startsOn: () => 'c.starts_on',
  endsOn: () => 'c.ends_on',
  budgetMinor: () => 'c.budget_minor',
}

const isMetricKey = (column: string): column is MetricKey => Object.hasOwn(METRIC_KINDS, column)

/**
 * Every campaign with every metric input for one period, filtered and sorted in SQL
 * (figures such as CPL or ROI sort by the metric module's own expressions, undefined last).
 * A period lists the campaigns that ran in it or brought anything in it.
 */
export async function campaignTable(db: Db, query: Query): Promise<CampaignTable> {
  const context = await readMetricContext(db)
  const period = { from: query.from ?? null, to: query.to ?? null }
  const dialect = dialectOf(db)
  const where = [sql`1 = 1`]
  if (query.status) where.push(sql`c.status = ${query.status}`)
  if (query.channel) where.push(sql`c.channel = ${query.channel}`)
  if (query.segmentId) where.push(sql`c.segment_id = ${query.segmentId}`)
  if (query.search) where.push(campaignSearchWhere(dialect, query.search))
  if (period.from || period.to) {
    where.push(sql`(m.key IS NOT NULL OR ((c.starts_on IS NULL OR ${period.to ?? '9999-12-31'} >= c.starts_on) AND (c.ends_on IS NULL OR c.ends_on >= ${period.from ?? '0000-01-01'})))`)
  }
  const direction = sql.raw(query.sort?.direction === 'asc' ? 'ASC' : 'DESC')
  const column = query.sort?.column
  const order = !column
    ? sql`c.starts_on IS NULL, c.starts_on DESC NULLS LAST, c.id DESC`
    : isMetricKey(column)
      ? sql`${metricOrderSql(column, 'm')} ${direction} NULLS LAST, c.id`
      : sql`${sql.raw(PLAIN_SORTS[column]?.(dialect) ?? 'c.id')} ${direction} NULLS LAST, c.id`

  const { rows } = await sql<Record<string, string | number | null>>`
    SELECT c.id AS campaign_id, c.name, c.channel, c.objective, c.segment_id, s.name AS segment_name, c.budget_minor, c.starts_on, c.ends_on,
           c.status, c.tracking_code, c.notes, c.created_at, c.updated_at, c.version, m.*
    FROM campaigns c
    LEFT JOIN segments s ON s.id = c.segment_id
    LEFT JOIN (${metricInputsQuery('campaign', period, context)}) m ON m.key = c.id
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY ${order}`.execute(db)

  const campaigns: CampaignMetricsRow[] = rows.map((row) => ({
    id: Number(row.campaign_id),
    name: String(row.name),
    channel: row.channel as Channel,
    objective: row.objective as string | null,
    segmentId: row.segment_id as number | null,
    segmentName: row.segment_name as string | null,
    budgetMinor: Number(row.budget_minor),
    startsOn: row.starts_on as string | null,
    endsOn: row.ends_on as string | null,
    status: row.status as CampaignStatus,
    trackingCode: row.tracking_code as string | null,
    notes: row.notes as string | null,
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
    version: Number(row.version),
    inputs: toMetricInputs(row),
  }))
  return { rows: campaigns, totals: addMetricInputs(...campaigns.map((c) => c.inputs)), attributionModel: context.model }
}
