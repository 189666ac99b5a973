import type { FeedbackKind } from './enums'

/** What a lead said (an objection, a preference), rolled up to the campaign it came from. */
export interface Feedback {
  id: number
  leadId: number
  campaignId: number | null
  campaignName: string | null
  kind: FeedbackKind
  text: string
  createdAt: string
}
