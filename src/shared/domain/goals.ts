import { formatMetricValue } from './metrics'
import type { Channel, GoalTeam } from './enums'

// The goal metric catalogue. Every figure here is computed by the one metrics module
// (src/shared/domain/metrics.ts + main's features/metrics); goals only say how a figure
// moves over a period and which way is better.

export const GOAL_METRICS = [
  'won_revenue',
  'deals_won',
  'new_leads',
  'qualified_leads',
  'lead_to_won',
  'win_rate',
  'avg_deal_size',
  'sales_cycle_days',
  'campaign_spend',
  'cpl',
  'cac',
  'roi',
  'new_customers',
  'customer_retention',
  'activities_logged',
  'manual',
] as const
export type GoalMetric = (typeof GOAL_METRICS)[number]

/**
 * cumulative: adds up over the period from zero (revenue, counts, spend) — the pace is a straight line to the target.
 * ratio: a quotient over the whole period so far (win rate, CPL) — never a sum or an average of daily ratios.
 * level: a reading at a date (manual check-ins such as subscribers) — moves from its baseline to the target.
 */
export type MetricShape = 'cumulative' | 'ratio' | 'level'
export type MetricUnit = 'money' | 'count' | 'percent' | 'days' | 'number'
export type Better = 'higher' | 'lower'

export interface GoalMetricInfo {
  label: string
  unit: MetricUnit
  shape: MetricShape
  better: Better
  /** The team a goal on this metric usually belongs to; the editor suggests it. */
  team: GoalTeam
  /** One line for the editor: what exactly is counted. */
  explains: string
}

export const GOAL_METRIC_INFO: Record<GoalMetric, GoalMetricInfo> = {
  won_revenue: { label: 'Won revenue', unit: 'money', shape: 'cumulative', better: 'higher', team: 'sales', explains: 'The value of deals closed as won in the period; narrowed to a campaign, channel or segment, the share of each deal it earned under the attribution model.' },
  deals_won: { label: 'Deals won', unit: 'count', shape: 'cumulative', better: 'higher', team: 'sales', explains: 'Leads closed as won in the period.' },
  new_leads: { label: 'New leads', unit: 'count', shape: 'cumulative', better: 'higher', team: 'marketing', explains: 'Leads created in the period.' },
  qualified_leads: { label: 'Qualified leads', unit: 'count', shape: 'cumulative', better: 'higher', team: 'marketing', explains: 'Leads created in the period that reached the qualified stage or later.' },
  lead_to_won: { label: 'Lead → won conversion', unit: 'percent', shape: 'ratio', better: 'higher', team: 'shared', explains: 'Of the leads created in the period, the share won.' },
  win_rate: { label: 'Win rate', unit: 'percent', shape: 'ratio', better: 'higher', team: 'sales', explains: 'Of the deals closed in the period, the share won.' },
  avg_deal_size: { label: 'Average deal size', unit: 'money', shape: 'ratio', better: 'higher', team: 'sales', explains: 'Won revenue divided by deals won in the period.' },
  sales_cycle_days: { label: 'Sales cycle (days)', unit: 'days', shape: 'ratio', better: 'lower', team: 'sales', explains: 'Average days from a lead’s creation to its win, for deals won in the period.' },
  campaign_spend: { label: 'Campaign spend', unit: 'money', shape: 'cumulative', better: 'higher', team: 'marketing', explains: 'Money recorded as spent on campaigns in the period (the plan to invest).' },
  cpl: { label: 'Cost per lead (CPL)', unit: 'money', shape: 'ratio', better: 'lower', team: 'marketing', explains: 'Spend in the period divided by the leads created in it.' },
  cac: { label: 'Customer acquisition cost (CAC)', unit: 'money', shape: 'ratio', better: 'lower', team: 'shared', explains: 'Spend in the period divided by the deals won in it.' },
  roi: { label: 'Return on investment (ROI)', unit: 'percent', shape: 'ratio', better: 'higher', team: 'shared', explains: '(Won revenue − spend) ÷ spend, over the period.' },
  new_customers: { label: 'New customers', unit: 'count', shape: 'cumulative', better: 'higher', team: 'sales', explains: 'Customers whose first won deal closed in the period: an organisation counts once however many of its people bought, a person without one counts on their own.' },
  // Retained customers only add up over the period (those of the period before are a fixed list), so it is paced like a sum.
  customer_retention: { label: 'Customer retention', unit: 'percent', shape: 'cumulative', better: 'higher', team: 'sales', explains: 'Of the customers who bought in the period before (as long as this one, e.g. last quarter), the share who have bought again in this one.' },
  activities_logged: { label: 'Activities logged', unit: 'count', shape: 'cumulative', better: 'higher', team: 'sales', explains: 'Calls, meetings, emails, demos, notes and tasks logged in the period.' },
  manual: { label: 'Something I track myself', unit: 'number', shape: 'level', better: 'higher', team: 'marketing', explains: 'A figure Baton cannot see (newsletter subscribers, website visits): you add dated check-ins.' },
}

export const GOAL_TEAM_LABELS: Record<GoalTeam, string> = { marketing: 'Marketing', sales: 'Sales', shared: 'Shared' }

