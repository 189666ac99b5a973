import type { LeadPlanContext, Outcome, Step } from './lead-types'
import { GENERIC_OBJECTIONS, OBJECTION_FOR_REASON, OTHER_FEEDBACK, PREFERENCES } from './lead-texts'
import type { SampleRows } from './rows'
import { HOUR } from './time'

/**
 * What the lead told sales, tied to the campaign that brought it in so marketing can
 * read it per campaign. Lost leads most often leave an objection that matches their
 * lost reason. Returns when the last entry was written (0 when none was).
 */
export function leadFeedback(
  ctx: LeadPlanContext,
  rows: SampleRows,
  leadId: number,
  steps: readonly Step[],
  outcome: Outcome,
  lostReason: string | null,
  campaignId: number | null,
): number {
  const { random, nowMs } = ctx
  const first = (steps[0] as Step).atMs
  const last = (steps[steps.length - 1] as Step).atMs
  const entries: Array<{ kind: 'objection' | 'preference' | 'other'; text: string; atMs: number }> = []
  const during = () => Math.round(first + random.next() * (last - first))

  if (outcome === 'lost' && lostReason !== null && random.chance(0.45)) {
    const texts = OBJECTION_FOR_REASON[lostReason.toLowerCase()] ?? GENERIC_OBJECTIONS
    entries.push({ kind: 'objection', text: random.pick(texts), atMs: Math.max(first, last - random.between(0, HOUR)) })
  }
  if (outcome === 'won' && random.chance(0.15)) entries.push({ kind: 'preference', text: random.pick(PREFERENCES), atMs: during() })
  if (outcome === 'open' && steps.length > 1 && random.chance(0.12)) {
    entries.push(
      random.chance(0.5)
        ? { kind: 'objection', text: random.pick(GENERIC_OBJECTIONS), atMs: during() }
        : { kind: 'preference', text: random.pick(PREFERENCES), atMs: during() },
    )
  }
  if (random.chance(0.02)) entries.push({ kind: 'other', text: random.pick(OTHER_FEEDBACK), atMs: during() })

  let latest = 0
  for (const entry of entries) {
    const atMs = Math.min(nowMs, entry.atMs)
    rows.feedback.push({ id: ctx.ids.feedback++, lead_id: leadId, campaign_id: campaignId, kind: entry.kind, text: entry.text, created_at: ctx.instant(atMs) })
    latest = Math.max(latest, atMs)
  }
  return latest
}
