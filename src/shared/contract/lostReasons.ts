import { z } from 'zod'
import type { LostReason } from '../domain/lostReasons'
import { call } from './define'
import { Id, requiredText } from './fields'

const Label = requiredText(200, 'Write the reason')

export const lostReasonsContract = {
  /** The reasons to pick from, in the firm's order; archived ones are left out. */
  'lostReasons.list': call(z.object({}).strict()).returns<LostReason[]>(),
  'lostReasons.create': call(z.object({ label: Label })).returns<LostReason>(),
  'lostReasons.rename': call(z.object({ id: Id, label: Label })).returns<LostReason>(),
  /** Hides it from the list; leads already lost for it keep their reason. */
  'lostReasons.archive': call(z.object({ id: Id })).returns<{ id: number }>(),
}
