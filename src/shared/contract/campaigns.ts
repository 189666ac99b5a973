import { z } from 'zod'
import type { Campaign, CampaignSummary, CampaignTable } from '../domain/campaigns'
import { CAMPAIGN_STATUSES, CHANNELS } from '../domain/enums'
import { METRIC_KINDS, type MetricKey } from '../domain/metrics'
import { call } from './define'
import { BasedOnVersion, Id, IsoDay, Minor, optionalText, requiredText } from './fields'

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

export const CAMPAIGN_TABLE_SORTS = ['name', 'channel', 'status', 'startsOn', 'endsOn', 'budgetMinor', ...(Object.keys(METRIC_KINDS) as MetricKey[])] as const
export type CampaignTableSort = (typeof CAMPAIGN_TABLE_SORTS)[number]

export const CampaignTableQuery = z
  .object({
    search: z.string().trim().max(120).optional(),
    status: z.enum(CAMPAIGN_STATUSES).optional(),
    channel: z.enum(CHANNELS).optional(),
    segmentId: Id.optional(),
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    sort: z.object({ column: z.enum(CAMPAIGN_TABLE_SORTS), direction: z.enum(['asc', 'desc']) }).optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.to >= q.from, { path: ['to'], message: 'The period ends before it starts' })
export type CampaignTableQuery = z.input<typeof CampaignTableQuery>

export const campaignsContract = {
  /** Every campaign with its metric inputs for a period, sorted and filtered in SQL, with totals. */
  'campaigns.table': call(CampaignTableQuery).returns<CampaignTable>(),
  'campaigns.list': call(CampaignListQuery).returns<CampaignSummary[]>(),
  'campaigns.get': call(z.object({ id: Id })).returns<Campaign>(),
  'campaigns.create': call(CampaignInput).returns<Campaign>(),
  'campaigns.update': call(z.object({ id: Id, fields: CampaignInput, basedOnVersion: BasedOnVersion })).returns<Campaign>(),
  'campaigns.delete': call(z.object({ id: Id })).returns<{ id: number }>(),
}
