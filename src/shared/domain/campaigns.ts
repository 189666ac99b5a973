import type { CampaignStatus, Channel } from './enums'
import type { AttributionModel, MetricInputs } from './metrics'

export interface Segment {
  id: number
  name: string
  description: string | null
  industry: string | null
  companySize: string | null
  region: string | null
  /** "‹field› is ‹option›": people or organisations with that choice are put in the segment. */
  rule: SegmentRule | null
}

export interface SegmentRule {
  /** A choice (or several choices) custom field of people or organisations. */
  fieldId: number
  option: string
}

/** A segment with what hangs off it, so a delete can say what happens. */
export interface SegmentSummary extends Segment {
  /** Leads whose organisation (else person) is in it. */
  leadCount: number
  campaignCount: number
  personCount: number
  organizationCount: number
}

export interface Campaign {
  id: number
  name: string
  channel: Channel
  objective: string | null
  segmentId: number | null
  segmentName: string | null
  budgetMinor: number
  startsOn: string | null
  endsOn: string | null
  status: CampaignStatus
  trackingCode: string | null
  notes: string | null
  createdAt: string
  updatedAt: string
  /** Goes up with every save; a save based on an older version is refused (`stale`). */
  version: number
}

/** A campaign with the numbers its list row shows. */
export interface CampaignSummary extends Campaign {
  leadCount: number
  wonCount: number
  spentMinor: number
}

/** A campaign with every metric input for the chosen period (see @shared/domain/metrics). */
export interface CampaignMetricsRow extends Campaign {
  inputs: MetricInputs
}

export interface CampaignTable {
  rows: CampaignMetricsRow[]
  /** The rows' inputs added up (figures are computed from these, never averaged). */
  totals: MetricInputs
  attributionModel: AttributionModel
}
