/**
 * The one place that gathers metric inputs from the database. Every page, goal, report and
 * export asks here; none writes its own SUM. The formulas live in @shared/domain/metrics.
 *
 *   await metricInputs(db, { from: '2026-01-01', to: '2026-03-31', channels: ['email'] })
 *     → MetricInputs (one total)                   → computeMetrics(inputs) → formatMetric(...)
 *   await metricInputsBy(db, 'campaign', filter)   → [{ key: campaignId | null, inputs }]
 *   await metricInputsBy(db, 'month', filter)      → [{ key: '2026-01-01', inputs }, …]  (buckets with data only)
 *   metricInputsQuery(grouping, filter, context)   → the SQL itself, to join and ORDER BY in SQL
 *                                                   (with metricOrderSql for the computed figures)
 *   await attributedDeals(db, filter)              → [{ leadId, creditMinor }]: the deals behind revenueMinor
 *
 * What each input counts (periods are whole days of the firm's calendar, in its time zone, both ends
 * included; a missing end is open; see db/calendar.ts):
 * - spend, impressions/clicks/visits/engagements: entries and snapshots dated in the period.
 * - leads, qualified leads: leads created in the period; a lead belongs to its source campaign.
 *   Qualified = its current stage is open at or after the pipeline's qualified stage, or it is won,
 *   or its history shows it entered such a stage.
 * - won/lost deals, won value, cycle days: leads closed in the period, by source campaign.
 * - revenue: value of deals won in the period, split over each deal's touches up to its close by the
 *   attribution model (first / last / linear in whole minor units, see attributeValue). A touch logged
 *   after the deal closed takes no share. A deal with no such touch stays with its source campaign,
 *   or with no campaign.
 * Filters: channel and campaign apply to the campaign a row belongs to; segment applies to the lead's
 * segment (leads, deals, revenue) and the campaign's segment (spend, snapshots); owner and pipeline
 * narrow the lead side only, since spend and snapshots have neither.
 */
import { sql, type RawBuilder } from 'kysely'
import {
  EMPTY_METRIC_INPUTS,
  type AttributionModel,
  type MetricFilter,
  type MetricGrouping,
  type MetricInputs,
  type MetricKey,
  type MetricRow,
} from '@shared/domain/metrics'
import { readFirmCalendar, type FirmCalendar } from '../../db/calendar'
import { dialectOf, type SqlDialect } from '../../db/dialect'
import type { Db } from '../context'
import { leadSegmentSql } from '../leads/leads.parties'

export type { MetricFilter, MetricGrouping, MetricKeyValue, MetricRow } from '@shared/domain/metrics'
export { METRIC_GROUPINGS } from '@shared/domain/metrics'

export interface MetricContext {
  model: AttributionModel
  /** The firm's time zone and week: what a period's days and a bucket's day, week or month are. */
  calendar: FirmCalendar
  /** The engine's SQL where the two differ (whole days between two instants, the larger of two values). */
  dialect: SqlDialect
}

export interface MetricOptions {
  /** Overrides the workspace's attribution setting (e.g. to compare models). */
  model?: AttributionModel
}

/** The column names metricInputsQuery yields, beside `key`. */
export const INPUT_COLUMNS: Record<keyof MetricInputs, string> = {
  spendMinor: 'spend_minor',
  leads: 'leads',
  qualifiedLeads: 'qualified_leads',
  wonDeals: 'won_deals',
  lostDeals: 'lost_deals',
  wonValueMinor: 'won_value_minor',
  revenueMinor: 'revenue_minor',
  cycleDaysTotal: 'cycle_days_total',
  impressions: 'impressions',
  clicks: 'clicks',
  visits: 'visits',
  engagements: 'engagements',
}

const INPUT_KEYS = Object.keys(INPUT_COLUMNS) as Array<keyof MetricInputs>

export async function readMetricContext(db: Db, options: MetricOptions = {}): Promise<MetricContext> {
  const row = await db.selectFrom('settings').select('attribution_model').where('id', '=', 1).executeTakeFirst()
  return { model: options.model ?? ((row?.attribution_model ?? 'first') as AttributionModel), calendar: await readFirmCalendar(db), dialect: dialectOf(db) }
}

