import type { Channel } from './enums'

/** A campaign that reached a lead (an ad click, a webinar seat, an email reply…). */
export interface Touchpoint {
  id: number
  leadId: number
  campaignId: number
  campaignName: string
  channel: Channel
  at: string
  note: string | null
  /** The earliest touch: its campaign is the lead's source. */
  first: boolean
}
