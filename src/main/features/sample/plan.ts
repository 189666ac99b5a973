import { planCampaigns, type CampaignRows, type CampaignScale, type PlannedCampaign } from './campaign-plan'
import { planLead } from './lead-plan'
import { PartyBook } from './parties-plan'
import type { LeadPlanContext, LeadSeed } from './lead-types'
import { createRandom, type Random } from './random'
import type { SampleRefs } from './refs'
import { emptyRows, type SampleRows } from './rows'
import { DAY, HOUR, isoAt, startOfDay } from './time'

export interface PlanOptions extends CampaignScale {
  leads: number
  seed: number
  nowMs: number
  /**
   * The firm's offset from UTC now, in minutes (+780 in Auckland's summer): the sample is planned on
   * the firm's wall clock, so office hours, "due today" and the current month are the firm's. One
   * offset for the whole year: a daylight-saving hour does not matter to made-up data.
   */
  utcOffsetMinutes?: number
  /** Leads per yielded batch. */
  batchSize?: number
}

export interface SamplePlan {
  campaignRows: CampaignRows
  /** The rows for the leads, a batch at a time so 100k leads never sit in memory at once. Read it once. */
  leadBatches(): Generator<SampleRows>
}

const NO_CAMPAIGN_SHARE = 0.15
/**
 * Of leads, the share that came in the year before the campaigns (referrals and word of mouth,
 * no campaign): the firm's earlier customers, some of whom come back this year, so retention and
 * the Customers report's cohorts have two years to show.
 */
const EARLIER_YEAR_SHARE = 0.05
const YEAR_MS = 365 * DAY
const LEAD_TAIL_DAYS = 10

/**
 * When each lead arrived and which campaign brought it: campaigns bring leads while
 * they run (and a few days after), in proportion to their pull and length. Sorted by
 * arrival so ids and board positions follow the calendar.
 */
function seedLeads(random: Random, campaigns: readonly PlannedCampaign[], count: number, nowMs: number): LeadSeed[] {
  const windows = campaigns
    .filter((c) => c.ranUntilMs !== null)
    .map((c) => ({ campaign: c, from: c.startMs, to: Math.min(nowMs, (c.ranUntilMs ?? nowMs) + LEAD_TAIL_DAYS * DAY) }))
    .filter((w) => w.to - w.from > HOUR)
  const weights = windows.map((w) => w.campaign.template.leadWeight * Math.max(1, (w.to - w.from) / DAY))
  const seeds: LeadSeed[] = []
  const arrival = () => {
    if (random.chance(EARLIER_YEAR_SHARE)) {
      const day = startOfDay(nowMs - 2 * YEAR_MS + random.next() * YEAR_MS)
      return { createdMs: Math.round(day + random.between(8, 18) * HOUR), campaign: null }
    }
    const window = windows.length > 0 && !random.chance(NO_CAMPAIGN_SHARE) ? random.weighted(windows, weights) : null
    const from = window?.from ?? nowMs - 365 * DAY
    const to = window?.to ?? nowMs
    const day = startOfDay(from + random.next() * (to - from))
    let createdMs = Math.round(day + random.between(8, 18) * HOUR)
    if (createdMs > nowMs) createdMs = Math.round(nowMs - random.between(0.1, 3) * HOUR)
    return { createdMs, campaign: window?.campaign ?? null }
  }
  // The firm is growing: a recent month brings about five times the leads a month did a year ago.
  const keep = (createdMs: number) => 0.2 + 0.8 * Math.max(0, 1 - (nowMs - createdMs) / (365 * DAY))
  for (let i = 0; i < count; i++) {
    let seed = arrival()
    // The earlier year's leads are already as few as they should be: kept as they come.
    const earlier = (lead: LeadSeed) => lead.createdMs < nowMs - YEAR_MS && lead.campaign === null
    for (let tries = 0; tries < 6 && !earlier(seed) && !random.chance(keep(seed.createdMs)); tries++) seed = arrival()
    seeds.push(seed)
  }
  return seeds.sort((a, b) => a.createdMs - b.createdMs)
}

/**
 * Plans the whole sample from one seeded generator: same refs, seed, clock and offset give the same
 * rows. Every time is planned as the firm's wall clock read as if it were UTC (so `startOfDay` and
 * `dayOf` give the firm's days) and written as the instant it really is.
 */
export function planSample(refs: SampleRefs, options: PlanOptions): SamplePlan {
  const random = createRandom(options.seed)
  const ids = { ...refs.nextIds }
  const offsetMs = (options.utcOffsetMinutes ?? 0) * 60_000
  const nowMs = options.nowMs + offsetMs
  const instant = (wallMs: number) => isoAt(wallMs - offsetMs)
  const { rows: campaignRows, campaigns, segmentIds } = planCampaigns(random, refs, ids, { nowMs, instant }, options)
  const ctx: LeadPlanContext = {
    random,
    nowMs,
    instant,
    refs,
    campaigns: campaigns.filter((c) => c.ranUntilMs !== null),
    segmentIds,
    ids,
    placed: new Map(),
    parties: new PartyBook(),
  }
  const batchSize = options.batchSize ?? 1000
  return {
    campaignRows,
    *leadBatches() {
      const seeds = seedLeads(random, campaigns, options.leads, nowMs)
      for (let start = 0; start < seeds.length; start += batchSize) {
        const rows = emptyRows()
        for (const seed of seeds.slice(start, start + batchSize)) planLead(ctx, rows, seed)
        yield rows
      }
    },
  }
}
