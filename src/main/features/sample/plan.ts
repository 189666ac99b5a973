import { planCampaigns, type CampaignRows, type CampaignScale, type PlannedCampaign } from './campaign-plan'
import { planLead, type LeadPlanContext, type LeadSeed } from './lead-plan'
import { createRandom, type Random } from './random'
import type { SampleRefs } from './refs'
import { emptyRows, type SampleRows } from './rows'
import { DAY, HOUR, startOfDay } from './time'

export interface PlanOptions extends CampaignScale {
  leads: number
  seed: number
  nowMs: number
  /** Leads per yielded batch. */
  batchSize?: number
}

export interface SamplePlan {
  campaignRows: CampaignRows
  /** The rows for the leads, a batch at a time so 100k leads never sit in memory at once. Read it once. */
  leadBatches(): Generator<SampleRows>
}

const NO_CAMPAIGN_SHARE = 0.15
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
  for (let i = 0; i < count; i++) {
    const window = windows.length > 0 && !random.chance(NO_CAMPAIGN_SHARE) ? random.weighted(windows, weights) : null
    const from = window?.from ?? nowMs - 365 * DAY
    const to = window?.to ?? nowMs
    const day = startOfDay(from + random.next() * (to - from))
    let createdMs = Math.round(day + random.between(8, 18) * HOUR)
    if (createdMs > nowMs) createdMs = Math.round(nowMs - random.between(0.1, 3) * HOUR)
    seeds.push({ createdMs, campaign: window?.campaign ?? null })
  }
  return seeds.sort((a, b) => a.createdMs - b.createdMs)
}

/** Plans the whole sample from one seeded generator: same refs, seed and clock give the same rows. */
export function planSample(refs: SampleRefs, options: PlanOptions): SamplePlan {
  const random = createRandom(options.seed)
  const ids = { ...refs.nextIds }
  const { rows: campaignRows, campaigns, segmentIds } = planCampaigns(random, refs, ids, options.nowMs, options)
  const ctx: LeadPlanContext = {
    random,
    nowMs: options.nowMs,
    refs,
    campaigns: campaigns.filter((c) => c.ranUntilMs !== null),
    segmentIds,
    ids,
    placed: new Map(),
  }
  const batchSize = options.batchSize ?? 1000
  return {
    campaignRows,
    *leadBatches() {
      const seeds = seedLeads(random, campaigns, options.leads, options.nowMs)
      for (let start = 0; start < seeds.length; start += batchSize) {
        const rows = emptyRows()
        for (const seed of seeds.slice(start, start + batchSize)) planLead(ctx, rows, seed)
        yield rows
      }
    },
  }
}
