import { REPORT_TITLES, type ReportKind, type ReportSettings } from '@shared/contract/reports'
import { addActivityTallies, doneOfPlanned, type ActivityTally } from '@shared/domain/activities'
import { ACTIVITY_KINDS, CHANNEL_LABELS, type Channel } from '@shared/domain/enums'
import { addMetricInputs, computeMetrics, type MetricInputs, type MetricRow } from '@shared/domain/metrics'
import { salesVelocity, stageConversion } from '@shared/domain/pipelineMetrics'
import type { ReportCell, ReportChart, ReportColumn, ReportDocument, ReportTable, RowLink } from '@shared/domain/report'
import type { Db } from '../context'
import { activityCounts, lostDealsBy, objectionsBy } from '../metrics/activity.repo'
import { metricInputs, metricInputsBy } from '../metrics/metrics.repo'
import { openPipelineAt, stageDurations, stageReach } from '../metrics/pipeline.repo'
import { customersReport } from './customersReport'
import { campaignNames } from './dashboard.service'
import { goalReviewTables } from './goalReview'
import { readBranding } from './reports.repo'
import { endInstant, resolveScope, type ReportScope } from './scope'

interface Built {
  subtitle: string
  charts: ReportChart[]
  tables: ReportTable[]
}

const col = (key: string, label: string, kind: ReportColumn['kind']): ReportColumn => ({ key, label, kind })

const PERFORMANCE_COLUMNS: ReportColumn[] = [
  col('spend', 'Spend', 'money'),
  col('leads', 'Leads', 'integer'),
  col('qualified', 'Qualified', 'integer'),
  col('won', 'Won', 'integer'),
  col('revenue', 'Revenue', 'money'),
  col('cpl', 'CPL', 'money'),
  col('cac', 'CAC', 'money'),
  col('roi', 'ROI', 'ratio'),
  col('winRate', 'Win rate', 'ratio'),
]

function performanceCells(inputs: MetricInputs): ReportCell[] {
  const m = computeMetrics(inputs)
  return [m.spendMinor, m.leads, m.qualifiedLeads, m.wonDeals, m.revenueMinor, m.costPerLead, m.customerAcquisitionCost, m.returnOnInvestment, m.winRate]
}

const byRevenue = (a: MetricRow, b: MetricRow) => b.inputs.revenueMinor - a.inputs.revenueMinor || b.inputs.leads - a.inputs.leads

async function campaignsReport(db: Db, scope: ReportScope): Promise<Built> {
  const rows = (await metricInputsBy(db, 'campaign', scope.filter)).sort(byRevenue)
  const names = await campaignNames(db, rows.filter((r) => r.key !== null).map((r) => Number(r.key)))
  const channels = new Map((await db.selectFrom('campaigns').select(['id', 'channel']).execute()).map((c) => [c.id, c.channel as Channel]))
  const label = (row: MetricRow) => (row.key === null ? 'No campaign' : (names.get(Number(row.key)) ?? 'A deleted campaign'))
  const top = rows.filter((row) => row.key !== null).slice(0, 10)
  return {
    subtitle: 'Spend, leads, deals and return for every campaign with activity in the period.',
    charts: [
      {
        id: 'campaign-revenue',
        title: 'Revenue and spend by campaign (top 10)',
        type: 'horizontalBar',
        labels: top.map(label),
        series: [
          { label: 'Revenue', kind: 'money', values: top.map((r) => r.inputs.revenueMinor) },
          { label: 'Spend', kind: 'money', values: top.map((r) => r.inputs.spendMinor) },
        ],
      },
    ],
    tables: [
      {
        id: 'campaigns',
        title: 'Campaign performance',
        columns: [col('campaign', 'Campaign', 'text'), col('channel', 'Channel', 'text'), ...PERFORMANCE_COLUMNS],
        rows: rows.map((row) => [label(row), row.key === null ? '—' : CHANNEL_LABELS[channels.get(Number(row.key)) ?? 'other'], ...performanceCells(row.inputs)]),
        totals: ['Total', '', ...performanceCells(addMetricInputs(...rows.map((r) => r.inputs)))],
        links: rows.map((row): RowLink | null => (row.key === null ? null : { path: '/campaigns', params: { campaign: String(row.key) } })),
        empty: 'No campaign spent, brought a lead or closed a deal in this period.',
      },
    ],
  }
}

