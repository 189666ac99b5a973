import { z } from 'zod'
import type { Lead, LeadPage } from '../domain/leads'
import { call } from './define'
import { Email, Id, IsoDay, Minor, optionalText, requiredText, Tags } from './fields'

const LeadEditable = z.object({
  personName: requiredText(120, "Enter the person's name"),
  company: optionalText(120),
  email: Email,
  phone: optionalText(40),
  sourceCampaignId: Id.nullable().default(null),
  segmentId: Id.nullable().default(null),
  valueMinor: Minor.default(0),
  probabilityOverride: z.int().min(0, 'Use 0–100').max(100, 'Use 0–100').nullable().default(null),
  owner: optionalText(80),
  tags: Tags,
  notes: optionalText(10_000),
  expectedCloseOn: IsoDay.nullable().default(null),
})

export const LeadInput = LeadEditable.extend({
  /** Defaults to the first pipeline. */
  pipelineId: Id.optional(),
  /** Defaults to the pipeline's first open stage. */
  stageId: Id.optional(),
})
export type LeadInput = z.input<typeof LeadInput>

export const LeadPatch = LeadEditable.partial()
export type LeadPatch = z.input<typeof LeadPatch>

export const LeadListQuery = z
  .object({
    pipelineId: Id.optional(),
    stageId: Id.optional(),
    campaignId: Id.optional(),
    search: z.string().trim().max(200).optional(),
    limit: z.int().min(1).max(500).default(100),
    offset: z.int().min(0).default(0),
  })
  .strict()

export const LeadMove = z.object({
  leadId: Id,
  stageId: Id,
  /** Put the lead just before this one; null puts it at the end of the stage. */
  beforeLeadId: Id.nullable().default(null),
  /** Required when the target stage is a Lost stage. */
  lostReason: z.string().trim().max(200).optional(),
  lostNote: z.string().trim().max(2000).optional(),
  /** The final value when the target stage is a Won stage; keeps the current value when absent. */
  wonValueMinor: Minor.optional(),
})
export type LeadMove = z.input<typeof LeadMove>

export const leadsContract = {
  'leads.list': call(LeadListQuery).returns<LeadPage>(),
  'leads.get': call(z.object({ id: Id })).returns<Lead>(),
  'leads.create': call(LeadInput).returns<Lead>(),
  'leads.update': call(z.object({ id: Id, fields: LeadPatch })).returns<Lead>(),
  'leads.delete': call(z.object({ id: Id })).returns<{ id: number }>(),
  'leads.move': call(LeadMove).returns<Lead>(),
}
