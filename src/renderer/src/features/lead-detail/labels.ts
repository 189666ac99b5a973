import type { ActivityKind, FeedbackKind } from '@shared/domain/enums'

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  call: 'Call',
  meeting: 'Meeting',
  email: 'Email',
  demo: 'Demo',
  note: 'Note',
  task: 'Task',
}

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  objection: 'Objection',
  preference: 'Preference',
  other: 'Other',
}
