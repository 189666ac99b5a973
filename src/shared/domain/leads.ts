import type { Channel } from './enums'

export interface Lead {
  id: number
  personName: string
  company: string | null
  email: string | null
  phone: string | null
  sourceCampaignId: number | null
  sourceCampaignName: string | null
  sourceChannel: Channel | null
  segmentId: number | null
  pipelineId: number
  stageId: number
  position: number
  valueMinor: number
  /** Set by hand; null means the lead follows its stage's win probability. */
  probabilityOverride: number | null
  owner: string | null
  tags: string[]
  notes: string | null
  createdAt: string
  updatedAt: string
  stageEnteredAt: string
  lastActivityAt: string | null
  snoozedUntil: string | null
  snoozeReason: string | null
  expectedCloseOn: string | null
  closedAt: string | null
  lostReason: string | null
  lostNote: string | null
}

export interface LeadPage {
  leads: Lead[]
  total: number
}
