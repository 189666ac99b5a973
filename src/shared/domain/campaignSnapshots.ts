/** The four counts a campaign's day can record, in funnel order. */
export const SNAPSHOT_METRICS = ['impressions', 'clicks', 'visits', 'engagements'] as const
export type SnapshotMetric = (typeof SNAPSHOT_METRICS)[number]

export const SNAPSHOT_METRIC_LABELS: Record<SnapshotMetric, string> = {
  impressions: 'Impressions',
  clicks: 'Clicks',
  visits: 'Visits',
  engagements: 'Engagements',
}

/** What a campaign reached on one day, as typed in or pasted from an ad platform's export. */
export interface MetricSnapshot {
  id: number
  campaignId: number
  measuredOn: string
  impressions: number
  clicks: number
  visits: number
  engagements: number
}

/** A day to save: a null count is one the paste did not have, so a saved day keeps its figure. */
export type SnapshotDay = { measuredOn: string } & Record<SnapshotMetric, number | null>

export interface SnapshotSaveResult {
  created: number
  updated: number
}
