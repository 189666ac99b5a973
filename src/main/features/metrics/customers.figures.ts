/**
 * The SQL that gathers the customer and retention figures' inputs; the definitions and formulas
 * are in @shared/domain/customers (read its header for what each figure counts and how filters
 * narrow them). Nothing else counts customers.
 *
 *   await customerInputs(db, { from: '2026-04-01', to: '2026-06-30' }, { from: '2026-01-01', to: '2026-03-31' })
 *       → CustomerInputs for the quarter, retention against the one before   → retentionRate(inputs)
 *   await customerActivity(db, filter, 'month', starts) → one row per customer and month they bought in
 *       → customerInputsByBucket(rows, starts) / cohortTable(rows, starts)
 *   await customerRanking(db, filter, 10) → { base, top }: customers, deals and revenue to the filter's end
 *       (→ customerLifetimeValue(base)) and the ten who bought most (customerBase / topCustomers: one or the other)
 *   await periodCustomers(db, filter, previous, 25) → the customers who bought most in the period, new ones flagged
 *
 * A won deal is one closed in its pipeline's Won stage (as everywhere); its customer is its
 * organisation, else its person (leads.parties.ts). Instants compare with the instants the firm's
 * days start at (db/calendar.ts), so a period is the firm's calendar days in its time zone.
 */
import { sql, type RawBuilder } from 'kysely'
import { EMPTY_CUSTOMER_INPUTS, type CustomerActivity, type CustomerBase, type CustomerInputs, type CustomerKind, type CustomerSummary } from '@shared/domain/customers'
import type { MetricFilter } from '@shared/domain/metrics'
import type { DayRange } from '@shared/domain/reportPeriod'
import { readFirmCalendar, type CalendarUnit, type FirmCalendar } from '../../db/calendar'
import type { Db } from '../context'
import { leadCustomerIdSql, leadCustomerKindSql } from '../leads/leads.parties'
import { whereSql, type Source } from './metrics.repo'

const WON_DEAL: Source = { lead: 'l', campaignId: 'l.source_campaign_id', date: 'l.closed_at', dateIsDay: false }

/** Won deals the filter admits (its period included), one row each with its customer: `kind`, `cid`, `closed_at`, `value_minor`. */
function wonDealsSql(filter: MetricFilter, calendar: FirmCalendar, extra: RawBuilder<unknown> = sql``): RawBuilder<unknown> {
  // The campaign is joined only to read its channel: without it, leads_customers_by_close covers the read.
  const campaigns = filter.channels?.length ? sql`LEFT JOIN campaigns c ON c.id = l.source_campaign_id` : sql``
  return sql`SELECT ${sql.raw(leadCustomerKindSql('l'))} AS kind, ${sql.raw(leadCustomerIdSql('l'))} AS cid, l.closed_at, l.value_minor ${extra}
    FROM leads l JOIN stages cs ON cs.id = l.stage_id ${campaigns}
    WHERE l.closed_at IS NOT NULL AND cs.kind = 'won' AND ${whereSql(filter, WON_DEAL, calendar)}`
}

/**
 * The first win ever of the customer in the row aliased `row` (columns `kind`, `cid`), over every
 * deal they have whatever the filter: an index lookup on leads_by_organization / leads_by_person.
 */
const firstWinSql = (row: string) => `CASE WHEN ${row}.kind = 'organization'
    THEN (SELECT min(f.closed_at) FROM leads f JOIN stages fs ON fs.id = f.stage_id WHERE f.organization_id = ${row}.cid AND f.closed_at IS NOT NULL AND fs.kind = 'won')
    ELSE (SELECT min(f.closed_at) FROM leads f JOIN stages fs ON fs.id = f.stage_id WHERE f.person_id = ${row}.cid AND f.organization_id IS NULL AND f.closed_at IS NOT NULL AND fs.kind = 'won') END`

const customerNameSql = (row: string) =>
  `CASE WHEN ${row}.kind = 'organization' THEN (SELECT name FROM organizations WHERE id = ${row}.cid) ELSE (SELECT name FROM people WHERE id = ${row}.cid) END`

type Period = MetricFilter & { from: string; to: string }

