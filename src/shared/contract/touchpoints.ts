import { z } from 'zod'
import type { Touchpoint } from '../domain/touchpoints'
import { call } from './define'
import { Id, IsoInstant, optionalText } from './fields'

export const TouchInput = z
  .object({
    leadId: Id,
    campaignId: Id,
    /** When the campaign touched the lead; now when left out. */
    at: IsoInstant.optional(),
    note: optionalText(500),
  })
  .strict()

export const touchpointsContract = {
  /** The campaigns that touched a lead, oldest first; the first one is its source. */
  'touchpoints.list': call(z.object({ leadId: Id }).strict()).returns<Touchpoint[]>(),
  'touchpoints.add': call(TouchInput).returns<Touchpoint[]>(),
  'touchpoints.delete': call(z.object({ id: Id }).strict()).returns<Touchpoint[]>(),
}
