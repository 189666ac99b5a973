export const CHANNELS = ['video', 'social_ads', 'content', 'email', 'seo', 'sem', 'event', 'referral', 'other'] as const
export type Channel = (typeof CHANNELS)[number]

export const CHANNEL_LABELS: Record<Channel, string> = {
  video: 'Video',
  social_ads: 'Social ads',
  content: 'Content (blog, whitepaper, articles)',
  email: 'Email outreach',
  seo: 'SEO',
  sem: 'SEM (paid search)',
  event: 'Events',
  referral: 'Referrals',
  other: 'Other',
}

export const CHANNEL_SHORT_LABELS: Record<Channel, string> = {
  video: 'Video',
  social_ads: 'Social',
  content: 'Content',
  email: 'Email',
  seo: 'SEO',
  sem: 'SEM',
  event: 'Event',
  referral: 'Referral',
  other: 'Other',
}

export const CAMPAIGN_STATUSES = ['planned', 'active', 'paused', 'completed'] as const
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]

export const STAGE_KINDS = ['open', 'won', 'lost'] as const
export type StageKind = (typeof STAGE_KINDS)[number]

export const ACTIVITY_KINDS = ['call', 'meeting', 'email', 'demo', 'note', 'task'] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

export const FEEDBACK_KINDS = ['objection', 'preference', 'other'] as const
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number]

export const GOAL_TEAMS = ['marketing', 'sales', 'shared'] as const
export type GoalTeam = (typeof GOAL_TEAMS)[number]

export const GOAL_STATUSES = ['draft', 'active', 'achieved', 'missed', 'archived'] as const
export type GoalStatus = (typeof GOAL_STATUSES)[number]
