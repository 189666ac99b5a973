import { z } from 'zod'
import type { BoardColumnPage, BoardData } from '../domain/board'
import { CHANNELS } from '../domain/enums'
import { CustomFilters } from './customFieldValues'
import { call } from './define'
import { Id, IsoDay, Minor } from './fields'

// Filters are optional one by one; the renderer may send null or '' for "any".
const any = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined)
const anyText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters`)
    .nullish()
    .transform((value) => value || undefined)

/** What the board, the table and their counts are narrowed to. Every field is optional. */
export const BoardFilters = z
  .object({
    campaignId: any(Id),
    channel: any(z.enum(CHANNELS, 'Pick a channel from the list')),
    segmentId: any(Id),
    owner: anyText(80),
    tag: anyText(40),
    minValueMinor: any(Minor),
    maxValueMinor: any(Minor),
    /** Created on or after this day (the user's local day). */
    createdFrom: any(IsoDay),
    /** Created on or before this day, inclusive. */
    createdTo: any(IsoDay),
    /** Expected to close on or after this day. */
    closeFrom: any(IsoDay),
    closeTo: any(IsoDay),
    /** Text over person, company, email and notes. */
    search: anyText(200),
    /** Leads snoozed until a later day are hidden unless this is true. */
    includeSnoozed: z.boolean().default(false),
    /** Conditions on the leads' custom fields, all of which must hold. */
    custom: CustomFilters.nullish().transform((value) => (value && value.length > 0 ? value : undefined)),
  })
  .strict()
  .refine((f) => f.minValueMinor === undefined || f.maxValueMinor === undefined || f.maxValueMinor >= f.minValueMinor, {
    path: ['maxValueMinor'],
    message: 'The highest value is below the lowest',
  })
  .refine((f) => !f.createdFrom || !f.createdTo || f.createdTo >= f.createdFrom, {
    path: ['createdTo'],
    message: 'The end date is before the start date',
  })
  .refine((f) => !f.closeFrom || !f.closeTo || f.closeTo >= f.closeFrom, {
    path: ['closeTo'],
    message: 'The end date is before the start date',
  })
export type BoardFilters = z.input<typeof BoardFilters>
export type ParsedBoardFilters = z.output<typeof BoardFilters>

export const PageSize = (max: number, fallback: number) => z.int().min(1).max(max).default(fallback)

export const BoardLoad = z
  .object({
    pipelineId: Id,
    filters: BoardFilters.prefault({}),
    /** How many cards each column starts with; the rest come through board.column. */
    perColumn: PageSize(200, 40),
  })
  .strict()

export const BoardColumnQuery = z
  .object({
    stageId: Id,
    filters: BoardFilters.prefault({}),
    offset: z.int().min(0).default(0),
    limit: PageSize(200, 40),
  })
  .strict()

export const boardContract = {
  'board.load': call(BoardLoad).returns<BoardData>(),
  'board.column': call(BoardColumnQuery).returns<BoardColumnPage>(),
}
