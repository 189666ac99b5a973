/**
 * The one definition of every marketing and sales figure Baton shows.
 *
 * How to use it:
 *   1. In main, gather the inputs with `features/metrics` (`metricInputs(db, filter)` for one
 *      total, `metricInputsBy(db, 'campaign' | 'channel' | 'segment' | 'owner' | 'day' | 'week' | 'month', filter)`
 *      for rows). Those functions sum integer minor units in SQL; nothing else writes its own SUM.
 *   2. Anywhere (main or renderer), turn inputs into figures with `computeMetrics(inputs)` or
 *      the single formulas below. A figure whose denominator is missing is `null`, never NaN,
 *      Infinity or a made-up 0.
 *   3. Show a figure with `formatMetric(key, value)` (or `formatMetricValue(kind, value)`): `null` is "—".
 *
 * Totals of several rows: add their inputs with `addMetricInputs`, then compute — never average
 * the rates of the rows.
 */
import type { Channel } from './enums'
import { formatMoney } from './money'

/** Which rows to narrow to. Every list is "any of"; a missing or empty list does not narrow. */
export interface MetricFilter {
  /** First day included, YYYY-MM-DD (UTC). */
  from?: string | null
  /** Last day included, YYYY-MM-DD (UTC). */
  to?: string | null
  channels?: readonly Channel[]
  segmentIds?: readonly number[]
  owners?: readonly string[]
  campaignIds?: readonly number[]
  pipelineIds?: readonly number[]
}

export const METRIC_GROUPINGS = ['campaign', 'channel', 'segment', 'owner', 'day', 'week', 'month'] as const
export type MetricGrouping = (typeof METRIC_GROUPINGS)[number]

/** Grouping key: campaign or segment id, channel, owner, or a time bucket's first day (YYYY-MM-DD); null = none. */
export type MetricKeyValue = string | number | null

export interface MetricRow {
  key: MetricKeyValue
  inputs: MetricInputs
}

export const ATTRIBUTION_MODELS = ['first', 'last', 'linear'] as const
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number]

export const ATTRIBUTION_LABELS: Record<AttributionModel, string> = {
  first: 'First touch',
  last: 'Last touch',
  linear: 'Linear (equal shares)',
}

/** The raw counts and sums a period and filter yield. Money is in integer minor units. */
export interface MetricInputs {
  /** Spend entries dated in the period. */
  spendMinor: number
  /** Leads created in the period (counted for their source campaign, the first touch). */
  leads: number
  /** Of those leads, the ones that reached the pipeline's qualified stage or a later one. */
  qualifiedLeads: number
  /** Leads won in the period (counted for their source campaign). */
  wonDeals: number
  /** Leads lost in the period. */
  lostDeals: number
  /** Full value of the won deals counted in `wonDeals`. */
  wonValueMinor: number
  /** Won revenue in the period, split across campaigns by the attribution model. */
  revenueMinor: number
  /** Whole days from creation to won, summed over `wonDeals`. */
  cycleDaysTotal: number
  /** Metric snapshots dated in the period. */
  impressions: number
  clicks: number
  visits: number
  engagements: number
}

export const EMPTY_METRIC_INPUTS: Readonly<MetricInputs> = Object.freeze({
  spendMinor: 0,
  leads: 0,
  qualifiedLeads: 0,
  wonDeals: 0,
  lostDeals: 0,
  wonValueMinor: 0,
  revenueMinor: 0,
  cycleDaysTotal: 0,
  impressions: 0,
  clicks: 0,
  visits: 0,
  engagements: 0,
})

export function addMetricInputs(...all: ReadonlyArray<Readonly<MetricInputs>>): MetricInputs {
  const sum: MetricInputs = { ...EMPTY_METRIC_INPUTS }
  for (const inputs of all) {
    for (const key of Object.keys(sum) as Array<keyof MetricInputs>) sum[key] += inputs[key]
  }
  return sum
}

const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null)

// Cost figures need both a cost and something it bought: with no spend recorded the cost is
// unknown, not free, so it shows "—" rather than a misleading $0.
const costPer = (spendMinor: number, count: number): number | null => (spendMinor > 0 && count > 0 ? Math.round(spendMinor / count) : null)