export interface Source {
  /** The alias of the lead row, or null for spend and snapshots. */
  lead: string | null
  /** The campaign the row belongs to (joined as `c`). */
  campaignId: string
  /** The date column and whether it holds days (YYYY-MM-DD) or instants. */
  date: string
  dateIsDay: boolean
}

function keySql(grouping: MetricGrouping | null, source: Source, filter: MetricFilter, context: MetricContext): RawBuilder<unknown> {
  switch (grouping) {
    case null:
      return sql`NULL`
    case 'campaign':
      return sql.raw(source.campaignId)
    case 'channel':
      return sql.raw('c.channel')
    case 'segment':
      return sql.raw(source.lead ? leadSegmentSql(source.lead) : 'c.segment_id')
    case 'owner':
      return sql.raw(source.lead ? `${source.lead}.owner` : 'NULL')
    case 'day':
    case 'week':
    case 'month':
      return context.calendar.bucketSql(grouping, source.date, source.dateIsDay ? 'day' : 'instant', filter)
  }
}

const inList = (values: ReadonlyArray<string | number>) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )

/** A filter's period and narrowing over rows of `source` (the campaign joined as `c`); see the header for what each applies to. */
export function whereSql(filter: MetricFilter, source: Source, calendar: FirmCalendar): RawBuilder<unknown> {
  const parts: Array<RawBuilder<unknown>> = [sql`1 = 1`]
  const date = sql.raw(source.date)
  // Days compare as days; instants against the instants the firm's days start and end at.
  const bounds = source.dateIsDay ? { from: filter.from ?? null, until: null } : calendar.instants(filter)
  if (bounds.from) parts.push(sql`${date} >= ${bounds.from}`)
  if (source.dateIsDay && filter.to) parts.push(sql`${date} <= ${filter.to}`)
  if (bounds.until) parts.push(sql`${date} < ${bounds.until}`)
  if (filter.channels?.length) parts.push(sql`c.channel IN (${inList(filter.channels)})`)
  if (filter.campaignIds?.length) parts.push(sql`${sql.raw(source.campaignId)} IN (${inList(filter.campaignIds)})`)
  if (filter.segmentIds?.length) {
    parts.push(sql`${sql.raw(source.lead ? leadSegmentSql(source.lead) : 'c.segment_id')} IN (${inList(filter.segmentIds)})`)
  }
  if (source.lead && filter.owners?.length) parts.push(sql`${sql.raw(source.lead)}.owner IN (${inList(filter.owners)})`)
  if (source.lead && filter.pipelineIds?.length) parts.push(sql`${sql.raw(source.lead)}.pipeline_id IN (${inList(filter.pipelineIds)})`)
  return sql.join(parts, sql` AND `)
}

// Each part fills its own columns; the outer query adds the parts up per key.
function columns(values: Partial<Record<keyof MetricInputs, string>>): RawBuilder<unknown> {
  return sql.raw(INPUT_KEYS.map((key) => `${values[key] ?? '0'} AS ${INPUT_COLUMNS[key]}`).join(', '))
}

// A lead is qualified when it sits in, won from, or once entered an open stage at or after the qualified stage.
// The history half is one uncorrelated IN: SQLite builds its list once per query, not once per lead.
const QUALIFIED = `CASE
    WHEN cs.kind = 'won' THEN 1
    WHEN qs.id IS NULL THEN 0
    WHEN cs.kind = 'open' AND cs.position >= qs.position THEN 1
    WHEN l.id IN (
      SELECT h.lead_id FROM stages hs
      JOIN pipelines hp ON hp.id = hs.pipeline_id
      JOIN stages hq ON hq.id = hp.qualified_stage_id
      JOIN stage_history h ON h.to_stage_id = hs.id
      WHERE hs.kind = 'open' AND hs.position >= hq.position
    ) THEN 1
    ELSE 0 END`

