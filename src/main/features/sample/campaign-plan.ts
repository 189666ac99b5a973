import type { CampaignStatus } from '@shared/domain/enums'
import { CAMPAIGN_TEMPLATES, METRIC_PROFILE, SEGMENTS, SPEND_PATTERN, type CampaignTemplate } from './campaign-templates'
import type { Random } from './random'
import type { IdCounters, SampleRefs } from './refs'
import type { SampleRow, SampleRows } from './rows'
import { DAY, HOUR, dayOf, startOfDay } from './time'

export interface PlannedCampaign {
  id: number
  template: CampaignTemplate
  /** 0 for the first use of a template; later waves reuse it when a large workspace asks for more campaigns than there are templates. */
  wave: number
  /** Index into SEGMENTS, or null. */
  segment: number | null
  segmentId: number | null
  startMs: number
  /** Start of its last day. */
  endMs: number
  status: CampaignStatus
  /** The end of the last day it actually ran (ended, paused, or now); null while planned. */
  ranUntilMs: number | null
}

export type CampaignRows = Pick<SampleRows, 'segments' | 'campaigns' | 'campaign_spend' | 'campaign_metrics'>

const ALWAYS_ON_DAYS = 150
const PLANNED_AHEAD = 2

export interface CampaignScale {
  /** How many campaigns; the templates' count when left out. More repeat the templates in later waves. */
  campaigns?: number
  /** Days between spend entries, for every channel (a benchmark's denser ledger); the channel's own pattern when left out. */
  spendEveryDays?: number
}

interface Placed {
  template: CampaignTemplate
  startMs: number
  wave: number
  /** An always-on programme: still running today, whatever its usual length. */
  ongoing?: boolean
}

/** Later waves of the templates: each starts somewhere in the past year. */
function placeWaves(random: Random, nowMs: number, extra: number): Placed[] {
  const today = startOfDay(nowMs)
  return Array.from({ length: Math.max(0, extra) }, (_, k) => ({
    template: CAMPAIGN_TEMPLATES[k % CAMPAIGN_TEMPLATES.length] as CampaignTemplate,
    startMs: today - random.int(5, 360) * DAY,
    wave: 1 + Math.floor(k / CAMPAIGN_TEMPLATES.length),
  }))
}

/** Short campaigns started in the last few weeks, so the current month always has fresh ones. */
const RECENT_STARTS = 2

/**
 * Start days: long-running programmes (SEO, brand search, referrals…) began months ago and are still
 * running today; the rest are spread over the past year, the latest ones in the last few weeks; a
 * couple are still ahead. However the dates fall, the current month has running campaigns and spend.
 */
function placeStarts(random: Random, nowMs: number): Placed[] {
  const today = startOfDay(nowMs)
  const shuffled = random.sample(CAMPAIGN_TEMPLATES, CAMPAIGN_TEMPLATES.length)
  const longOnes = shuffled.filter((t) => t.days[1] >= ALWAYS_ON_DAYS)
  const shortOnes = shuffled.filter((t) => t.days[1] < ALWAYS_ON_DAYS)
  const ahead = shortOnes.slice(0, PLANNED_AHEAD)
  const recent = shortOnes.slice(PLANNED_AHEAD, PLANNED_AHEAD + RECENT_STARTS)
  const spread = shortOnes.slice(PLANNED_AHEAD + RECENT_STARTS)
  const span = 335 / spread.length
  return [
    ...longOnes.map((template) => ({ template, startMs: today - random.int(150, 360) * DAY, ongoing: true })),
    ...spread.map((template, index) => ({ template, startMs: today - 365 * DAY + Math.floor(index * span + random.between(0, span)) * DAY })),
    ...recent.map((template) => ({ template, startMs: today - random.int(3, 20) * DAY })),
    ...ahead.map((template) => ({ template, startMs: today + random.int(5, 30) * DAY })),
  ]
    .map((placed) => ({ ...placed, wave: 0 }))
    .sort((a, b) => a.startMs - b.startMs)
}

function statusOf(startMs: number, endMs: number, nowMs: number): { status: CampaignStatus; ranUntilMs: number | null } {
  if (startMs > nowMs) return { status: 'planned', ranUntilMs: null }
  if (endMs + DAY <= nowMs) return { status: 'completed', ranUntilMs: endMs + DAY }
  return { status: 'active', ranUntilMs: nowMs }
}

/** A firm usually has one campaign on hold; it stopped spending partway. */
function pauseOne(random: Random, campaigns: PlannedCampaign[], nowMs: number): void {
  const running = campaigns.filter((c) => c.status === 'active' && nowMs - c.startMs > 14 * DAY)
  if (running.length < 2) return
  const paused = random.pick(running)
  paused.status = 'paused'
  paused.ranUntilMs = paused.startMs + Math.floor(random.between(0.4, 0.9) * (nowMs - paused.startMs))
}

/** A time on `dayMs` during office hours, never later than now. */
const workTime = (random: Random, dayMs: number, nowMs: number) => Math.min(nowMs, dayMs + Math.floor(random.between(8, 18) * HOUR))

/** The sample's "now" on the firm's wall clock, and how a wall-clock time is written as an instant (see plan.ts). */
export interface WallClock {
  nowMs: number
  instant: (wallMs: number) => string
}

