import type { StageKind } from './enums'
import type { Campaign } from './campaigns'
import type { AttributionModel, MetricInputs, MetricRow } from './metrics'

/** A lead a campaign brought, as its page lists it. */
export interface CampaignLead {
  id: number
  /** What to call the deal: its title, else its person's name, else its organisation's. */
  dealName: string
  company: string | null
  stageName: string
  stageKind: StageKind
  stageColor: string
  valueMinor: number
  owner: string | null
  createdAt: string
  closedAt: string | null
}

export interface CampaignLeads {
  total: number
  /** The newest leads first, at most CAMPAIGN_PAGE_LEADS of them. */
  rows: CampaignLead[]
}

export const CAMPAIGN_PAGE_LEADS = 50

/** One entry of what sales heard, for the "latest" list: feedback, or a lead lost with its reason. */
export interface SalesNote {
  kind: 'objection' | 'preference' | 'other' | 'lost'
  text: string
  leadId: number
  /** What to call the deal: its title, else its person's name, else its organisation's. */
  dealName: string
  company: string | null
  at: string
}

/** What sales logged on a campaign's leads, rolled up for marketing. */
export interface SalesFeedback {
  kindCounts: { objection: number; preference: number; other: number; lost: number }
  /** Objections and preferences, grouped by what was said, most frequent first. */
  topFeedback: Array<{ kind: 'objection' | 'preference' | 'other'; text: string; count: number }>
  /** Lost reasons of the campaign's lost leads, most frequent first. */
  lostReasons: Array<{ reason: string; count: number }>
  latest: SalesNote[]
}

/** Everything a campaign's page shows but its spend ledger and snapshot list. */
export interface CampaignPageData {
  campaign: Campaign
  /** The workspace's attribution setting, which the revenue and ROI follow. */
  attributionModel: AttributionModel
  /** The campaign's metric inputs over its whole life; figures come from computeMetrics. */
  inputs: MetricInputs
  /** The same inputs by week (short campaigns) or month, with empty buckets filled in, oldest first. */
  series: { grouping: 'week' | 'month'; rows: MetricRow[] }
  leads: CampaignLeads
  feedback: SalesFeedback
}
