import type { DashboardData, KpiTile, PeriodChoice, ReportFilters } from '@shared/contract/reports'
import { CHANNEL_SHORT_LABELS, type Channel } from '@shared/domain/enums'
import { addMetricInputs, computeMetrics, EMPTY_METRIC_INPUTS, type MetricInputs } from '@shared/domain/metrics'
import { stageConversion, type PipelineInputs } from '@shared/domain/pipelineMetrics'
import type { RowLink } from '@shared/domain/report'
import { bucketFor, bucketLabel, bucketStarts, addDays, type DayRange } from '@shared/domain/reportPeriod'
import type { CustomerInputs } from '@shared/domain/customers'
import type { Db } from '../context'
import { customerTiles } from './customerTiles'
import { metricInputs, metricInputsBy } from '../metrics/metrics.repo'
import { openPipelineSeries, stageReach } from '../metrics/pipeline.repo'
import { goalsGlance } from './goalsGlance'
import { endInstant, resolveScope, type ReportScope } from './scope'
import type { TileSpec } from './tileSpec'

const leadsLink = (scope: ReportScope, extra: Record<string, string> = {}): RowLink => ({
  path: '/pipeline',
  params: { view: 'table', createdFrom: scope.range.from, createdTo: scope.range.to, ...filterParams(scope), ...extra },
})
const closedLink = (scope: ReportScope): RowLink => ({ path: '/pipeline', params: { view: 'table', closeFrom: scope.range.from, closeTo: scope.range.to, snoozed: '1', ...filterParams(scope) } })
const campaignsLink = (): RowLink => ({ path: '/campaigns' })

function filterParams(scope: ReportScope): Record<string, string> {
  const params: Record<string, string> = {}
  const f = scope.filter
  if (f.channels?.[0]) params['channel'] = f.channels[0]
  if (f.campaignIds?.[0]) params['campaign'] = String(f.campaignIds[0])
  if (f.segmentIds?.[0]) params['segment'] = String(f.segmentIds[0])
  if (f.owners?.[0]) params['owner'] = f.owners[0]
  if (f.pipelineIds?.[0]) params['pipeline'] = String(f.pipelineIds[0])
  return params
}

export const TILES: readonly TileSpec[] = [
  { key: 'newLeads', label: 'New leads', kind: 'integer', hint: 'Leads created in the period.', value: (m) => m.leads, link: (s) => leadsLink(s) },
  { key: 'qualifiedLeads', label: 'Qualified', kind: 'integer', hint: 'New leads that reached the qualified stage.', value: (m) => m.qualifiedLeads, link: (s) => leadsLink(s) },
  { key: 'wonDeals', label: 'Won deals', kind: 'integer', hint: 'Deals won in the period.', value: (m) => m.wonDeals, link: closedLink },
  { key: 'wonRevenue', label: 'Won revenue', kind: 'money', hint: 'Value of the deals won in the period.', value: (m) => m.revenueMinor, link: closedLink },
  { key: 'pipelineValue', label: 'Pipeline value', kind: 'money', hint: 'Open deals at the end of the period.', value: (_m, p) => p.openValueMinor, link: (s) => ({ path: '/pipeline', params: filterParams(s) }) },
  { key: 'weightedForecast', label: 'Weighted forecast', kind: 'money', hint: 'Open deals times their win probability.', value: (_m, p) => p.weightedValueMinor, link: (s) => ({ path: '/pipeline', params: filterParams(s) }) },
  { key: 'winRate', label: 'Win rate', kind: 'ratio', hint: 'Won of the deals closed in the period.', value: (m) => m.winRate, link: closedLink },
  { key: 'averageDealSize', label: 'Average deal', kind: 'money', hint: 'Average value of a won deal.', value: (m) => m.averageDealSize, link: closedLink },
  { key: 'salesCycleDays', label: 'Sales cycle (days)', kind: 'days', lowerIsBetter: true, hint: 'Average days from new lead to won.', value: (m) => m.salesCycleDays, link: closedLink },
  { key: 'spend', label: 'Marketing spend', kind: 'money', neutral: true, hint: 'Campaign spend dated in the period.', value: (m) => m.spendMinor, link: campaignsLink },
  { key: 'costPerLead', label: 'Cost per lead', kind: 'money', lowerIsBetter: true, hint: 'Spend divided by new leads.', value: (m) => m.costPerLead, link: campaignsLink },
  { key: 'customerAcquisitionCost', label: 'CAC', kind: 'money', lowerIsBetter: true, hint: 'Spend divided by won deals.', value: (m) => m.customerAcquisitionCost, link: campaignsLink },
  { key: 'returnOnInvestment', label: 'ROI', kind: 'ratio', hint: '(Revenue − spend) ÷ spend.', value: (m) => m.returnOnInvestment, link: campaignsLink },
]

const bucketEnd = (starts: string[], index: number, range: DayRange) => (index + 1 < starts.length ? addDays(starts[index + 1] as string, -1) : range.to)

