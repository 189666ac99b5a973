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
  /** What to call the deal: its title, else its person's name, else its organisation's. */
  dealName: string
  company: string | null
  stageName: string
  /** Due before now. */
  overdue: boolean
}

/**
 * Planned work against work done, for a period (the activity report).
 * - planned: activities due in the period, except a record logged after the fact (born done, its
 *   due time not after its creation): that one is counted as `unplanned`.
 * - plannedDone: of the planned ones, those done (whenever they were done).
 * - overdue: planned ones still open whose due time has passed.
 * - unplanned: activities logged in the period without a plan (no due time, or due no later than
 *   they were written down) — calls and emails recorded after they happened.
 */
export interface ActivityTally {
  planned: number
  plannedDone: number
  overdue: number
  unplanned: number
}

export const EMPTY_ACTIVITY_TALLY: Readonly<ActivityTally> = Object.freeze({ planned: 0, plannedDone: 0, overdue: 0, unplanned: 0 })

export function addActivityTallies(...all: ReadonlyArray<Readonly<ActivityTally>>): ActivityTally {
  return all.reduce<ActivityTally>(
    (sum, t) => ({ planned: sum.planned + t.planned, plannedDone: sum.plannedDone + t.plannedDone, overdue: sum.overdue + t.overdue, unplanned: sum.unplanned + t.unplanned }),
    { ...EMPTY_ACTIVITY_TALLY },
  )
}

/** The most a share of planned work can read while some of it is still open: never "100%". */
export const UNFINISHED_SHARE_CAP = 0.99

/**
 * Done of planned, as a fraction: null when nothing was planned. While any planned activity is
 * still open the share stays at or below 99%, so rounding never shows an unfinished row as 100%.
 */
export function doneOfPlanned(tally: Pick<ActivityTally, 'planned' | 'plannedDone'>): number | null {
  if (tally.planned <= 0) return null
  const share = Math.min(tally.plannedDone, tally.planned) / tally.planned
  return tally.plannedDone >= tally.planned ? 1 : Math.min(share, UNFINISHED_SHARE_CAP)
}