export const GOAL_PROGRESS_STATUSES = ['on_track', 'at_risk', 'off_track', 'achieved', 'missed'] as const
export type GoalProgressStatus = (typeof GOAL_PROGRESS_STATUSES)[number]
export const GOAL_STATUS_LABELS: Record<GoalProgressStatus, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  achieved: 'Achieved',
  missed: 'Missed',
}

/** Narrows what a data metric counts. Stored as JSON in goals.filters. */
export interface GoalFilters {
  campaignId?: number
  channel?: Channel
  segmentId?: number
  pipelineId?: number
  owner?: string
}

export const isLowerBetter = (metric: GoalMetric) => GOAL_METRIC_INFO[metric].better === 'lower'

/** A goal's figure as a person reads it. Money is in minor units, percents are fractions (0.25 = 25%); counts keep one decimal for weekly paces. */
export function formatGoalValue(metric: GoalMetric, value: number | null, options: { currency?: string; locale?: string; unitName?: string } = {}): string {
  if (value === null || !Number.isFinite(value)) return formatMetricValue('money', null)
  const locale = options.locale ?? 'en-US'
  const format = { locale, ...(options.currency && { currency: options.currency }) }
  switch (GOAL_METRIC_INFO[metric].unit) {
    case 'money':
    case 'percent':
      // The one formatter every page uses for money and shares.
      return formatMetricValue(GOAL_METRIC_INFO[metric].unit, value, format)
    case 'days':
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} days`
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)
    case 'number': {
      const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)
      return options.unitName ? `${number} ${options.unitName}` : number
    }
  }
}

/** What a person types in the target box becomes the stored number (cents for money, a fraction for percents). */
export function targetFromInput(metric: GoalMetric, text: string): number | null {
  const cleaned = text.replace(/[\s$€£¥,%]/g, '')
  if (cleaned === '' || !/^-?\d+(\.\d+)?$/.test(cleaned)) return null
  const number = Number(cleaned)
  switch (GOAL_METRIC_INFO[metric].unit) {
    case 'money':
      return Math.round(number * 100)
    case 'percent':
      return number / 100
    default:
      return number
  }
}

export function targetToInput(metric: GoalMetric, value: number): string {
  switch (GOAL_METRIC_INFO[metric].unit) {
    case 'money':
      return String(value / 100)
    case 'percent':
      return String(Math.round(value * 10_000) / 100)
    default:
      return String(value)
  }
}

// ---- what the goal calls return ----

export interface Goal {
  id: number
  title: string
  description: string | null
  team: GoalTeam
  owner: string | null
  metric: GoalMetric
  /** What a manual metric counts ("newsletter subscribers"); null for data metrics. */
  manualName: string | null
  target: number
  /** A manual metric's starting reading; data metrics take the previous period's figure instead. */
  baseline: number | null
  startsOn: string
  endsOn: string
  filters: GoalFilters
  why: string | null
  parentId: number | null
  campaignIds: number[]
  segmentIds: number[]
  archived: boolean
  /** The result written when the goal closed; later edits of old data do not change it. */
  final: { value: number | null; status: 'achieved' | 'missed'; frozenAt: string } | null
  createdAt: string
  updatedAt: string
  /** Goes up with every save; a save based on an older version is refused (`stale`). */
  version: number
}

export interface GoalProgressView {
  current: number | null
  target: number
  baseline: number | null
  percent: number | null
  expectedNow: number
  forecast: number | null
  status: GoalProgressStatus
  elapsedDays: number
  totalDays: number
}

/** A goal with its progress as of today (or its frozen result once closed). */
export interface GoalView extends Goal {
  progress: GoalProgressView
  periodLabel: string
}

export interface GoalTreeNode {
  goal: GoalView
  children: GoalTreeNode[]
}

export interface GoalCheckin {
  id: number
  checkedOn: string
  value: number
  note: string | null
}

/** The burn-up chart: the actual figure at each sampled day, the ideal line and the forecast. */
export interface GoalBurnUp {
  days: string[]
  actual: Array<number | null>
  ideal: number[]
  forecast: Array<number | null>
}

export interface GoalContributorLead {
  id: number
  /** What to call the deal: its title, else its person's name, else its organisation's. */
  dealName: string
  company: string | null
  valueMinor: number
  /** For won revenue: the part of the deal's value the goal counts (its attributed share); null for other figures. */
  creditMinor: number | null
  stageName: string
  at: string
  campaignName: string | null
}

export interface GoalContributorCampaign {
  id: number
  name: string
  channel: Channel
  spendMinor: number
  leads: number
}

export type GoalContributors =
  | { kind: 'leads'; caption: string; total: number; rows: GoalContributorLead[] }
  | { kind: 'campaigns'; caption: string; total: number; rows: GoalContributorCampaign[] }
  | { kind: 'checkins'; caption: string; total: number; rows: GoalCheckin[] }
  | { kind: 'activities'; caption: string; total: number; rows: Array<{ id: number; leadId: number; dealName: string; kind: string; subject: string; at: string }> }

export interface GoalDetail {
  goal: GoalView
  tree: GoalTreeNode
  checkins: GoalCheckin[]
  /** For a closed goal: what the data says now, when it differs from the frozen result. */
  liveValue: number | null
}

/** A goal a page feeds, for its header: "Q4 revenue 62% — at risk". */
export interface GoalChip {
  id: number
  title: string
  percent: number | null
  status: GoalProgressStatus
}
