import type { PlannedCampaign } from './campaign-plan'
import { leadActivities } from './lead-activities'
import { leadFeedback } from './lead-feedback'
import type { LeadPlanContext, LeadSeed, Outcome, Step } from './lead-types'
import { chooseWho, tagPerson } from './parties-plan'
import { LEAD_NOTES, OWNERS, TAGS } from './people'
import type { Random } from './random'
import type { SampleRefs, StageRef } from './refs'
import type { SampleRows } from './rows'
import { DAY, HOUR, dayOf, startOfDay } from './time'
import { LOST_NOTES, SNOOZE_REASONS, TOUCH_NOTES } from './lead-texts'

/** Days a lead usually takes to reach each open stage from the one before it, by open-stage index. */
const MOVE_DAYS: readonly (readonly [number, number])[] = [[0, 0], [0.1, 4], [1, 12], [2, 18], [2, 15]]
const CLOSE_DAYS = { won: [2, 25], lost: [1, 30] } as const
const VALUE_DOLLARS: readonly (readonly [number, number])[] = [[800, 6000], [4000, 25000], [1500, 10000], [1200, 9000]]
const POSITION_STEP = 1024

const range = (n: number) => Array.from({ length: n }, (_, i) => i)

/**
 * A small firm's deals are usually decided within six months, so the board holds the
 * recent and the still-moving part of the year's leads (about two in five); about a
 * quarter of the decided ones are won.
 */
const DECIDED_WITHIN_DAYS = 180

function chooseOutcome(random: Random, ageDays: number, campaign: PlannedCampaign | null): Outcome {
  // A lead that came in today is not decided yet (and its history would not fit before now).
  if (ageDays < 1 || !random.chance(0.97 * Math.min(1, ageDays / DECIDED_WITHIN_DAYS))) return 'open'
  const winRate = Math.min(0.9, (campaign?.template.winRate ?? 0.4) * 0.7)
  return random.chance(winRate) ? 'won' : 'lost'
}

/**
 * Open-stage indexes the lead passed through, New first. A lead open for more than ten days has at
 * least been contacted; a good one qualifies within its first days, so this month's leads show up
 * as qualified on the dashboard too.
 */
function choosePath(random: Random, openCount: number, ageDays: number, outcome: Outcome): number[] {
  const last = openCount - 1
  let reached = last
  if (outcome === 'lost') reached = random.weighted(range(openCount), range(openCount).map((k) => openCount + 1 - k))
  if (outcome === 'open') {
    const byAge = ageDays < 0.5 ? 0 : ageDays < 2 ? 1 : ageDays < 8 ? 2 : ageDays < 20 ? 3 : last
    const top = Math.min(last, byAge)
    const bottom = ageDays > 10 ? Math.min(1, top) : 0
    const choices = range(top + 1 - bottom).map((k) => k + bottom)
    reached = random.weighted(choices, choices.map((k) => openCount - k))
  }
  const path = range(reached + 1)
  // Some leads qualify on the first call and skip Contacted.
  if (reached >= 2 && random.chance(0.12)) path.splice(1, 1)
  return path
}

/**
 * How long an open lead has sat in its stage: a tidy pipeline keeps most cards moving
 * within a week or two, with a few waiting on the customer for longer.
 */
function daysInStage(random: Random): number {
  const band = random.weighted([0, 1, 2] as const, [70, 23, 7])
  return band === 0 ? random.between(0.1, 8) : band === 1 ? random.between(8, 20) : random.between(20, 45)
}

/** Moves a time that fell at night into that day's office hours, unless that would break the order of events. */
function duringWorkHours(random: Random, atMs: number, afterMs: number, nowMs: number): number {
  const hour = (atMs - startOfDay(atMs)) / HOUR
  if (hour >= 8 && hour < 18) return atMs
  const candidate = startOfDay(atMs) + Math.round(random.between(8, 18) * HOUR)
  return candidate > afterMs + 1000 && candidate <= nowMs ? candidate : atMs
}