/** Every tile and chart of the dashboard for a period and filters, from the one metrics module. */
export async function buildDashboard(db: Db, choice: PeriodChoice, filters: ReportFilters, now: string): Promise<DashboardData> {
  const scope = await resolveScope(db, choice, filters, now)
  const bucket = bucketFor(scope.range)
  const starts = bucketStarts(scope.range, bucket, scope.weekStart)
  // Channel rows add up to the period's total (revenue shares included), so the total is not read twice.
  const channels = await metricInputsBy(db, 'channel', scope.filter)
  const current = addMetricInputs(...channels.map((row) => row.inputs))
  const previous = await metricInputs(db, scope.previousFilter)
  const series = await metricInputsBy(db, bucket, scope.filter)
  const campaigns = await metricInputsBy(db, 'campaign', scope.filter)
  const reach = await stageReach(db, scope.pipelineId, scope.filter)
  const nowEnd = endInstant(scope.calendar, scope.range, now)
  const bucketEnds = starts.map((_, index) => endInstant(scope.calendar, { from: scope.range.from, to: bucketEnd(starts, index, scope.range) }, now))
  const [pipelineNow, pipelineBefore, ...pipelineSeries] = (await openPipelineSeries(db, scope.filter, [nowEnd, endInstant(scope.calendar, previousRange(scope), now), ...bucketEnds])) as [
    PipelineInputs,
    PipelineInputs,
    ...PipelineInputs[],
  ]
  const byBucket = new Map(series.map((row) => [String(row.key), row.inputs]))
  // Buckets that have not begun yet have no figures (null), rather than a fall to zero.
  const today = scope.today
  const future = starts.map((start) => start > today)
  const blank = (values: Array<number | null>) => values.map((value, i) => (future[i] ? null : value))
  const bucketMetrics = starts.map((start) => computeMetrics(byBucket.get(start) ?? EMPTY_METRIC_INPUTS))
  const nowMetrics = computeMetrics(current)
  const beforeMetrics = computeMetrics(previous)

  const customers = await customerTiles(db, scope, bucket, starts)
  const tiles: KpiTile[] = [...TILES, ...customers.specs].map((spec) => ({
    key: spec.key,
    label: spec.label,
    kind: spec.kind,
    value: spec.value(nowMetrics, pipelineNow, customers.now),
    previous: spec.value(beforeMetrics, pipelineBefore, customers.before),
    lowerIsBetter: spec.lowerIsBetter ?? false,
    neutral: spec.neutral ?? false,
    spark: blank(bucketMetrics.map((m, i) => spec.value(m, pipelineSeries[i] as PipelineInputs, customers.byBucket[i] as CustomerInputs))),
    link: spec.link?.(scope) ?? null,
    hint: spec.hint,
  }))

  const openStages = reach.filter((stage) => stage.kind !== 'lost')
  const topCampaigns = campaigns
    .filter((row) => row.key !== null)
    .sort((a, b) => b.inputs.revenueMinor - a.inputs.revenueMinor || b.inputs.leads - a.inputs.leads)
    .slice(0, 8)
  const names = await campaignNames(db, topCampaigns.map((row) => Number(row.key)))
  const info = await db.selectFrom('settings').select(['currency', 'locale']).where('id', '=', 1).executeTakeFirst()
  const counts = await db
    .selectNoFrom((eb) => [eb.selectFrom('leads').select(eb.fn.countAll<number>().as('n')).as('leads'), eb.selectFrom('campaigns').select(eb.fn.countAll<number>().as('n')).as('campaigns')])
    .executeTakeFirstOrThrow()

  return {
    period: scope.period,
    previous: scope.previous,
    currency: info?.currency ?? 'USD',
    locale: info?.locale ?? 'en-US',
    hasData: Number(counts.leads ?? 0) + Number(counts.campaigns ?? 0) > 0,
    tiles,
    funnel: {
      id: 'funnel',
      title: 'Funnel by stage',
      type: 'horizontalBar',
      labels: openStages.map((stage) => stage.name),
      series: [{ label: 'Leads that reached the stage', kind: 'integer', values: openStages.map((stage) => stage.reached) }],
      conversions: openStages.map((stage, i) => (i === 0 ? null : stageConversion(openStages[i - 1]?.reached ?? 0, stage.reached))),
      links: openStages.map(() => leadsLink(scope)),
    },
    overTime: {
      id: 'over-time',
      title: 'Revenue and leads over time',
      type: 'bar',
      labels: starts.map((start) => bucketLabel(start, bucket)),
      series: [
        { label: 'Won revenue', kind: 'money', values: blank(bucketMetrics.map((m) => m.revenueMinor)) },
        { label: 'New leads', kind: 'integer', values: blank(bucketMetrics.map((m) => m.leads)) },
      ],
      links: starts.map((start, i) => ({ path: '/pipeline', params: { view: 'table', createdFrom: start, createdTo: bucketEnd(starts, i, scope.range), ...filterParams(scope) } })),
    },
    byChannel: {
      id: 'by-channel',
      title: 'Leads and revenue by channel',
      type: 'horizontalBar',
      labels: channels.map((row) => (row.key ? CHANNEL_SHORT_LABELS[row.key as Channel] : 'No campaign')),
      series: seriesOf(channels.map((row) => row.inputs)),
      links: channels.map((row) => leadsLink(scope, row.key ? { channel: String(row.key) } : {})),
    },
    byCampaign: {
      id: 'by-campaign',
      title: 'Top campaigns by revenue',
      type: 'horizontalBar',
      labels: topCampaigns.map((row) => names.get(Number(row.key)) ?? 'A deleted campaign'),
      series: seriesOf(topCampaigns.map((row) => row.inputs)),
      links: topCampaigns.map((row) => ({ path: '/campaigns', params: { campaign: String(row.key) } })),
    },
    goals: await goalsGlance(db, today),
  }
}

function previousRange(scope: ReportScope): DayRange {
  return { from: scope.previous.from, to: scope.previous.to }
}

function seriesOf(inputs: MetricInputs[]) {
  return [
    { label: 'Won revenue', kind: 'money' as const, values: inputs.map((i) => i.revenueMinor) },
    { label: 'New leads', kind: 'integer' as const, values: inputs.map((i) => i.leads) },
  ]
}

export async function campaignNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db.selectFrom('campaigns').select(['id', 'name']).where('id', 'in', ids).execute()
  return new Map(rows.map((row) => [row.id, row.name]))
}
