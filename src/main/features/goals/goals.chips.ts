import type { GoalChip, GoalMetric } from '@shared/domain/goals'
import type { Db } from '../context'
import { loadGoals } from './goals.repo'
import type { InputsMemo } from './goals.measure'
import { viewOf } from './goals.progress'

// Figures the pipeline's work moves; spend and manual figures are fed elsewhere.
const PIPELINE_METRICS: ReadonlySet<GoalMetric> = new Set(['won_revenue', 'deals_won', 'new_leads', 'qualified_leads', 'lead_to_won', 'win_rate', 'avg_deal_size', 'sales_cycle_days', 'cac', 'roi', 'activities_logged', 'new_customers', 'customer_retention'])

/**
 * The running goals a page feeds, for its header. A pipeline feeds the goals on its leads'
 * figures (all pipelines, or this one); a campaign feeds the goals linked to it, filtered to
 * it, or filtered to its channel.
 */
export async function goalChips(db: Db, place: { pipelineId: number } | { campaignId: number }, today: string): Promise<GoalChip[]> {
  const running = (await loadGoals(db)).filter((g) => !g.archived && g.startsOn <= today && g.endsOn >= today)
  let fed = running
  if ('pipelineId' in place) {
    fed = running.filter((g) => PIPELINE_METRICS.has(g.metric) && (g.filters.pipelineId === undefined || g.filters.pipelineId === place.pipelineId))
  } else {
    const campaign = await db.selectFrom('campaigns').select(['id', 'channel']).where('id', '=', place.campaignId).executeTakeFirst()
    if (!campaign) return []
    fed = running.filter((g) => g.campaignIds.includes(campaign.id) || g.filters.campaignId === campaign.id || (g.filters.channel !== undefined && g.filters.channel === campaign.channel))
  }
  const memo: InputsMemo = new Map()
  const views = await Promise.all(fed.map((g) => viewOf(db, g, today, memo, false)))
  return views.map((v) => ({ id: v.id, title: v.title, percent: v.progress.percent, status: v.progress.status }))
}
