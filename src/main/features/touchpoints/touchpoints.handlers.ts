import type { touchpointsContract } from '@shared/contract/touchpoints'
import type { HandlersFor } from '../context'
import { addTouchpoint, deleteTouchpoint, listTouchpoints } from './touchpoints.service'

export const touchpointsHandlers: HandlersFor<typeof touchpointsContract> = {
  'touchpoints.list': ({ db }, { leadId }) => listTouchpoints(db, leadId),
  'touchpoints.add': ({ db }, input) => addTouchpoint(db, input),
  'touchpoints.delete': ({ db }, { id }) => deleteTouchpoint(db, id),
}