/** Per customer who bought in `filter`'s period or in `previous`: whether in each, what in this one, and their first win. */
function periodCustomersSql(filter: Period, previous: DayRange, calendar: FirmCalendar): RawBuilder<unknown> {
  const now = calendar.instants(filter)
  const before = calendar.instants(previous)
  const window: MetricFilter = { ...filter, from: previous.from < filter.from ? previous.from : filter.from }
  const inNow = sql`CASE WHEN l.closed_at >= ${now.from} AND l.closed_at < ${now.until} THEN 1 ELSE 0 END`
  const inBefore = sql`CASE WHEN l.closed_at >= ${before.from} AND l.closed_at < ${before.until} THEN 1 ELSE 0 END`
  return sql`
    WITH wins AS (${wonDealsSql(window, calendar, sql`, ${inNow} AS now_flag, ${inBefore} AS before_flag`)}),
    per AS (
      SELECT kind, cid, max(now_flag) AS bought_now, max(before_flag) AS bought_before,
        sum(now_flag) AS deals, sum(CASE WHEN now_flag = 1 THEN value_minor ELSE 0 END) AS revenue
      FROM wins GROUP BY kind, cid
    )
    SELECT per.*, ${sql.raw(firstWinSql("per"))} AS first_at, CAST(${now.from} AS text) AS now_from FROM per`
}

/** The period's customers, new and returning, their revenue, and retention against `previous` (the period before, as long). */
export async function customerInputs(db: Db, filter: Period, previous: DayRange): Promise<CustomerInputs> {
  const calendar = await readFirmCalendar(db)
  // Materialised, so each customer's first win is looked up once, not once per column that reads it.
  const { rows } = await sql<Record<keyof CustomerInputs, number | string | null>>`
    WITH period_customers AS MATERIALIZED (${periodCustomersSql(filter, previous, calendar)})
    SELECT
      sum(bought_now) AS "customers",
      sum(CASE WHEN bought_now = 1 AND first_at >= now_from THEN 1 ELSE 0 END) AS "newCustomers",
      sum(CASE WHEN bought_now = 1 AND first_at < now_from THEN 1 ELSE 0 END) AS "returningCustomers",
      sum(deals) AS "wonDeals",
      sum(revenue) AS "revenueMinor",
      sum(CASE WHEN first_at < now_from THEN revenue ELSE 0 END) AS "repeatRevenueMinor",
      sum(bought_before) AS "previousCustomers",
      sum(CASE WHEN bought_before = 1 AND bought_now = 1 THEN 1 ELSE 0 END) AS "retainedCustomers"
    FROM period_customers x`.execute(db)
  const row = rows[0]
  const inputs: CustomerInputs = { ...EMPTY_CUSTOMER_INPUTS }
  for (const key of Object.keys(inputs) as Array<keyof CustomerInputs>) inputs[key] = Number(row?.[key] ?? 0)
  return inputs
}

/** A customer who bought in the period: what, and whether it was their first time. */
export interface PeriodCustomer {
  kind: CustomerKind
  id: number
  name: string
  isNew: boolean
  wonDeals: number
  revenueMinor: number
  /** Whether they also bought in the period before (so they count as retained). */
  boughtBefore: boolean
}

/** The customers behind customerInputs' `customers`, most revenue first: the first `limit` of them. */
export async function periodCustomers(db: Db, filter: Period, previous: DayRange, limit: number): Promise<PeriodCustomer[]> {
  const calendar = await readFirmCalendar(db)
  const { rows } = await sql<{ kind: CustomerKind; cid: number; name: string | null; deals: number; revenue: number; first_at: string; now_from: string; bought_before: number }>`
    SELECT x.*, ${sql.raw(customerNameSql('x'))} AS name FROM (${periodCustomersSql(filter, previous, calendar)}) x
    WHERE x.bought_now = 1 ORDER BY x.revenue DESC, name, x.kind, x.cid LIMIT ${limit}`.execute(db)
  return rows.map((row) => ({
    kind: row.kind,
    id: Number(row.cid),
    name: row.name ?? 'A deleted contact',
    isNew: row.first_at >= row.now_from,
    wonDeals: Number(row.deals),
    revenueMinor: Number(row.revenue),
    boughtBefore: Number(row.bought_before) === 1,
  }))
}

/**
 * One row per customer and bucket (a firm day, week or month) they won a deal in, over the
 * consecutive buckets `starts` (ascending; the last runs to `filter.to`), with the bucket of their
 * first win ever when it falls inside them.
 */