/**
 * Moves spaced as real deals go, squeezed to fit when the lead is younger than its history
 * would need. An open lead's last move is placed daysInStage before now, its earlier moves
 * spread between its arrival and then, so the board shows deals that are moving.
 */
function timeline(random: Random, refs: SampleRefs, path: number[], outcome: Outcome, createdMs: number, nowMs: number): Step[] {
  const gaps = path.slice(1).map((k) => random.between(...(MOVE_DAYS[k] ?? [2, 14])) * DAY)
  if (outcome !== 'open') {
    const [min, max] = CLOSE_DAYS[outcome]
    gaps.push(random.between(min, max) * DAY)
  }
  const total = gaps.reduce((sum, g) => sum + g, 0)
  const age = nowMs - createdMs
  let scale = total > age * 0.9 ? (age * 0.9) / total : 1
  if (outcome === 'open' && total > 0) {
    const lastMoveMs = Math.max(createdMs + age * 0.1, nowMs - daysInStage(random) * DAY)
    scale = (lastMoveMs - createdMs) / total
  }
  const stages = path.map((k) => refs.openStages[k] as StageRef)
  if (outcome !== 'open') stages.push(outcome === 'won' ? refs.won : refs.lost)
  const steps: Step[] = [{ stage: stages[0] as StageRef, openIndex: 0, atMs: createdMs }]
  let at = createdMs
  for (const [i, gap] of gaps.entries()) {
    // Office hours can push a step later than its share of the time; never past now, leaving a second for each step after it.
    const latest = nowMs - (gaps.length - 1 - i) * 1000
    at = Math.max(at + 1, Math.min(latest, duringWorkHours(random, Math.max(at + 1000, Math.round(at + gap * scale)), at, nowMs)))
    steps.push({ stage: stages[i + 1] as StageRef, openIndex: path[i + 1] ?? -1, atMs: at })
  }
  return steps
}

function secondTouch(ctx: LeadPlanContext, lead: number, source: PlannedCampaign, fromMs: number, untilMs: number, rows: SampleRows): number | null {
  const at = Math.round(fromMs + ctx.random.between(0.2, 1) * (untilMs - fromMs))
  const running = ctx.campaigns.filter((c) => c.id !== source.id && c.ranUntilMs !== null && c.startMs <= at && at <= c.ranUntilMs)
  if (running.length === 0) return null
  const other = ctx.random.pick(running)
  rows.touchpoints.push({ id: ctx.ids.touchpoints++, lead_id: lead, campaign_id: other.id, at: ctx.instant(at), note: TOUCH_NOTES[other.template.channel] })
  return at
}

