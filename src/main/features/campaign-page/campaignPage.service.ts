import type { CampaignPageData } from '@shared/domain/campaignPage'
import type { Campaign } from '@shared/domain/campaigns'
import { daysBetween } from '@shared/domain/dates'
import { EMPTY_METRIC_INPUTS, type MetricRow } from '@shared/domain/metrics'
import { getCampaign } from '../campaigns/campaigns.service'
import type { Db } from '../context'
import { metricInputs, metricInputsBy, readMetricContext } from '../metrics/metrics.repo'
import { campaignLeads, salesFeedback } from './campaignPage.repo'

/** Up to this many days a campaign is charted by week; longer ones (and undated ones) by month. */
const WEEKLY_UP_TO_DAYS = 120

export function seriesGrouping(campaign: Pick<Campaign, 'startsOn' | 'endsOn'>): 'week' | 'month' {
  if (!campaign.startsOn || !campaign.endsOn) return 'month'
  return daysBetween(campaign.startsOn, campaign.endsOn) <= WEEKLY_UP_TO_DAYS ? 'week' : 'month'
}

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const nextMonth = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCMonth(date.getUTCMonth() + 1)
  return date.toISOString().slice(0, 10)
}

/** Adds the empty weeks or months between the first and last bucket with data, so a chart's gaps show as zeros. */
export function fillBuckets(rows: MetricRow[], grouping: 'week' | 'month'): MetricRow[] {
  const dated = rows.filter((r): r is MetricRow & { key: string } => typeof r.key === 'string')
  const first = dated[0]
  const last = dated[dated.length - 1]
  if (!first || !last) return []
  const byKey = new Map(dated.map((r) => [r.key, r]))
  const filled: MetricRow[] = []
  for (let key = first.key; key <= last.key && filled.length < 600; key = grouping === 'week' ? addDays(key, 7) : nextMonth(key)) {
    filled.push(byKey.get(key) ?? { key, inputs: { ...EMPTY_METRIC_INPUTS } })
  }
  return filled
}

/** One campaign's page: its figures over its whole life from the metrics module, its leads, and what sales heard. */
export async function loadCampaignPage(db: Db, id: number): Promise<CampaignPageData> {
  const campaign = await getCampaign(db, id)
  const filter = { campaignIds: [id] }
  const grouping = seriesGrouping(campaign)
  const [context, inputs, series, leads, feedback] = await Promise.all([
    readMetricContext(db),
    metricInputs(db, filter),
    metricInputsBy(db, grouping, filter),
    campaignLeads(db, id),
    salesFeedback(db, id),
  ])
  return { campaign, attributionModel: context.model, inputs, series: { grouping, rows: fillBuckets(series, grouping) }, leads, feedback }
}
