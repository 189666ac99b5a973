import type { activitiesContract } from '@shared/contract/activities'
import type { HandlersFor } from '../context'
import { activitiesOfLead, completeActivity, createActivity, deleteActivity, updateActivity } from './activities.service'
import { followUpsUntil } from './followUps'

export const activitiesHandlers: HandlersFor<typeof activitiesContract> = {
  'activities.list': ({ db }, { leadId }) => activitiesOfLead(db, leadId),
  'activities.create': ({ db }, input) => createActivity(db, input),
  'activities.update': ({ db }, { id, fields }) => updateActivity(db, id, fields),
  'activities.complete': ({ db }, { id, done }) => completeActivity(db, id, done),
  'activities.delete': ({ db }, { id }) => deleteActivity(db, id),
  'followUps.today': ({ db }, { until }) => followUpsUntil(db, until),
}
