import { z } from 'zod'
import type { Activity, FollowUp } from '../domain/activities'
import { ACTIVITY_KINDS } from '../domain/enums'
import { call } from './define'
import { Id, IsoInstant, optionalText, requiredText } from './fields'

const ActivityFields = z.object({
  kind: z.enum(ACTIVITY_KINDS, 'Pick what kind of activity this is'),
  subject: requiredText(200, 'Say in a few words what this is about'),
  body: optionalText(10_000),
  /** When it is due; null for something simply logged. */
  dueAt: IsoInstant.nullable(),
})

export const ActivityInput = ActivityFields.extend({
  leadId: Id,
  dueAt: IsoInstant.nullable().default(null),
  /**
   * Whether it is already done. Left out: a call, meeting, email, demo or note
   * without a future due time is logged as done; a task, or anything due later, stays open.
   */
  done: z.boolean().optional(),
})

// Built from the fields without defaults: zod 4 applies a default even inside .partial().
export const ActivityPatch = ActivityFields.partial().strict()

export const activitiesContract = {
  /** Open activities first (soonest due first), then the rest newest first. */
  'activities.list': call(z.object({ leadId: Id })).returns<Activity[]>(),
  'activities.create': call(ActivityInput).returns<Activity>(),
  'activities.update': call(z.object({ id: Id, fields: ActivityPatch })).returns<Activity>(),
  'activities.complete': call(z.object({ id: Id, done: z.boolean() })).returns<Activity>(),
  'activities.delete': call(z.object({ id: Id })).returns<{ id: number }>(),
  /** Open follow-ups due by `until`, or by the end of the firm's today when it is left out. Closed and snoozed leads are left out. */
  'followUps.today': call(z.object({ until: IsoInstant.optional() })).returns<FollowUp[]>(),
}