/**
 * Each won deal's value split over its touches up to its close (time order, id breaking ties): one
 * row per share with `touch_campaign_id` and `share`. A touch after the close earns nothing; a deal
 * without a touch up to its close keeps its source campaign (or none). Correlated lookups on
 * touchpoints_by_lead rather than window functions: deals have a handful of touches.
 */
function sharesSql(model: AttributionModel): string {
  if (model === 'linear') {
    // Integer division; the leftover units go one each to the earliest touches, so the shares add up.
    const earlier = `(SELECT count(*) FROM touchpoints e WHERE e.lead_id = w.id AND e.at <= w.closed_at AND (e.at < t.at OR (e.at = t.at AND e.id < t.id)))`
    return `SELECT w.*, t.campaign_id AS touch_campaign_id, w.value_minor / w.n + CASE WHEN ${earlier} < w.value_minor % w.n THEN 1 ELSE 0 END AS share
      FROM won w JOIN touchpoints t ON t.lead_id = w.id AND t.at <= w.closed_at WHERE w.n > 0
      UNION ALL
      SELECT w.*, w.source_campaign_id, w.value_minor FROM won w WHERE w.n = 0`
  }
  const order = model === 'first' ? 't.at, t.id' : 't.at DESC, t.id DESC'
  return `SELECT w.*, CASE WHEN w.n = 0 THEN w.source_campaign_id ELSE (SELECT t.campaign_id FROM touchpoints t WHERE t.lead_id = w.id AND t.at <= w.closed_at ORDER BY ${order} LIMIT 1) END AS touch_campaign_id,
      w.value_minor AS share FROM won w`
}

const REVENUE: Source = { lead: 'w', campaignId: 'w.touch_campaign_id', date: 'w.closed_at', dateIsDay: false }

/**
 * `WITH won AS (…), shares AS (…)`: the won deals of the period and lead-side filters, and each one's
 * revenue split over its touches by the model (see sharesSql). Shared by the inputs and by
 * attributedDeals, so a figure and the deals listed behind it are the same split.
 */
function revenueSharesCte(filter: MetricFilter, context: MetricContext): RawBuilder<unknown> {
  // Won deals whose revenue is split: narrowed by period and lead-side filters before the touches are read.
  const wonFilter: MetricFilter = { from: filter.from, to: filter.to, segmentIds: filter.segmentIds, owners: filter.owners, pipelineIds: filter.pipelineIds }
  const wonSource: Source = { lead: 'l', campaignId: 'l.source_campaign_id', date: 'l.closed_at', dateIsDay: false }
  // With campaigns named, only deals those campaigns touched (or, untouched, sourced) can get a share:
  // reading just those, through the touch and source indexes, keeps one campaign's figures from
  // ranking every touch of every won deal in the file. Each kept deal still has all its touches.
  const wonOfCampaigns = filter.campaignIds?.length
    ? sql`AND l.id IN (SELECT lead_id FROM touchpoints WHERE campaign_id IN (${inList(filter.campaignIds)})
                       UNION ALL SELECT id FROM leads WHERE source_campaign_id IN (${inList(filter.campaignIds)}))`
    : sql``
  return sql`
    WITH won AS MATERIALIZED (
      SELECT l.id, l.value_minor, l.source_campaign_id, l.created_at, l.closed_at, l.person_id, l.organization_id, l.owner, l.pipeline_id,
        (SELECT count(*) FROM touchpoints t WHERE t.lead_id = l.id AND t.at <= l.closed_at) AS n
      FROM leads l JOIN stages cs ON cs.id = l.stage_id
      WHERE l.closed_at IS NOT NULL AND cs.kind = 'won' AND ${whereSql(wonFilter, wonSource, context.calendar)} ${wonOfCampaigns}
    ),
    shares AS (${sql.raw(sharesSql(context.model))})`
}

/**
 * The SQL yielding one row per key with every input column (see INPUT_COLUMNS), summed in SQL
 * over integer minor units. `grouping` null gives a single row with key NULL.
 */
