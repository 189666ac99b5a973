import type { Channel } from '@shared/domain/enums'

/** One colour per channel, used by the timeline and the channel charts alike. */
export const CHANNEL_COLORS: Record<Channel, string> = {
  video: '#e8590c',
  social_ads: '#3b5bdb',
  content: '#0c8599',
  email: '#7048e8',
  seo: '#2b8a3e',
  sem: '#1971c2',
  event: '#c2255c',
  referral: '#e67700',
  other: '#5c677d',
}
