import type { CampaignStatus, Channel } from './enums'

export interface Segment {
  id: number
  name: string
  description: string | null
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
}

/** A campaign with the numbers its list row shows. */
export interface CampaignSummary extends Campaign {
  leadCount: number
  wonCount: number
  spentMinor: number
}
