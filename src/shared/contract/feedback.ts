import { z } from 'zod'
import { FEEDBACK_KINDS } from '../domain/enums'
import type { Feedback } from '../domain/feedback'
import { call } from './define'
import { Id, requiredText } from './fields'

export const FeedbackInput = z.object({
  leadId: Id,
  kind: z.enum(FEEDBACK_KINDS, 'Pick whether this is an objection or a preference'),
  text: requiredText(2000, 'Write down what they said'),
  /** Left out: the lead's source campaign. Null: no campaign. */
  campaignId: Id.nullable().optional(),
})

export const feedbackContract = {
  'feedback.list': call(z.object({ leadId: Id })).returns<Feedback[]>(),
  'feedback.create': call(FeedbackInput).returns<Feedback>(),
  'feedback.delete': call(z.object({ id: Id })).returns<{ id: number }>(),
}
