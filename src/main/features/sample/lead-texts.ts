import type { Channel } from '@shared/domain/enums'

// What the sample's sales team writes down. Keyed by the step in the pipeline that
// the activity moved the lead to (the open stage's index, then won/lost).

type Logged = { kind: 'call' | 'email' | 'meeting' | 'demo' | 'note'; subject: string }

export const STEP_ACTIVITIES: readonly (readonly Logged[])[] = [
  [{ kind: 'note', subject: 'Lead came in' }],
  [
    { kind: 'call', subject: 'Intro call' },
    { kind: 'email', subject: 'Sent intro email' },
    { kind: 'call', subject: 'Left a voicemail, then reached them' },
  ],
  [
    { kind: 'meeting', subject: 'Discovery meeting' },
    { kind: 'call', subject: 'Discovery call' },
  ],
  [
    { kind: 'email', subject: 'Sent proposal' },
    { kind: 'meeting', subject: 'Walked through the proposal' },
  ],
  [
    { kind: 'call', subject: 'Pricing call' },
    { kind: 'meeting', subject: 'Contract review meeting' },
  ],
]

export const WON_ACTIVITIES: readonly Logged[] = [
  { kind: 'email', subject: 'Sent the signed contract' },
  { kind: 'note', subject: 'Signed — kickoff booked' },
  { kind: 'call', subject: 'Closing call' },
]

export const LOST_ACTIVITIES: readonly Logged[] = [
  { kind: 'call', subject: 'Final check-in call' },
  { kind: 'email', subject: 'Sent a last follow-up' },
  { kind: 'note', subject: 'Closed as lost' },
]

export const CHECK_INS: readonly Logged[] = [
  { kind: 'call', subject: 'Check-in call' },
  { kind: 'email', subject: 'Shared a case study' },
  { kind: 'email', subject: 'Follow-up email' },
  { kind: 'note', subject: 'Asked to reconnect next month' },
]

export const DEMO_SUBJECTS = ['Product demo', 'Demo for the team', 'Technical demo'] as const

export const FOLLOW_UP_TASKS = [
  'Follow up on the proposal',
  'Call back about pricing',
  'Send the contract',
  'Book a demo',
  'Check in after their board meeting',
  'Send references',
  'Confirm the start date',
] as const

export const ACTIVITY_BODIES = [
  'They want to start with one location and add the rest later.',
  'Budget is set for next quarter; timing is the question.',
  'Asked about data import from their current tool.',
  'Two people will join the next call: operations and finance.',
  'Interested in the annual plan.',
  'Wants to see reporting before deciding.',
] as const

export const SNOOZE_REASONS = [
  'Waiting for their budget meeting',
  'On holiday until later this month',
  'Asked us to reach out after their busy season',
] as const

export const LOST_NOTES = [
  'Might revisit next year.',
  'Went quiet after the proposal.',
  'Their owner decided to wait.',
  'Picked a cheaper tool for now.',
] as const

/** An objection that goes with each default lost reason; others fall back to GENERIC_OBJECTIONS. */
export const OBJECTION_FOR_REASON: Record<string, readonly string[]> = {
  'price too high': ['The price is above what they budgeted', 'Wants monthly billing instead of annual', 'Compared us with a cheaper tool'],
  'chose a competitor': ['Their current vendor offered a discount to stay', 'A competitor already integrates with their accounting tool'],
  'no budget': ['No budget until the next fiscal year', 'Budget was cut this quarter'],
  'bad timing': ['Too busy to switch tools this season', 'Locked into a contract until next year'],
  'no response': ['Never replied after the first call'],
  'not a fit': ['Needs features for a much larger team', 'Only wanted a one-off project'],
}

export const GENERIC_OBJECTIONS = [
  'Worried about how long onboarding takes',
  'Needs an integration with their accounting tool',
  'Unsure the team will use it',
  'Wants references from their industry',
] as const

export const PREFERENCES = [
  'Prefers email over phone',
  'Wants a demo for the whole team',
  'Interested in the annual plan discount',
  'Prefers to meet in person',
  'Asked for a case study from their industry',
  'Wants to start with a small pilot',
] as const

export const OTHER_FEEDBACK = ['Heard about us from a colleague', 'Liked the webinar format', 'Found the pricing page confusing'] as const

/** What a second touch from a campaign looked like. */
export const TOUCH_NOTES: Record<Channel, string | null> = {
  video: 'Watched the video',
  social_ads: 'Clicked an ad',
  content: 'Downloaded the guide',
  email: 'Opened the email and clicked',
  seo: 'Came back through search',
  sem: 'Clicked a search ad',
  event: 'Attended',
  referral: 'Referred again',
  other: null,
}