export function metricInputsQuery(grouping: MetricGrouping | null, filter: MetricFilter, context: MetricContext): RawBuilder<Record<string, number | string | null>> {
  const created: Source = { lead: 'l', campaignId: 'l.source_campaign_id', date: 'l.created_at', dateIsDay: false }
  const closed: Source = { lead: 'l', campaignId: 'l.source_campaign_id', date: 'l.closed_at', dateIsDay: false }
  const revenue = REVENUE
  const spend: Source = { lead: null, campaignId: 'sp.campaign_id', date: 'sp.spent_on', dateIsDay: true }
  const snapshot: Source = { lead: null, campaignId: 'm.campaign_id', date: 'm.measured_on', dateIsDay: true }
  const sum = INPUT_KEYS.map((key) => `sum(${INPUT_COLUMNS[key]}) AS ${INPUT_COLUMNS[key]}`).join(', ')
  const { calendar, dialect } = context
  const cycleDays = dialect.greatest('0', dialect.wholeDaysBetween('l.created_at', 'l.closed_at'))

  return sql<Record<string, number | string | null>>`
    ${revenueSharesCte(filter, context)}
    SELECT key, ${sql.raw(sum)} FROM (
      SELECT ${keySql(grouping, created, filter, context)} AS key, ${columns({ leads: '1', qualifiedLeads: QUALIFIED })}
      FROM leads l
      JOIN stages cs ON cs.id = l.stage_id
      LEFT JOIN pipelines p ON p.id = l.pipeline_id
      LEFT JOIN stages qs ON qs.id = p.qualified_stage_id
      LEFT JOIN campaigns c ON c.id = l.source_campaign_id
      WHERE ${whereSql(filter, created, calendar)}
      UNION ALL
      SELECT ${keySql(grouping, closed, filter, context)}, ${columns({
        wonDeals: "CASE WHEN cs.kind = 'won' THEN 1 ELSE 0 END",
        lostDeals: "CASE WHEN cs.kind = 'lost' THEN 1 ELSE 0 END",
        wonValueMinor: "CASE WHEN cs.kind = 'won' THEN l.value_minor ELSE 0 END",
        cycleDaysTotal: `CASE WHEN cs.kind = 'won' THEN ${cycleDays} ELSE 0 END`,
      })}
      FROM leads l
      JOIN stages cs ON cs.id = l.stage_id
      LEFT JOIN campaigns c ON c.id = l.source_campaign_id
      WHERE l.closed_at IS NOT NULL AND cs.kind IN ('won', 'lost') AND ${whereSql(filter, closed, calendar)}
      UNION ALL
      SELECT ${keySql(grouping, revenue, filter, context)}, ${columns({ revenueMinor: 'w.share' })}
      FROM shares w
      LEFT JOIN campaigns c ON c.id = w.touch_campaign_id
      WHERE w.share <> 0 AND ${whereSql(filter, revenue, calendar)}
      UNION ALL
      SELECT ${keySql(grouping, spend, filter, context)}, ${columns({ spendMinor: 'sp.amount_minor' })}
      FROM campaign_spend sp JOIN campaigns c ON c.id = sp.campaign_id
      WHERE ${whereSql(filter, spend, calendar)}
      UNION ALL
      SELECT ${keySql(grouping, snapshot, filter, context)}, ${columns({ impressions: 'm.impressions', clicks: 'm.clicks', visits: 'm.visits', engagements: 'm.engagements' })}
      FROM campaign_metrics m JOIN campaigns c ON c.id = m.campaign_id
      WHERE ${whereSql(filter, snapshot, calendar)}
    ) parts
    GROUP BY key`
}

/** Reads one row of metricInputsQuery (or any row carrying its columns) back into MetricInputs. */
export function toMetricInputs(row: Record<string, unknown> | undefined): MetricInputs {
  const inputs: MetricInputs = { ...EMPTY_METRIC_INPUTS }
  if (!row) return inputs
  for (const key of INPUT_KEYS) inputs[key] = Number(row[INPUT_COLUMNS[key]] ?? 0)
  return inputs
}

