import { z } from 'zod'
import { TABLE_SORT_COLUMNS, type BulkResult, type TablePage } from '../domain/board'
import type { StageChange } from '../domain/history'
import type { LeadMatch } from '../domain/leadMatches'
import type { Lead, LeadPage } from '../domain/leads'
import { BoardFilters } from './board'
import { CustomSortColumn, CustomValuesInput } from './customFieldValues'
import { call } from './define'
import { BasedOnVersion, Email, Id, IsoDay, Minor, optionalText, requiredText, Tags } from './fields'

// Each field once, without defaults: zod 4 applies a field's default even inside
// .partial(), which would make every patch reset the fields it leaves out.
// Who the deal is with is given either as ids of existing records (personId, organizationId) or
// as the fields to find or create them by (personName, email, phone, company): see leads.parties.ts.
const leadFields = {
  /** The deal's own name; left empty, the deal is called by its person's (or organisation's) name. */
  title: optionalText(200),
  personId: Id.nullable(),
  /** In a patch: renames the deal's person (or gives the deal a person, when it has none). */
  personName: requiredText(120, "Enter the person's name"),
  organizationId: Id.nullable(),
  /** The organisation's name: the deal joins the organisation of that name, which is made when there is none. */
  company: optionalText(120),
  email: Email,
  phone: optionalText(40),
  sourceCampaignId: Id.nullable(),
  /** Set on the deal's organisation, or its person when it has none (a lead's segment is theirs). */
  segmentId: Id.nullable(),
  valueMinor: Minor,
  probabilityOverride: z.int().min(0, 'Use 0–100').max(100, 'Use 0–100').nullable(),
  owner: optionalText(80),
  /** Its person's tags (its organisation's when it has no person). */
  tags: Tags.unwrap(),
  notes: optionalText(10_000),
  expectedCloseOn: IsoDay.nullable(),
  /** The lead's custom fields by key (only those given are written); checked against their definitions in main. */
  customFields: CustomValuesInput,
}

const LeadEditable = z.object({
  ...leadFields,
  personId: leadFields.personId.optional(),
  personName: z.string().trim().max(120, 'Keep this under 120 characters').optional().transform((value) => value || undefined),
  organizationId: leadFields.organizationId.optional(),
  sourceCampaignId: leadFields.sourceCampaignId.default(null),
  segmentId: leadFields.segmentId.default(null),
  valueMinor: leadFields.valueMinor.default(0),
  probabilityOverride: leadFields.probabilityOverride.default(null),
  tags: Tags,
  expectedCloseOn: leadFields.expectedCloseOn.default(null),
  customFields: leadFields.customFields.optional(),
})

export const LeadInput = LeadEditable.extend({
  /** Defaults to the first pipeline. */
  pipelineId: Id.optional(),
  /** Defaults to the pipeline's first open stage. */
  stageId: Id.optional(),
}).refine((lead) => lead.personId != null || lead.personName !== undefined || lead.organizationId != null || lead.company !== null, {
  path: ['personName'],
  message: "Enter the person's name (or the organisation's)",
})
export type LeadInput = z.input<typeof LeadInput>

export const LeadPatch = z.object(leadFields).partial()
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

const LostReasonText = z.string().trim().max(200, 'Keep the reason under 200 characters')

export const LeadTableQuery = z
  .object({
    /** Left out: leads of every pipeline. */
    pipelineId: Id.optional(),
    filters: BoardFilters.prefault({}),
    sort: z
      .object({ column: z.union([z.enum(TABLE_SORT_COLUMNS), CustomSortColumn]), direction: z.enum(['asc', 'desc']).default('asc') })
      .default({ column: 'createdAt', direction: 'desc' }),
    offset: z.int().min(0).default(0),
    limit: z.int().min(1).max(500).default(100),
  })
  .strict()
export type LeadTableQuery = z.input<typeof LeadTableQuery>

export const BulkAction = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('move'),
    stageId: Id,
    /** Required when the target is a Lost stage. */
    lostReason: LostReasonText.optional(),
    lostNote: z.string().trim().max(2000).optional(),
  }),
  z.object({ type: z.literal('setOwner'), owner: optionalText(80) }),
  z.object({ type: z.literal('addTag'), tag: requiredText(40, 'Type the tag to add') }),
  z.object({ type: z.literal('delete') }),
  /** "Touched by campaign…": logs a touch from the campaign on every selected lead. */
  z.object({ type: z.literal('touch'), campaignId: Id, note: optionalText(500) }),
  z.object({ type: z.literal('setSegment'), segmentId: Id.nullable() }),
])
export type BulkAction = z.input<typeof BulkAction>

export const LeadBulk = z
  .object({
    leadIds: z.array(Id).min(1, 'Select at least one lead').max(1000, 'Select at most 1,000 leads at a time'),
    action: BulkAction,
  })
  .strict()

export const LeadSnooze = z.object({
  id: Id,
  /** The day the lead comes back on the board; null wakes it now. */
  until: IsoDay.nullable(),
  reason: optionalText(200),
})

export const leadsContract = {
  'leads.list': call(LeadListQuery).returns<LeadPage>(),
  'leads.get': call(z.object({ id: Id })).returns<Lead>(),
  'leads.create': call(LeadInput).returns<Lead>(),
  'leads.update': call(z.object({ id: Id, fields: LeadPatch, basedOnVersion: BasedOnVersion })).returns<Lead>(),
  'leads.delete': call(z.object({ id: Id })).returns<{ id: number }>(),
  'leads.move': call(LeadMove).returns<Lead>(),
  /** Stage changes, oldest first. */
  'leads.history': call(z.object({ leadId: Id })).returns<StageChange[]>(),
  'leads.snooze': call(LeadSnooze).returns<Lead>(),
  /** Other leads with this email, ignoring case (for the duplicate warning). */
  'leads.findByEmail': call(z.object({ email: z.string().trim().max(200), excludeId: Id.optional() })).returns<LeadMatch[]>(),
  /** Distinct owners, sorted (for the filter dropdown). */
  'leads.owners': call(z.object({}).strict()).returns<string[]>(),
  /** Distinct tags, sorted (for the filter dropdown). */
  'leads.tags': call(z.object({}).strict()).returns<string[]>(),
  /** One page of the table view, sorted and filtered in SQL. */
  'leads.table': call(LeadTableQuery).returns<TablePage>(),
  'leads.bulk': call(LeadBulk).returns<BulkResult>(),
  /** Brings back the leads of a bulk delete, with everything that hung off them. */
  /** Asks where to save, then writes every lead the table shows (its filters and sort), custom fields included, as CSV or XLSX; null when the person cancels. */
  'leads.export': call(LeadTableQuery.omit({ offset: true, limit: true }).extend({ format: z.enum(['csv', 'xlsx']).default('csv') })).returns<{ file: string; rows: number } | null>(),
  'leads.undoDelete': call(z.object({ token: z.string().min(1).max(100) })).returns<{ restored: number }>(),
}