/** Plans one lead and everything hanging off it into `rows`. */
export function planLead(ctx: LeadPlanContext, rows: SampleRows, seed: LeadSeed): void {
  const { random, nowMs, refs } = ctx
  const id = ctx.ids.leads++
  const { campaign, createdMs } = seed
  const ageDays = (nowMs - createdMs) / DAY
  const outcome = chooseOutcome(random, ageDays, campaign)
  const steps = timeline(random, refs, choosePath(random, refs.openStages.length, ageDays, outcome), outcome, createdMs, nowMs)
  const final = steps[steps.length - 1] as Step
  const closedMs = outcome === 'open' ? null : final.atMs

  for (const [i, step] of steps.entries()) {
    const from = i === 0 ? null : (steps[i - 1] as Step).stage
    rows.stage_history.push({
      id: ctx.ids.stage_history++,
      lead_id: id,
      from_stage_id: from?.id ?? null,
      to_stage_id: step.stage.id,
      from_stage_name: from?.name ?? null,
      to_stage_name: step.stage.name,
      to_kind: step.stage.kind,
      at: ctx.instant(step.atMs),
    })
  }

  const owner = random.chance(0.95) ? random.pick(OWNERS) : null
  const who = chooseWho(ctx, ctx.parties, rows, campaign, createdMs, owner)
  const lostReason = outcome === 'lost' ? random.weighted(refs.lostReasons, refs.lostReasons.map((_, i) => refs.lostReasons.length + 2 - i)) : null
  let touchedMs = final.atMs
  if (campaign) {
    rows.touchpoints.push({ id: ctx.ids.touchpoints++, lead_id: id, campaign_id: campaign.id, at: ctx.instant(createdMs), note: null })
    // A third of won deals were touched by two or three campaigns before they closed; other leads now and then by a second one.
    const extraTouches = outcome === 'won' ? (random.chance(1 / 3) ? random.int(1, 2) : 0) : random.chance(0.2) ? 1 : 0
    if ((closedMs ?? nowMs) - createdMs > 2 * DAY) {
      for (let t = 0; t < extraTouches; t++) touchedMs = Math.max(touchedMs, secondTouch(ctx, id, campaign, createdMs, closedMs ?? nowMs, rows) ?? 0)
    }
  }
  const activity = leadActivities(ctx, rows, id, steps, outcome)
  const feedbackMs = leadFeedback(ctx, rows, id, steps, outcome, lostReason, campaign?.id ?? null)
  touchedMs = Math.max(touchedMs, activity.touchedMs, feedbackMs)

  const [minValue, maxValue] = VALUE_DOLLARS[who.segment] ?? [2000, 20000]
  const unpriced = outcome === 'open' && final.openIndex === 0 && random.chance(0.2)
  const placed = (ctx.placed.get(final.stage.id) ?? 0) + 1
  ctx.placed.set(final.stage.id, placed)
  const late = outcome === 'open' && final.openIndex >= 2
  const expectedCloseMs = late && random.chance(0.7) ? nowMs + random.int(-10, 60) * DAY : closedMs !== null && random.chance(0.4) ? closedMs - random.int(0, 14) * DAY : null
  const snoozed = outcome === 'open' && random.chance(0.03)

  rows.leads.push({
    id,
    source_campaign_id: campaign?.id ?? null,
    pipeline_id: refs.pipelineId,
    stage_id: final.stage.id,
    position: placed * POSITION_STEP,
    value_minor: unpriced ? 0 : Math.round(random.between(minValue, maxValue) / 50) * 50 * 100,
    probability_override: outcome === 'open' && random.chance(0.05) ? random.int(1, 19) * 5 : null,
    owner,
    notes: random.chance(0.15) ? random.pick(LEAD_NOTES) : null,
    created_at: ctx.instant(createdMs),
    updated_at: ctx.instant(Math.min(nowMs, touchedMs)),
    stage_entered_at: ctx.instant(final.atMs),
    last_activity_at: activity.lastDoneMs === null ? null : ctx.instant(activity.lastDoneMs),
    snoozed_until: snoozed ? dayOf(nowMs + random.int(3, 30) * DAY) : null,
    snooze_reason: snoozed ? random.pick(SNOOZE_REASONS) : null,
    expected_close_on: expectedCloseMs === null ? null : dayOf(expectedCloseMs),
    closed_at: closedMs === null ? null : ctx.instant(closedMs),
    lost_reason: lostReason,
    lost_note: lostReason !== null && random.chance(0.3) ? random.pick(LOST_NOTES) : null,
    person_id: who.person.id,
    organization_id: who.organizationId,
    title: who.title,
    version: 1,
  })
  if (outcome === 'won' && closedMs !== null) ctx.parties.won(who.person, closedMs)

  const tagCount = random.weighted([0, 1, 2, 3], [45, 30, 17, 8])
  const tags = new Set<string>(random.sample(TAGS, tagCount))
  if (campaign?.template.channel === 'referral') tags.add('referral')
  if (who.returning) tags.add(who.title?.startsWith('Renewal') ? 'renewal' : 'upsell')
  tagPerson(rows, who.person, tags)
}