/** A won deal and the revenue the filter's campaigns (or all, unfiltered) are credited with from it. */
export interface AttributedDeal {
  leadId: number
  creditMinor: number
}

/**
 * The won deals behind the period's revenue for a filter, with each deal's credited share, largest
 * first: the rows add up to metricInputs(db, filter).revenueMinor exactly (same split, same SQL).
 */
export async function attributedDeals(db: Db, filter: MetricFilter = {}, options: MetricOptions = {}): Promise<AttributedDeal[]> {
  const context = await readMetricContext(db, options)
  const { rows } = await sql<{ lead_id: number; credit: number }>`
    ${revenueSharesCte(filter, context)}
    SELECT w.id AS lead_id, sum(w.share) AS credit
    FROM shares w LEFT JOIN campaigns c ON c.id = w.touch_campaign_id
    WHERE w.share <> 0 AND ${whereSql(filter, REVENUE, context.calendar)}
    GROUP BY w.id ORDER BY credit DESC, w.id`.execute(db)
  return rows.map((row) => ({ leadId: row.lead_id, creditMinor: Number(row.credit) }))
}

/** One total for the period and filter. */
export async function metricInputs(db: Db, filter: MetricFilter = {}, options: MetricOptions = {}): Promise<MetricInputs> {
  const context = await readMetricContext(db, options)
  const { rows } = await metricInputsQuery(null, filter, context).execute(db)
  return toMetricInputs(rows[0])
}

/** One row per key that has any data, ordered by key (null last). */
export async function metricInputsBy(db: Db, grouping: MetricGrouping, filter: MetricFilter = {}, options: MetricOptions = {}): Promise<MetricRow[]> {
  const context = await readMetricContext(db, options)
  const { rows } = await sql<Record<string, number | string | null>>`SELECT * FROM (${metricInputsQuery(grouping, filter, context)}) inputs ORDER BY key IS NULL, key`.execute(db)
  return rows.map((row) => ({ key: row.key ?? null, inputs: toMetricInputs(row) }))
}

/**
 * SQL for a figure over a row carrying INPUT_COLUMNS under `alias` (e.g. `m`), for ORDER BY.
 * Mirrors the formulas in @shared/domain/metrics, including null when undefined.
 */
export function metricOrderSql(key: MetricKey, alias: string): RawBuilder<unknown> {
  const col = (input: keyof MetricInputs) => `coalesce(${alias}.${INPUT_COLUMNS[input]}, 0)`
  const costPer = (count: keyof MetricInputs) => `CASE WHEN ${col('spendMinor')} > 0 AND ${col(count)} > 0 THEN ${col('spendMinor')} * 1.0 / ${col(count)} END`
  const ratio = (numerator: string, denominator: string) => `CASE WHEN ${denominator} > 0 THEN (${numerator}) * 1.0 / (${denominator}) END`
  const expressions: Record<MetricKey, string> = {
    spendMinor: col('spendMinor'),
    leads: col('leads'),
    qualifiedLeads: col('qualifiedLeads'),
    wonDeals: col('wonDeals'),
    lostDeals: col('lostDeals'),
    revenueMinor: col('revenueMinor'),
    costPerLead: costPer('leads'),
    costPerQualifiedLead: costPer('qualifiedLeads'),
    customerAcquisitionCost: costPer('wonDeals'),
    returnOnInvestment: ratio(`${col('revenueMinor')} - ${col('spendMinor')}`, col('spendMinor')),
    returnOnAdSpend: ratio(col('revenueMinor'), col('spendMinor')),
    clickThroughRate: ratio(col('clicks'), col('impressions')),
    visitToLeadRate: ratio(col('leads'), col('visits')),
    leadToCustomerRate: ratio(col('wonDeals'), col('leads')),
    winRate: ratio(col('wonDeals'), `${col('wonDeals')} + ${col('lostDeals')}`),
    averageDealSize: ratio(col('wonValueMinor'), col('wonDeals')),
    salesCycleDays: ratio(col('cycleDaysTotal'), col('wonDeals')),
  }
  return sql.raw(`(${expressions[key]})`)
}
