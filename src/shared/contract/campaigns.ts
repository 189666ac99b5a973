import { z } from 'zod'
import type { Campaign, CampaignSummary } from '../domain/campaigns'
import { CAMPAIGN_STATUSES, CHANNELS } from '../domain/enums'
import { call } from './define'
import { Id, IsoDay, Minor, optionalText, requiredText } from './fields'

export const CampaignInput = z
  .object({
    name: requiredText(120, 'Give the campaign a name'),
    channel: z.enum(CHANNELS, 'Pick the channel this campaign runs on'),
    objective: optionalText(500),
    segmentId: Id.nullable().default(null),
    budgetMinor: Minor.default(0),
    startsOn: IsoDay.nullable().default(null),
    endsOn: IsoDay.nullable().default(null),
    status: z.enum(CAMPAIGN_STATUSES).default('planned'),
    trackingCode: optionalText(80),
    notes: optionalText(5000),
  })
  .refine((c) => !c.startsOn || !c.endsOn || c.endsOn >= c.startsOn, {
    path: ['endsOn'],
    message: 'The end date is before the start date',
  })
export type CampaignInput = z.input<typeof CampaignInput>

export const CampaignListQuery = z
  .object({
    search: z.string().trim().max(120).optional(),
    status: z.enum(CAMPAIGN_STATUSES).optional(),
    channel: z.enum(CHANNELS).optional(),
  })
  .strict()

export const campaignsContract = {
  'campaigns.list': call(CampaignListQuery).returns<CampaignSummary[]>(),
  'campaigns.get': call(z.object({ id: Id })).returns<Campaign>(),
  'campaigns.create': call(CampaignInput).returns<Campaign>(),
  'campaigns.update': call(z.object({ id: Id, fields: CampaignInput })).returns<Campaign>(),
  'campaigns.delete': call(z.object({ id: Id })).returns<{ id: number }>(),
}