async function channelsReport(db: Db, scope: ReportScope): Promise<Built> {
  const rows = (await metricInputsBy(db, 'channel', scope.filter)).sort(byRevenue)
  const label = (row: MetricRow) => (row.key === null ? 'No campaign' : CHANNEL_LABELS[row.key as Channel])
  return {
    subtitle: 'How each marketing channel did: what it cost and what it brought.',
    charts: [
      {
        id: 'channel-leads',
        title: 'Leads and revenue by channel',
        type: 'bar',
        labels: rows.map(label),
        series: [
          { label: 'Revenue', kind: 'money', values: rows.map((r) => r.inputs.revenueMinor) },
          { label: 'Spend', kind: 'money', values: rows.map((r) => r.inputs.spendMinor) },
        ],
      },
    ],
    tables: [
      {
        id: 'channels',
        title: 'Channel comparison',
        columns: [col('channel', 'Channel', 'text'), ...PERFORMANCE_COLUMNS],
        rows: rows.map((row) => [label(row), ...performanceCells(row.inputs)]),
        totals: ['Total', ...performanceCells(addMetricInputs(...rows.map((r) => r.inputs)))],
        links: rows.map((row) => ({ path: '/pipeline', params: { view: 'table', createdFrom: scope.range.from, createdTo: scope.range.to, ...(row.key ? { channel: String(row.key) } : {}) } })),
        empty: 'No channel spent, brought a lead or closed a deal in this period.',
      },
    ],
  }
}

async function funnelReport(db: Db, scope: ReportScope, now: string): Promise<Built> {
  const [reach, durations, totals, pipeline] = await Promise.all([
    stageReach(db, scope.pipelineId, scope.filter),
    stageDurations(db, scope.pipelineId, scope.filter),
    metricInputs(db, scope.filter),
    openPipelineAt(db, scope.filter, endInstant(scope.calendar, scope.range, now)),
  ])
  const days = new Map(durations.map((d) => [d.stageId, d]))
  const stages = reach.filter((stage) => stage.kind !== 'lost')
  const m = computeMetrics(totals)
  const velocity = salesVelocity(pipeline.openDeals, m.averageDealSize, m.winRate, m.salesCycleDays)
  return {
    subtitle: 'How far the period’s new leads got, how long deals wait in each stage, and how fast the pipeline turns into revenue.',
    charts: [
      {
        id: 'funnel',
        title: 'Funnel: leads that reached each stage',
        type: 'horizontalBar',
        labels: stages.map((s) => s.name),
        series: [{ label: 'Leads', kind: 'integer', values: stages.map((s) => s.reached) }],
      },
    ],
    tables: [
      {
        id: 'funnel',
        title: 'Stage by stage',
        columns: [col('stage', 'Stage', 'text'), col('reached', 'Reached', 'integer'), col('share', 'Of new leads', 'ratio'), col('conversion', 'From previous stage', 'ratio'), col('median', 'Median days in stage', 'days'), col('stays', 'Stays measured', 'integer')],
        rows: stages.map((stage, i) => [
          stage.name,
          stage.reached,
          stageConversion(stages[0]?.reached ?? 0, stage.reached),
          i === 0 ? null : stageConversion(stages[i - 1]?.reached ?? 0, stage.reached),
          days.get(stage.stageId)?.medianDays ?? null,
          stage.kind === 'open' ? (days.get(stage.stageId)?.stays ?? 0) : null,
        ]),
        empty: 'This pipeline has no stages.',
      },
      {
        id: 'velocity',
        title: 'Pipeline and velocity',
        columns: [
          col('open', 'Open deals', 'integer'),
          col('value', 'Pipeline value', 'money'),
          col('weighted', 'Weighted forecast', 'money'),
          col('winRate', 'Win rate', 'ratio'),
          col('average', 'Average deal', 'money'),
          col('cycle', 'Sales cycle (days)', 'days'),
          col('velocity', 'Velocity per day', 'money'),
        ],
        rows: [[pipeline.openDeals, pipeline.openValueMinor, pipeline.weightedValueMinor, m.winRate, m.averageDealSize, m.salesCycleDays, velocity]],
        empty: '',
      },
    ],
  }
}

