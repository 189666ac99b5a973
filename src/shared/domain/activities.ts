import type { ActivityKind } from './enums'

export interface Activity {
  id: number
  leadId: number
  kind: ActivityKind
  subject: string
  body: string | null
  /** When it is due (follow-ups, planned meetings); null for something simply logged. */
  dueAt: string | null
  /** When it was done; null while it is still open. */
  doneAt: string | null
  createdAt: string
  updatedAt: string
}

/** One line of the "Today" view: an open activity due by the end of today, with its lead. */
export interface FollowUp {
  activity: Activity
  leadId: number
  personName: string
  company: string | null
  stageName: string
  /** Due before now. */
  overdue: boolean
}