/** Cost per lead, in minor units (rounded to the nearest cent). */
export const costPerLead = (i: MetricInputs) => costPer(i.spendMinor, i.leads)
/** Cost per qualified lead, in minor units. */
export const costPerQualifiedLead = (i: MetricInputs) => costPer(i.spendMinor, i.qualifiedLeads)
/** Customer acquisition cost: spend per won deal, in minor units. */
export const customerAcquisitionCost = (i: MetricInputs) => costPer(i.spendMinor, i.wonDeals)
/** Return on investment: (revenue − spend) / spend, as a fraction (0.25 = 25 %). */
export const returnOnInvestment = (i: MetricInputs) => ratio(i.revenueMinor - i.spendMinor, i.spendMinor)
/** Return on ad spend: revenue / spend, as a multiple (3 = 3×). */
export const returnOnAdSpend = (i: MetricInputs) => ratio(i.revenueMinor, i.spendMinor)
/** Click-through rate: clicks / impressions, as a fraction. */
export const clickThroughRate = (i: MetricInputs) => ratio(i.clicks, i.impressions)
/** Visit-to-lead rate: leads / visits, as a fraction. */
export const visitToLeadRate = (i: MetricInputs) => ratio(i.leads, i.visits)
/** Lead-to-customer rate: won deals / leads, as a fraction. */
export const leadToCustomerRate = (i: MetricInputs) => ratio(i.wonDeals, i.leads)
/** Win rate: won / (won + lost) of the deals closed in the period, as a fraction. */
export const winRate = (i: MetricInputs) => ratio(i.wonDeals, i.wonDeals + i.lostDeals)
/** Average value of a won deal, in minor units. */
export const averageDealSize = (i: MetricInputs) => (i.wonDeals > 0 ? Math.round(i.wonValueMinor / i.wonDeals) : null)
/** Average whole days from a lead's creation to its win. */
export const salesCycleDays = (i: MetricInputs) => ratio(i.cycleDaysTotal, i.wonDeals)

export const METRIC_KINDS = {
  spendMinor: 'money',
  leads: 'count',
  qualifiedLeads: 'count',
  wonDeals: 'count',
  lostDeals: 'count',
  revenueMinor: 'money',
  costPerLead: 'money',
  costPerQualifiedLead: 'money',
  customerAcquisitionCost: 'money',
  returnOnInvestment: 'percent',
  returnOnAdSpend: 'multiple',
  clickThroughRate: 'percent',
  visitToLeadRate: 'percent',
  leadToCustomerRate: 'percent',
  winRate: 'percent',
  averageDealSize: 'money',
  salesCycleDays: 'days',
} as const

export type MetricKey = keyof typeof METRIC_KINDS
export type MetricKind = (typeof METRIC_KINDS)[MetricKey]
export type Metrics = Record<MetricKey, number | null>

export const METRIC_LABELS: Record<MetricKey, string> = {
  spendMinor: 'Spend',
  leads: 'Leads',
  qualifiedLeads: 'Qualified leads',
  wonDeals: 'Won deals',
  lostDeals: 'Lost deals',
  revenueMinor: 'Revenue',
  costPerLead: 'Cost per lead (CPL)',
  costPerQualifiedLead: 'Cost per qualified lead',
  customerAcquisitionCost: 'Customer acquisition cost (CAC)',
  returnOnInvestment: 'Return on investment (ROI)',
  returnOnAdSpend: 'Return on ad spend (ROAS)',
  clickThroughRate: 'Click-through rate',
  visitToLeadRate: 'Visit-to-lead rate',
  leadToCustomerRate: 'Lead-to-customer rate',
  winRate: 'Win rate',
  averageDealSize: 'Average deal size',
  salesCycleDays: 'Sales cycle (days)',
}

