import { GOAL_METRIC_INFO, type GoalMetric } from './goals'
import type { Achievability } from './goalsAchievability'
import { isRealDate } from './dates'
import { periodDays } from './goalsPeriod'

// The SMART checklist beside the goal editor: for each letter, whether the draft holds
// up and, when it does not, what to change — in words a person can act on.

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T'
export type SmartState = 'ok' | 'weak' | 'missing'

export interface SmartItem {
  letter: SmartLetter
  name: string
  state: SmartState
  message: string
}

export interface SmartDraft {
  title: string
  description: string
  owner: string
  metric: GoalMetric | ''
  manualName: string
  /** The stored target (cents, fraction), or null when the box is empty or unreadable. */
  target: number | null
  startsOn: string
  endsOn: string
  why: string
  parentId: number | null
  campaignIds: readonly number[]
  segmentIds: readonly number[]
}

function specific(d: SmartDraft): SmartItem {
  const base = { letter: 'S' as const, name: 'Specific' }
  if (d.title.trim().length < 4) return { ...base, state: 'missing', message: 'Name the goal in a few words, e.g. “Q1 revenue $60,000”.' }
  const gaps = [!d.description.trim() && 'say what exactly counts', !d.owner.trim() && 'name an owner'].filter(Boolean)
  if (gaps.length) return { ...base, state: 'weak', message: `Clear title. To make it specific, ${gaps.join(' and ')}.` }
  return { ...base, state: 'ok', message: 'Says what, for which team, and who owns it.' }
}

function measurable(d: SmartDraft): SmartItem {
  const base = { letter: 'M' as const, name: 'Measurable' }
  if (!d.metric) return { ...base, state: 'missing', message: 'Pick the figure that measures it.' }
  if (d.metric === 'manual' && !d.manualName.trim()) return { ...base, state: 'missing', message: 'Name what you will count, e.g. “newsletter subscribers”.' }
  if (d.target === null) return { ...base, state: 'missing', message: 'Set a target number.' }
  if (d.target < 0 || (GOAL_METRIC_INFO[d.metric].unit === 'percent' && d.metric !== 'roi' && d.target > 1)) {
    return { ...base, state: 'missing', message: d.target < 0 ? 'The target cannot be negative.' : 'A share cannot be over 100%.' }
  }
  if (d.target === 0 && GOAL_METRIC_INFO[d.metric].better === 'higher') return { ...base, state: 'weak', message: 'A target of zero is reached before you start.' }
  return d.metric === 'manual'
    ? { ...base, state: 'ok', message: 'Measured by the check-ins you add.' }
    : { ...base, state: 'ok', message: 'Baton measures it from your data — no typing in.' }
}

function achievable(d: SmartDraft, check: Achievability | null): SmartItem {
  const base = { letter: 'A' as const, name: 'Achievable' }
  if (!check || d.target === null || !d.metric) return { ...base, state: 'missing', message: 'Set the metric, target and dates to compare with your history.' }
  switch (check.verdict) {
    case 'fine':
      return { ...base, state: 'ok', message: check.message }
    case 'too_hard':
    case 'too_easy':
      return { ...base, state: 'weak', message: check.message }
    case 'no_history':
    case 'manual':
      return { ...base, state: 'weak', message: check.message }
  }
}

function relevant(d: SmartDraft): SmartItem {
  const base = { letter: 'R' as const, name: 'Relevant' }
  const linked = d.parentId !== null || d.campaignIds.length > 0 || d.segmentIds.length > 0
  const why = d.why.trim().length > 0
  if (!linked && !why) return { ...base, state: 'missing', message: 'Say why it matters, and link the parent goal, campaigns or segments it serves.' }
  if (!why) return { ...base, state: 'weak', message: 'Linked — now add a “why” so the team knows what it is for.' }
  if (!linked) return { ...base, state: 'weak', message: 'Has a why. Link the parent goal, campaigns or segments it serves.' }
  return { ...base, state: 'ok', message: 'Says why, and what it serves.' }
}

function timeBound(d: SmartDraft): SmartItem {
  const base = { letter: 'T' as const, name: 'Time-bound' }
  if (!isRealDate(d.startsOn)) return { ...base, state: 'missing', message: 'Add a start date.' }
  if (!isRealDate(d.endsOn)) return { ...base, state: 'missing', message: 'Add an end date: a goal without a deadline cannot be tracked.' }
  if (d.endsOn < d.startsOn) return { ...base, state: 'missing', message: 'The end date is before the start date.' }
  const days = periodDays(d.startsOn, d.endsOn)
  if (days < 7) return { ...base, state: 'weak', message: `Only ${days === 1 ? 'one day' : `${days} days`}: too short to see a pace. Give it a week or more.` }
  if (days > 731) return { ...base, state: 'weak', message: 'Longer than two years: split it into yearly goals you can act on.' }
  return { ...base, state: 'ok', message: `${days} days, with a deadline.` }
}

export function smartChecklist(draft: SmartDraft, check: Achievability | null): SmartItem[] {
  return [specific(draft), measurable(draft), achievable(draft, check), relevant(draft), timeBound(draft)]
}
