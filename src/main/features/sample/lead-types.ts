import type { PlannedCampaign } from './campaign-plan'
import type { PartyBook } from './parties-plan'
import type { Random } from './random'
import type { IdCounters, SampleRefs, StageRef } from './refs'

// What planning one lead shares with the planners of its activities and feedback; apart from
// lead-plan.ts so those planners and it do not import each other.

export interface LeadSeed {
  createdMs: number
  campaign: PlannedCampaign | null
}

export interface LeadPlanContext {
  random: Random
  /** The sample's "now" on the firm's wall clock, read as if it were UTC (see plan.ts). */
  nowMs: number
  /** A planned wall-clock time as the ISO instant it is in the firm's time zone. */
  instant: (wallMs: number) => string
  refs: SampleRefs
  /** Campaigns that have run, for second touches. */
  campaigns: readonly PlannedCampaign[]
  /** Segment ids by SEGMENTS index. */
  segmentIds: readonly number[]
  ids: IdCounters
  /** Cards already placed per stage id, so positions keep ascending across batches. */
  placed: Map<number, number>
  /** The people and organisations planned so far, so later leads can be theirs. */
  parties: PartyBook
}

export type Outcome = 'open' | 'won' | 'lost'

/** One stage change in a lead's life; index 0 is its creation. */
export interface Step {
  stage: StageRef
  /** Index among the open stages, or -1 for Won/Lost. */
  openIndex: number
  atMs: number
}
