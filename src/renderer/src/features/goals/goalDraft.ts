import type { InputOf } from '@shared/contract'
import { isRealDate } from '@shared/domain/dates'
import type { GoalTeam } from '@shared/domain/enums'
import { GOAL_METRIC_INFO, targetFromInput, targetToInput, type Goal, type GoalMetric } from '@shared/domain/goals'
import type { SmartDraft } from '@shared/domain/goalsSmart'

/** What the editor's boxes hold, as typed. */
export interface GoalDraft {
  title: string
  description: string
  team: GoalTeam | ''
  owner: string
  metric: GoalMetric | ''
  manualName: string
  baseline: string
  target: string
  startsOn: string
  endsOn: string
  why: string
  parentId: string
  campaignIds: number[]
  segmentIds: number[]
  filterCampaignId: string
  filterChannel: string
  filterSegmentId: string
  filterPipelineId: string
  filterOwner: string
}

export function draftOf(goal: Goal | null, defaults: Partial<GoalDraft> = {}): GoalDraft {
  return {
    title: goal?.title ?? '',
    description: goal?.description ?? '',
    team: goal?.team ?? '',
    owner: goal?.owner ?? '',
    metric: goal?.metric ?? '',
    manualName: goal?.manualName ?? '',
    baseline: goal?.baseline === null || goal?.baseline === undefined ? '' : String(goal.baseline),
    target: goal ? targetToInput(goal.metric, goal.target) : '',
    startsOn: goal?.startsOn ?? '',
    endsOn: goal?.endsOn ?? '',
    why: goal?.why ?? '',
    parentId: goal?.parentId ? String(goal.parentId) : '',
    campaignIds: goal?.campaignIds ?? [],
    segmentIds: goal?.segmentIds ?? [],
    filterCampaignId: goal?.filters.campaignId ? String(goal.filters.campaignId) : '',
    filterChannel: goal?.filters.channel ?? '',
    filterSegmentId: goal?.filters.segmentId ? String(goal.filters.segmentId) : '',
    filterPipelineId: goal?.filters.pipelineId ? String(goal.filters.pipelineId) : '',
    filterOwner: goal?.filters.owner ?? '',
    ...defaults,
  }
}

export const draftTarget = (d: GoalDraft) => (d.metric ? targetFromInput(d.metric, d.target) : null)

function filtersOf(d: GoalDraft): NonNullable<InputOf<'goals.create'>['filters']> {
  if (d.metric === 'manual') return {}
  return {
    ...(d.filterCampaignId && { campaignId: Number(d.filterCampaignId) }),
    ...(d.filterChannel && { channel: d.filterChannel as never }),
    ...(d.filterSegmentId && { segmentId: Number(d.filterSegmentId) }),
    ...(d.filterPipelineId && { pipelineId: Number(d.filterPipelineId) }),
    ...(d.filterOwner.trim() && { owner: d.filterOwner.trim() }),
  }
}

/** The draft as the contract's input; the schema then says what is missing. */
export function inputOf(d: GoalDraft): Record<string, unknown> {
  const baseline = d.baseline.trim() === '' ? null : Number(d.baseline.replace(/,/g, ''))
  return {
    title: d.title,
    description: d.description,
    team: d.team || undefined,
    owner: d.owner,
    metric: d.metric || undefined,
    manualName: d.manualName,
    target: draftTarget(d) ?? undefined,
    baseline: baseline !== null && Number.isFinite(baseline) ? baseline : null,
    startsOn: d.startsOn,
    endsOn: d.endsOn,
    filters: filtersOf(d),
    why: d.why,
    parentId: d.parentId ? Number(d.parentId) : null,
    campaignIds: d.campaignIds,
    segmentIds: d.segmentIds,
  }
}

export function smartDraftOf(d: GoalDraft): SmartDraft {
  return { ...d, target: draftTarget(d), parentId: d.parentId ? Number(d.parentId) : null }
}

/** What the achievability check needs, or null while the draft lacks it. */
export function achievabilityQueryOf(d: GoalDraft): InputOf<'goals.achievability'> | null {
  const target = draftTarget(d)
  if (!d.metric || target === null || target < 0 || !isRealDate(d.startsOn) || !isRealDate(d.endsOn) || d.endsOn < d.startsOn) return null
  return { metric: d.metric, target, startsOn: d.startsOn, endsOn: d.endsOn, filters: filtersOf(d) }
}

export function targetUnitHint(metric: GoalMetric | ''): string {
  if (!metric) return 'Pick a metric first'
  switch (GOAL_METRIC_INFO[metric].unit) {
    case 'money':
      return 'In USD, e.g. 60000'
    case 'percent':
      return 'In percent, e.g. 25'
    case 'days':
      return 'In days, e.g. 30'
    default:
      return 'A number, e.g. 150'
  }
}
