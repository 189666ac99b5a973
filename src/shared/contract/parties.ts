import { CustomFilters, CustomSortColumn } from './customFieldValues'
import { z } from 'zod'
import { Id, IsoDay, optionalText, requiredText } from './fields'

// What the people and organisations sections share: their tables' filters, their bulk actions,
// deleting one with or without its deals, and the lookup pickers ask while a name is typed.

const anyId = Id.nullish().transform((value) => value ?? undefined)
const anyText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters`)
    .nullish()
    .transform((value) => value || undefined)

/** Narrowing a people or organisations table. Every field is optional. */
export const PartyFilters = z
  .object({
    /** Text over names, emails, phones, aliases and domains (the start of any word). */
    search: anyText(200),
    owner: anyText(80),
    segmentId: anyId,
    tag: anyText(40),
    /** People of this organisation (people table only). */
    organizationId: anyId,
    /** Created on or after / on or before these days of the firm's calendar. */
    createdFrom: IsoDay.nullish().transform((value) => value ?? undefined),
    createdTo: IsoDay.nullish().transform((value) => value ?? undefined),
    /** Customers only (a won deal), or none of them; left out: everyone. */
    customer: z.boolean().nullish().transform((value) => value ?? undefined),
    /** Conditions on their custom fields, all of which must hold. */
    custom: CustomFilters.nullish().transform((value) => (value && value.length > 0 ? value : undefined)),
  })
  .strict()
  .refine((f) => !f.createdFrom || !f.createdTo || f.createdTo >= f.createdFrom, { path: ['createdTo'], message: 'The end date is before the start date' })
export type PartyFilters = z.input<typeof PartyFilters>

export const partyTableQuery = <C extends readonly [string, ...string[]]>(columns: C, defaultColumn: C[number]) =>
  z
    .object({
      filters: PartyFilters.prefault({}),
      sort: z
        .object({ column: z.union([z.enum(columns), CustomSortColumn]), direction: z.enum(['asc', 'desc']).default('asc') })
        .default({ column: defaultColumn, direction: 'asc' } as never),
      offset: z.int().min(0).default(0),
      limit: z.int().min(1).max(500).default(100),
    })
    .strict()

export const PartyBulkAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('setOwner'), owner: optionalText(80) }),
  z.object({ type: z.literal('addTag'), tag: requiredText(40, 'Type the tag to add') }),
  z.object({ type: z.literal('setSegment'), segmentId: Id.nullable() }),
  /** Refused while any of them has deals, unless `deleteLeads` says to delete those too. */
  z.object({ type: z.literal('delete'), deleteLeads: z.boolean().default(false) }),
])
export type PartyBulkAction = z.input<typeof PartyBulkAction>

export const PartyDelete = z.object({ id: Id, deleteLeads: z.boolean().default(false) }).strict()

export const PartyLookup = z
  .object({
    text: z.string().trim().max(200),
    limit: z.int().min(1).max(50).default(10),
  })
  .strict()

/** A page of a person's or organisation's activities, newest first. */
export const PartyActivitiesQuery = z
  .object({ id: Id, offset: z.int().min(0).default(0), limit: z.int().min(1).max(500).default(100) })
  .strict()
