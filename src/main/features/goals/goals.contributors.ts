import { sql, type ExpressionBuilder } from 'kysely'
import type { Goal, GoalContributorLead, GoalContributors, GoalMetric } from '@shared/domain/goals'
import { readFirmCalendar } from '../../db/calendar'
import type { Database } from '../../db/schema'
import type { Db } from '../context'
import { leadSegmentSql } from '../leads/leads.parties'
import { dealNameOfRow, leadNameSelections } from '../leads/leads.repo'
import { attributedDeals } from '../metrics/metrics.repo'
import { metricFilterOf } from './goals.measure'
import { listCheckins } from './goals.repo'
import { getGoalRecord } from './goals.service'

const LIMIT = 200
// A customer goal lists the won deals of the period: the purchases that make its customers new or kept.
const CLOSED_METRICS: ReadonlySet<GoalMetric> = new Set(['deals_won', 'avg_deal_size', 'sales_cycle_days', 'win_rate', 'new_customers', 'customer_retention'])
const CREATED_METRICS: ReadonlySet<GoalMetric> = new Set(['new_leads', 'qualified_leads', 'lead_to_won'])

/** The goal's filter on a lead row `l` whose source campaign is joined as `c` (the same narrowing the metrics module applies). */
function leadFilter(goal: Goal) {
  return (eb: ExpressionBuilder<Database & { l: Database['leads']; c: Database['campaigns'] }, 'l' | 'c'>) => {
    const f = goal.filters
    const parts = [
      f.campaignId !== undefined && eb('l.source_campaign_id', '=', f.campaignId),
      f.channel !== undefined && eb('c.channel', '=', f.channel),
      f.segmentId !== undefined && eb(sql.raw(leadSegmentSql('l')), '=', f.segmentId),
      f.pipelineId !== undefined && eb('l.pipeline_id', '=', f.pipelineId),
      f.owner !== undefined && eb('l.owner', '=', f.owner),
    ].filter((p) => p !== false)
    return eb.and(parts)
  }
}