function planSpend(random: Random, c: PlannedCampaign, budgetMinor: number, { nowMs, instant }: WallClock, nextId: () => number, everyDays?: number): SampleRow<'campaign_spend'>[] {
  if (c.ranUntilMs === null) return []
  const pattern = { ...SPEND_PATTERN[c.template.channel], ...(everyDays && { everyDays }) }
  const days: number[] = []
  for (let day = c.startMs; day < c.ranUntilMs; day += pattern.everyDays * DAY) days.push(day)
  const share = Math.min(1, (c.ranUntilMs - c.startMs) / (c.endMs + DAY - c.startMs))
  const total = budgetMinor * share * random.between(0.82, 1.0)
  return days.map((day) => ({
    id: nextId(),
    campaign_id: c.id,
    spent_on: dayOf(day),
    amount_minor: Math.round((total / days.length) * random.between(0.85, 1.15)),
    note: pattern.note,
    created_at: instant(workTime(random, day, nowMs)),
  }))
}

/** One snapshot per week it ran, counting that week only (not a running total), so a period's numbers are a sum. */
function planMetrics(random: Random, c: PlannedCampaign, { nowMs, instant }: WallClock, nextId: () => number): SampleRow<'campaign_metrics'>[] {
  if (c.ranUntilMs === null) return []
  const profile = METRIC_PROFILE[c.template.channel]
  const rows: SampleRow<'campaign_metrics'>[] = []
  for (let weekStart = c.startMs; weekStart < c.ranUntilMs; weekStart += 7 * DAY) {
    const weekEnd = Math.min(weekStart + 7 * DAY, c.ranUntilMs)
    const measuredOn = startOfDay(weekEnd - 1)
    const fraction = Math.max(1 / 7, (weekEnd - weekStart) / (7 * DAY))
    const impressions = Math.round(random.between(...profile.impressions) * fraction)
    const clicks = Math.max(1, Math.round(impressions * random.between(...profile.ctr)))
    const visits = Math.min(clicks - 1, Math.round(clicks * random.between(...profile.visitRate)))
    rows.push({
      id: nextId(),
      campaign_id: c.id,
      measured_on: dayOf(measuredOn),
      impressions,
      clicks,
      visits,
      engagements: Math.round(impressions * random.between(...profile.engagementRate)),
      created_at: instant(workTime(random, measuredOn, nowMs)),
    })
  }
  return rows
}

/** Plans segments, campaigns and their spend and metrics, taking ids from `ids` (advanced in place). */
export function planCampaigns(
  random: Random,
  refs: SampleRefs,
  ids: IdCounters,
  clock: WallClock,
  scale: CampaignScale = {},
): { rows: CampaignRows; campaigns: PlannedCampaign[]; segmentIds: number[] } {
  const rows: CampaignRows = { segments: [], campaigns: [], campaign_spend: [], campaign_metrics: [] }
  const { nowMs } = clock
  const segmentIds = SEGMENTS.map((segment) => {
    const existing = refs.segments.get(segment.name.toLowerCase())
    if (existing !== undefined) return existing
    const id = ids.segments++
    rows.segments.push({
      id,
      name: segment.name,
      description: segment.description,
      industry: segment.industry,
      company_size: segment.companySize,
      region: segment.region,
      created_at: clock.instant(nowMs - 400 * DAY),
      rule_field_id: null,
      rule_option: null,
    })
    return id
  })

  const waves = placeWaves(random, nowMs, (scale.campaigns ?? CAMPAIGN_TEMPLATES.length) - CAMPAIGN_TEMPLATES.length)
  const campaigns = [...placeStarts(random, nowMs), ...waves].map(({ template, startMs, wave, ongoing }: Placed): PlannedCampaign => {
    const usualEndMs = startMs + (random.int(...template.days) - 1) * DAY
    const endMs = ongoing ? Math.max(usualEndMs, startOfDay(nowMs) + random.int(14, 90) * DAY) : usualEndMs
    return {
      id: ids.campaigns++,
      template,
      wave,
      segment: template.segment,
      segmentId: template.segment === null ? null : (segmentIds[template.segment] ?? null),
      startMs,
      endMs,
      ...statusOf(startMs, endMs, nowMs),
    }
  })
  pauseOne(random, campaigns, nowMs)

  for (const c of campaigns) {
    const budgetMinor = Math.round(random.between(...c.template.budget) / 50) * 50 * 100
    const createdMs = Math.min(nowMs - HOUR, workTime(random, c.startMs - random.int(3, 20) * DAY, nowMs))
    const touchedMs = c.status === 'completed' || c.status === 'paused' ? workTime(random, startOfDay(c.ranUntilMs ?? nowMs), nowMs) : createdMs
    rows.campaigns.push({
      id: c.id,
      name: c.wave === 0 ? c.template.name(c.startMs) : `${c.template.name(c.startMs)} · wave ${c.wave + 1}`,
      channel: c.template.channel,
      objective: c.template.objective,
      segment_id: c.segmentId,
      budget_minor: budgetMinor,
      starts_on: dayOf(c.startMs),
      ends_on: dayOf(c.endMs),
      status: c.status,
      tracking_code: `${c.template.code}-${dayOf(c.startMs).slice(2, 7).replace('-', '')}${c.wave === 0 ? '' : `-W${c.wave + 1}-${c.id}`}`,
      notes: c.status === 'paused' ? 'Paused while we review the cost per lead.' : null,
      created_at: clock.instant(createdMs),
      updated_at: clock.instant(Math.max(createdMs, touchedMs)),
      version: 1,
    })
    rows.campaign_spend.push(...planSpend(random, c, budgetMinor, clock, () => ids.campaign_spend++, scale.spendEveryDays))
    rows.campaign_metrics.push(...planMetrics(random, c, clock, () => ids.campaign_metrics++))
  }
  return { rows, campaigns, segmentIds }
}