async function activityReport(db: Db, scope: ReportScope, now: string): Promise<Built> {
  const [kinds, owners] = await Promise.all([activityCounts(db, 'kind', scope.filter, now), activityCounts(db, 'owner', scope.filter, now)])
  const order = new Map(ACTIVITY_KINDS.map((kind, i) => [kind as string, i]))
  kinds.sort((a, b) => (order.get(a.key ?? '') ?? 99) - (order.get(b.key ?? '') ?? 99))
  const columns = [
    col('planned', 'Planned (due)', 'integer'),
    col('plannedDone', 'Planned and done', 'integer'),
    col('overdue', 'Overdue', 'integer'),
    col('doneShare', 'Done of planned', 'ratio'),
    col('unplanned', 'Logged unplanned', 'integer'),
  ]
  const cells = (t: ActivityTally): ReportCell[] => [t.planned, t.plannedDone, t.overdue, doneOfPlanned(t), t.unplanned]
  const kindLabel = (kind: string | null) => (kind ? kind[0]!.toUpperCase() + kind.slice(1) : 'Other')
  return {
    subtitle: 'Calls, meetings, emails, demos and tasks: what was due in the period and how much of it got done, and what was logged without a plan.',
    charts: [
      {
        id: 'activity',
        title: 'Planned, done and unplanned by kind',
        type: 'bar',
        labels: kinds.map((k) => kindLabel(k.key)),
        series: [
          { label: 'Planned', kind: 'integer', values: kinds.map((k) => k.planned) },
          { label: 'Planned and done', kind: 'integer', values: kinds.map((k) => k.plannedDone) },
          { label: 'Logged unplanned', kind: 'integer', values: kinds.map((k) => k.unplanned) },
        ],
      },
    ],
    tables: [
      { id: 'by-kind', title: 'By kind', columns: [col('kind', 'Kind', 'text'), ...columns], rows: kinds.map((k) => [kindLabel(k.key), ...cells(k)]), totals: ['Total', ...cells(addActivityTallies(...kinds))], empty: 'No activity was due or logged in this period.' },
      { id: 'by-owner', title: 'By owner', columns: [col('owner', 'Owner', 'text'), ...columns], rows: owners.map((o) => [o.key ?? 'No owner', ...cells(o)]), totals: ['Total', ...cells(addActivityTallies(...owners))], empty: 'No activity was due or logged in this period.' },
    ],
  }
}

async function lostReport(db: Db, scope: ReportScope): Promise<Built> {
  const [byCampaign, byStage, objectionsByCampaign, objectionsByStage] = await Promise.all([
    lostDealsBy(db, 'campaign', scope.filter),
    lostDealsBy(db, 'stage', scope.filter),
    objectionsBy(db, 'campaign', scope.filter),
    objectionsBy(db, 'stage', scope.filter),
  ])
  const reasons = new Map<string, number>()
  for (const row of byCampaign) reasons.set(row.reason ?? 'No reason given', (reasons.get(row.reason ?? 'No reason given') ?? 0) + row.deals)
  const reasonList = [...reasons.entries()].sort((a, b) => b[1] - a[1])
  const lostColumns = (what: string) => [col('reason', 'Lost reason', 'text'), col('group', what, 'text'), col('deals', 'Deals lost', 'integer'), col('value', 'Value lost', 'money')]
  const objectionColumns = (what: string) => [col('group', what, 'text'), col('objections', 'Objections', 'integer'), col('leads', 'Leads', 'integer')]
  return {
    subtitle: 'Why deals were lost and what leads objected to, traced back to the campaign and the stage.',
    charts: [{ id: 'lost-reasons', title: 'Deals lost by reason', type: 'horizontalBar', labels: reasonList.map(([r]) => r), series: [{ label: 'Deals lost', kind: 'integer', values: reasonList.map(([, n]) => n) }] }],
    tables: [
      { id: 'lost-by-campaign', title: 'Lost deals by campaign', columns: lostColumns('Campaign'), rows: byCampaign.map((r) => [r.reason ?? 'No reason given', r.label ?? 'No campaign', r.deals, r.valueMinor]), empty: 'No deal was lost in this period.' },
      { id: 'lost-by-stage', title: 'Lost deals by stage', columns: lostColumns('Lost from stage'), rows: byStage.map((r) => [r.reason ?? 'No reason given', r.label ?? 'Unknown stage', r.deals, r.valueMinor]), empty: 'No deal was lost in this period.' },
      { id: 'objections-by-campaign', title: 'Objections by campaign', columns: objectionColumns('Campaign'), rows: objectionsByCampaign.map((r) => [r.label ?? 'No campaign', r.objections, r.leads]), empty: 'No objection was logged in this period.' },
      { id: 'objections-by-stage', title: 'Objections by stage', columns: objectionColumns('Stage at the time'), rows: objectionsByStage.map((r) => [r.label ?? 'Unknown stage', r.objections, r.leads]), empty: 'No objection was logged in this period.' },
    ],
  }
}

const BUILDERS: Record<ReportKind, (db: Db, scope: ReportScope, now: string) => Promise<Built>> = {
  campaigns: campaignsReport,
  channels: channelsReport,
  funnel: funnelReport,
  activity: activityReport,
  lost: lostReport,
  goals: (db, scope) => goalReviewTables(db, scope),
  customers: customersReport,
}

/** One report as the model every output renders from. */
export async function buildReport(db: Db, settings: ReportSettings, now: string): Promise<ReportDocument> {
  const scope = await resolveScope(db, settings.period, settings.filters, now)
  const branding = await readBranding(db)
  const built = await BUILDERS[settings.kind](db, scope, now)
  return {
    kind: settings.kind,
    title: REPORT_TITLES[settings.kind],
    subtitle: built.subtitle,
    firmName: branding.firmName,
    currency: branding.currency,
    locale: branding.locale,
    period: scope.period,
    filters: scope.filterLines,
    generatedAt: now,
    charts: built.charts,
    tables: built.tables,
  }
}

