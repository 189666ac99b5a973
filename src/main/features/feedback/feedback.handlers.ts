import type { feedbackContract } from '@shared/contract/feedback'
import type { HandlersFor } from '../context'
import { createFeedback, deleteFeedback, listFeedback } from './feedback.service'

export const feedbackHandlers: HandlersFor<typeof feedbackContract> = {
  'feedback.list': ({ db }, { leadId }) => listFeedback(db, leadId),
  'feedback.create': ({ db }, input) => createFeedback(db, input),
  'feedback.delete': ({ db }, { id }) => deleteFeedback(db, id),
}