/** What makes up a goal's current figure, so a person can check it: leads, campaigns, activities or check-ins. */
export async function goalContributors(db: Db, id: number, today: string): Promise<GoalContributors> {
  const goal = await getGoalRecord(db, id)
  const asOf = today < goal.endsOn ? today : goal.endsOn
  const bounds = (await readFirmCalendar(db)).instants({ from: goal.startsOn, to: asOf })
  const from = bounds.from as string
  const until = bounds.until as string
  if (goal.metric === 'manual') {
    const rows = await listCheckins(db, id)
    return { kind: 'checkins', caption: 'Check-ins, oldest first', total: rows.length, rows }
  }
  if (goal.metric === 'won_revenue') return wonRevenueContributors(db, goal, asOf)
  if (goal.metric === 'activities_logged') {
    const base = db
      .selectFrom('activities as a')
      .innerJoin('leads as l', 'l.id', 'a.lead_id')
      .leftJoin('campaigns as c', 'c.id', 'l.source_campaign_id')
      .where('a.done_at', '>=', from)
      .where('a.done_at', '<', until)
      .where(leadFilter(goal))
    const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0)
    const rows = await base
      .select(leadNameSelections('l'))
      .select(['a.id', 'a.lead_id', 'a.kind', 'a.subject', 'a.done_at'])
      .orderBy('a.done_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(LIMIT)
      .execute()
    return { kind: 'activities', caption: 'Activities done in the period', total, rows: rows.map((r) => ({ id: r.id, leadId: r.lead_id, dealName: dealNameOfRow(r), kind: r.kind, subject: r.subject, at: r.done_at ?? '' })) }
  }
  if (CLOSED_METRICS.has(goal.metric) || CREATED_METRICS.has(goal.metric)) {
    const closed = CLOSED_METRICS.has(goal.metric)
    const at = closed ? 'l.closed_at' : 'l.created_at'
    let base = db
      .selectFrom('leads as l')
      .innerJoin('stages as s', 's.id', 'l.stage_id')
      .leftJoin('campaigns as c', 'c.id', 'l.source_campaign_id')
      .where(at, '>=', from)
      .where(at, '<', until)
      .where(leadFilter(goal))
    if (closed) base = base.where('s.kind', 'in', goal.metric === 'win_rate' ? ['won', 'lost'] : ['won'])
    const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0)
    const rows = await base
      .select(leadNameSelections('l'))
      .select(['l.id', 'l.value_minor', 's.name as stage_name', sql<string>`${sql.ref(at)}`.as('at'), 'c.name as campaign_name'])
      .orderBy(closed ? 'l.value_minor' : 'l.created_at', 'desc')
      // Equal values: the latest first, then the newest lead, so both engines list ties alike.
      .orderBy(at, 'desc')
      .orderBy('l.id', 'desc')
      .limit(LIMIT)
      .execute()
    const caption = closed ? (goal.metric === 'win_rate' ? 'Deals closed (won or lost) in the period' : 'Deals won in the period') : 'Leads created in the period'
    return {
      kind: 'leads',
      caption,
      total,
      rows: rows.map((r) => ({ id: r.id, dealName: dealNameOfRow(r), company: r.company, valueMinor: r.value_minor, creditMinor: null, stageName: r.stage_name, at: r.at, campaignName: r.campaign_name })),
    }
  }
  // Spend-based figures (spend, CPL, CAC, ROI): the campaigns whose spend is in the period.
  const f = goal.filters
  let spend = db
    .selectFrom('campaign_spend as sp')
    .innerJoin('campaigns as c', 'c.id', 'sp.campaign_id')
    .where('sp.spent_on', '>=', goal.startsOn)
    .where('sp.spent_on', '<=', today < goal.endsOn ? today : goal.endsOn)
  if (f.campaignId !== undefined) spend = spend.where('c.id', '=', f.campaignId)
  if (f.channel !== undefined) spend = spend.where('c.channel', '=', f.channel)
  if (f.segmentId !== undefined) spend = spend.where('c.segment_id', '=', f.segmentId)
  const rows = await spend
    .select((eb) => [
      'c.id',
      'c.name',
      'c.channel',
      eb.fn.sum<number>('sp.amount_minor').as('spend_minor'),
      eb
        .selectFrom('leads as l')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('l.source_campaign_id', '=', 'c.id')
        .where('l.created_at', '>=', from)
        .where('l.created_at', '<', until)
        .as('leads'),
    ])
    .groupBy('c.id')
    .orderBy('spend_minor', 'desc')
    .orderBy('c.id')
    .limit(LIMIT)
    .execute()
  return {
    kind: 'campaigns',
    caption: 'Campaigns with spend in the period',
    total: rows.length,
    rows: rows.map((r) => ({ id: r.id, name: r.name, channel: r.channel as never, spendMinor: Number(r.spend_minor), leads: Number(r.leads ?? 0) })),
  }
}

/**
 * The deals behind a won-revenue goal, with the share each earned for the goal's campaign, channel
 * or segment: read from the metrics module's own split, so the credited column adds up to the goal's figure.
 */
async function wonRevenueContributors(db: Db, goal: Goal, asOf: string): Promise<GoalContributors> {
  const credited = await attributedDeals(db, metricFilterOf(goal.filters, { start: goal.startsOn, end: asOf }))
  const shown = credited.slice(0, LIMIT)
  const details = shown.length
    ? await db
        .selectFrom('leads as l')
        .innerJoin('stages as s', 's.id', 'l.stage_id')
        .leftJoin('campaigns as c', 'c.id', 'l.source_campaign_id')
        .select(leadNameSelections('l'))
        .select(['l.id', 'l.value_minor', 's.name as stage_name', 'l.closed_at', 'c.name as campaign_name'])
        .where('l.id', 'in', shown.map((d) => d.leadId))
        .execute()
    : []
  const byId = new Map(details.map((r) => [r.id, r]))
  const rows = shown.flatMap((deal): GoalContributorLead[] => {
    const r = byId.get(deal.leadId)
    if (!r) return []
    return [{ id: r.id, dealName: dealNameOfRow(r), company: r.company, valueMinor: r.value_minor, creditMinor: deal.creditMinor, stageName: r.stage_name, at: r.closed_at ?? '', campaignName: r.campaign_name }]
  })
  return { kind: 'leads', caption: 'Deals won in the period, with the revenue credited to this goal', total: credited.length, rows }
}
