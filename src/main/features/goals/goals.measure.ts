import type { Goal, GoalFilters, GoalMetric } from '@shared/domain/goals'
import {
  addMetricInputs,
  averageDealSize,
  costPerLead,
  customerAcquisitionCost,
  EMPTY_METRIC_INPUTS,
  leadToCustomerRate,
  returnOnInvestment,
  salesCycleDays,
  winRate,
  type MetricInputs,
} from '@shared/domain/metrics'
import { previousPeriods, type Period } from '@shared/domain/goalsPeriod'
import { retentionRate } from '@shared/domain/customers'
import { customerInputs } from '../metrics/customers.figures'
import { activitiesLogged, activitiesLoggedBy } from '../metrics/metrics.activities'
import { metricInputs, metricInputsBy, type MetricFilter } from '../metrics/metrics.repo'
import type { Db } from '../context'
import { readingsFor } from './goals.repo'

// The bridge from a goal's metric to the one metrics module: which inputs a goal needs
// and which formula turns them into its figure. No figure is computed here.

export function metricFilterOf(filters: GoalFilters, period: Period): MetricFilter {
  return {
    from: period.start,
    to: period.end,
    ...(filters.campaignId !== undefined && { campaignIds: [filters.campaignId] }),
    ...(filters.channel !== undefined && { channels: [filters.channel] }),
    ...(filters.segmentId !== undefined && { segmentIds: [filters.segmentId] }),
    ...(filters.pipelineId !== undefined && { pipelineIds: [filters.pipelineId] }),
    ...(filters.owner !== undefined && { owners: [filters.owner] }),
  }
}

/** A data metric's figure from the period's inputs (activities are counted apart, see below). */
export function figureOf(metric: Exclude<GoalMetric, 'manual' | 'activities_logged' | CustomerMetric>, i: MetricInputs): number | null {
  switch (metric) {
    case 'won_revenue':
      // The revenue every page shows: attributed under the workspace's model, so a goal on one
      // campaign, channel or segment counts that one's share of each deal, never a deal twice.
      return i.revenueMinor
    case 'deals_won':
      return i.wonDeals
    case 'new_leads':
      return i.leads
    case 'qualified_leads':
      return i.qualifiedLeads
    case 'lead_to_won':
      return leadToCustomerRate(i)
    case 'win_rate':
      return winRate(i)
    case 'avg_deal_size':
      return averageDealSize(i)
    case 'sales_cycle_days':
      return salesCycleDays(i)
    case 'campaign_spend':
      return i.spendMinor
    case 'cpl':
      return costPerLead(i)
    case 'cac':
      return customerAcquisitionCost(i)
    case 'roi':
      return returnOnInvestment(i)
  }
}

/**
 * Inputs already gathered while answering one call, by filter: goals on the same period and
 * filter (revenue, deals won and win rate of one quarter) share one query.
 */
export type InputsMemo = Map<string, Promise<MetricInputs | number>>

/** Goal metrics about customers: measured by the customers module, not from MetricInputs. */
type CustomerMetric = 'new_customers' | 'customer_retention'
const isCustomerMetric = (metric: GoalMetric): metric is CustomerMetric => metric === 'new_customers' || metric === 'customer_retention'

/**
 * A customer metric over [period.start, period.end]. Retention is against the customers of the
 * period before `whole` (the goal's whole period: "keep 70% of last quarter's customers" compares
 * with last quarter even while this one is under way).
 */
async function measureCustomers(db: Db, metric: CustomerMetric, filters: GoalFilters, period: Period, whole: Period): Promise<number | null> {
  const filter = metricFilterOf(filters, period) as MetricFilter & { from: string; to: string }
  const before = previousPeriods(whole.start, whole.end, 1)[0] as Period
  const inputs = await customerInputs(db, filter, { from: before.start, to: before.end })
  return metric === 'new_customers' ? inputs.newCustomers : retentionRate(inputs)
}

/** A data metric over a period and filter (`whole`: the goal's whole period, when `period` is the part of it so far). */
export async function measureMetric(db: Db, metric: Exclude<GoalMetric, 'manual'>, filters: GoalFilters, period: Period, memo: InputsMemo = new Map(), whole: Period = period): Promise<number | null> {
  if (isCustomerMetric(metric)) return measureCustomers(db, metric, filters, period, whole)
  const filter = metricFilterOf(filters, period)
  const activities = metric === 'activities_logged'
  const key = `${activities ? 'activities' : 'inputs'}:${JSON.stringify(filter)}`
  let gathered = memo.get(key)
  if (!gathered) {
    gathered = activities ? activitiesLogged(db, filter) : metricInputs(db, filter)
    memo.set(key, gathered)
  }
  const inputs = await gathered
  return typeof inputs === 'number' ? inputs : figureOf(metric as Exclude<GoalMetric, 'manual' | 'activities_logged' | CustomerMetric>, inputs)
}

/** A goal's figure over [start, asOf]: from the data, or the latest check-in of a manual metric. */
export async function measureGoal(db: Db, goal: Goal, asOf: string, memo: InputsMemo = new Map()): Promise<number | null> {
  if (goal.metric === 'manual') return (await readingsFor(db, goal.id, asOf)).latest ?? goal.baseline
  return measureMetric(db, goal.metric, goal.filters, { start: goal.startsOn, end: asOf }, memo, { start: goal.startsOn, end: goal.endsOn })
}

/**
 * The figure for [start, day] at each of `days` (ascending), from one grouped query: daily
 * inputs are added up to each day and the formula applied to the sum, so a ratio is the
 * ratio over the days so far, never an average of daily ratios.
 */
export async function measureRunning(db: Db, goal: Goal, days: readonly string[]): Promise<Array<number | null>> {
  const last = days.at(-1)
  // Customers are counted once over the days so far, not added up day by day: measured at each day.
  if (goal.metric === 'manual' || isCustomerMetric(goal.metric) || !last) return Promise.all(days.map((day) => measureGoal(db, goal, day)))
  const filter = metricFilterOf(goal.filters, { start: goal.startsOn, end: last })
  if (goal.metric === 'activities_logged') {
    const daily = await activitiesLoggedBy(db, 'day', filter)
    let index = 0
    let total = 0
    return days.map((day) => {
      while (index < daily.length && String(daily[index]?.key) <= day) total += daily[index++]?.count ?? 0
      return total
    })
  }
  const metric = goal.metric
  const daily = await metricInputsBy(db, 'day', filter)
  daily.sort((a, b) => String(a.key).localeCompare(String(b.key)))
  let index = 0
  let running: MetricInputs = { ...EMPTY_METRIC_INPUTS }
  return days.map((day) => {
    while (index < daily.length && String(daily[index]?.key) <= day) running = addMetricInputs(running, (daily[index++] as { inputs: MetricInputs }).inputs)
    return figureOf(metric, running)
  })
}