/** Every figure for one set of inputs. Counts and sums are copied; rates are null when undefined. */
export function computeMetrics(i: MetricInputs): Metrics {
  return {
    spendMinor: i.spendMinor,
    leads: i.leads,
    qualifiedLeads: i.qualifiedLeads,
    wonDeals: i.wonDeals,
    lostDeals: i.lostDeals,
    revenueMinor: i.revenueMinor,
    costPerLead: costPerLead(i),
    costPerQualifiedLead: costPerQualifiedLead(i),
    customerAcquisitionCost: customerAcquisitionCost(i),
    returnOnInvestment: returnOnInvestment(i),
    returnOnAdSpend: returnOnAdSpend(i),
    clickThroughRate: clickThroughRate(i),
    visitToLeadRate: visitToLeadRate(i),
    leadToCustomerRate: leadToCustomerRate(i),
    winRate: winRate(i),
    averageDealSize: averageDealSize(i),
    salesCycleDays: salesCycleDays(i),
  }
}

export const UNDEFINED_FIGURE = '—'

export interface MetricFormat {
  currency?: string
  locale?: string
}

/** Shows a figure of any kind; null (undefined) is "—". */
export function formatMetricValue(kind: MetricKind, value: number | null, format: MetricFormat = {}): string {
  if (value === null || !Number.isFinite(value)) return UNDEFINED_FIGURE
  const locale = format.locale ?? 'en-US'
  switch (kind) {
    case 'money':
      return formatMoney(Math.round(value), format.currency ?? 'USD', locale)
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: Math.abs(value) < 0.1 ? 1 : 0 }).format(value)
    case 'multiple':
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}×`
    case 'days':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)
  }
}

/** Shows one named figure the way every page, report and export shows it. */
export function formatMetric(key: MetricKey, value: number | null, format: MetricFormat = {}): string {
  return formatMetricValue(METRIC_KINDS[key], value, format)
}

/**
 * Splits a won deal's value across its touches in whole minor units that add up exactly.
 * `touches` are campaign ids (or null for none) in time order; the result has one share per touch.
 * Linear gives equal shares; the units left over go one each to the earliest touches
 * (largest remainder: every remainder is equal, so time order breaks the tie).
 * The SQL in features/metrics applies the same rule; this is its reference and its test oracle
 * (attributeDeal below adds which touches count).
 */
export function attributeValue(valueMinor: number, touchCount: number, model: AttributionModel): number[] {
  if (touchCount <= 0) return []
  const shares = new Array<number>(touchCount).fill(0)
  if (model === 'first') shares[0] = valueMinor
  else if (model === 'last') shares[touchCount - 1] = valueMinor
  else {
    const base = Math.floor(valueMinor / touchCount)
    const left = valueMinor - base * touchCount
    for (let index = 0; index < touchCount; index++) shares[index] = base + (index < left ? 1 : 0)
  }
  return shares
}

/** A touch as attribution reads it: the campaign that touched the lead, and when (ISO instant); `id` breaks ties of time. */
export interface CreditTouch {
  id: number
  campaignId: number
  at: string
}

/**
 * The touches that earn a share of a deal closed at `closedAt`: those up to the close (a touch logged
 * after a deal was won or lost takes no share under any model), in time order, id breaking ties.
 */
export function creditedTouches<T extends CreditTouch>(touches: readonly T[], closedAt: string): T[] {
  return touches.filter((t) => t.at <= closedAt).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id))
}

/**
 * A won deal's value per campaign, as the metrics SQL splits it: over the touches up to the close by
 * the model; with no such touch the whole value stays with the source campaign (null = no campaign).
 * Shares of one campaign that touched the deal twice are added together.
 */
export function attributeDeal(
  deal: { valueMinor: number; closedAt: string; sourceCampaignId: number | null },
  touches: readonly CreditTouch[],
  model: AttributionModel,
): Map<number | null, number> {
  const credited = creditedTouches(touches, deal.closedAt)
  const byCampaign = new Map<number | null, number>()
  if (credited.length === 0) return byCampaign.set(deal.sourceCampaignId, deal.valueMinor)
  const shares = attributeValue(deal.valueMinor, credited.length, model)
  credited.forEach((touch, index) => {
    const share = shares[index] ?? 0
    if (share !== 0) byCampaign.set(touch.campaignId, (byCampaign.get(touch.campaignId) ?? 0) + share)
  })
  return byCampaign
}