export async function customerActivity(db: Db, filter: Period, unit: CalendarUnit, starts: readonly string[]): Promise<CustomerActivity[]> {
  const calendar = await readFirmCalendar(db)
  const window: Period = { ...filter, from: starts[0] ?? filter.from }
  const windowStart = calendar.instants(window).from as string
  const { rows } = await sql<{ bucket: string; kind: CustomerKind; cid: number; deals: number; revenue: number; first_bucket: string | null }>`
    WITH wins AS (${wonDealsSql(window, calendar, sql`, ${calendar.bucketSql(unit, 'l.closed_at', 'instant', window)} AS bucket`)}),
    per AS (SELECT bucket, kind, cid, count(*) AS deals, sum(value_minor) AS revenue FROM wins GROUP BY bucket, kind, cid),
    customers AS (SELECT DISTINCT kind, cid FROM per),
    firsts AS (SELECT customers.*, ${sql.raw(firstWinSql('customers'))} AS first_at FROM customers)
    SELECT per.*, CASE WHEN firsts.first_at >= ${windowStart} THEN ${calendar.bucketSql(unit, 'firsts.first_at', 'instant', window)} END AS first_bucket
    FROM per JOIN firsts ON firsts.kind = per.kind AND firsts.cid = per.cid
    ORDER BY per.bucket, per.kind, per.cid`.execute(db)
  return rows.map((row) => ({
    bucket: String(row.bucket).slice(0, 10),
    kind: row.kind,
    id: Number(row.cid),
    deals: Number(row.deals),
    revenueMinor: Number(row.revenue),
    firstBucket: row.first_bucket === null ? null : String(row.first_bucket).slice(0, 10),
  }))
}

/**
 * The customers with the most won revenue to the end of the filter's period (from its start, or
 * all time without one), largest first, and what every customer adds up to (the base lifetime
 * value is worked out on): one grouped read, the totals taken over all groups before the limit.
 */
export async function customerRanking(db: Db, filter: MetricFilter, limit: number): Promise<{ base: CustomerBase; top: CustomerSummary[] }> {
  const calendar = await readFirmCalendar(db)
  const { rows } = await sql<{ kind: CustomerKind; cid: number; name: string | null; deals: number; revenue: number; first_at: string; last_at: string; all_customers: number; all_deals: number; all_revenue: number }>`
    SELECT r.*, ${sql.raw(customerNameSql('r'))} AS name FROM (
      SELECT x.*, count(*) OVER () AS all_customers, sum(x.deals) OVER () AS all_deals, sum(x.revenue) OVER () AS all_revenue FROM (
        SELECT w.kind, w.cid, count(*) AS deals, sum(w.value_minor) AS revenue, min(w.closed_at) AS first_at, max(w.closed_at) AS last_at
        FROM (${wonDealsSql(filter, calendar)}) w GROUP BY w.kind, w.cid
      ) x ORDER BY x.revenue DESC, x.deals DESC, x.kind, x.cid LIMIT ${Math.max(1, limit)}
    ) r ORDER BY r.revenue DESC, r.deals DESC, r.kind, r.cid`.execute(db)
  const first = rows[0]
  const base: CustomerBase = { customers: Number(first?.all_customers ?? 0), wonDeals: Number(first?.all_deals ?? 0), revenueMinor: Number(first?.all_revenue ?? 0) }
  const top = rows.slice(0, limit).map((row) => ({
    kind: row.kind,
    id: Number(row.cid),
    name: row.name ?? 'A deleted contact',
    wonDeals: Number(row.deals),
    lifetimeRevenueMinor: Number(row.revenue),
    firstPurchaseOn: calendar.dayOf(row.first_at),
    lastPurchaseOn: calendar.dayOf(row.last_at),
  }))
  return { base, top }
}

/** Customers, won deals and won revenue to the end of the filter's period. */
export async function customerBase(db: Db, filter: MetricFilter): Promise<CustomerBase> {
  return (await customerRanking(db, filter, 0)).base
}

/** The customers with the most won revenue to the end of the filter's period, largest first. */
export async function topCustomers(db: Db, filter: MetricFilter, limit: number): Promise<CustomerSummary[]> {
  return (await customerRanking(db, filter, limit)).top
}
