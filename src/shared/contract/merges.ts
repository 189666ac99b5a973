import { z } from 'zod'
import { ORGANIZATION_MERGE_FIELDS, PERSON_MERGE_FIELDS, type DuplicatePair, type MergeDone, type MergeUndone, type PartyMerge } from '../domain/merges'
import { call } from './define'
import { Id } from './fields'

const Side = z.enum(['keep', 'other'])
const picks = <F extends readonly string[]>(fields: F) =>
  z.object(Object.fromEntries(fields.map((field) => [field, Side.optional()])) as { [K in F[number]]: z.ZodOptional<typeof Side> }).strict()

/** Custom fields by key: which side's value survives. Several-choice fields are always combined. */
const customPick = z.record(z.string().max(60), Side).default({})

const pair = { keepId: Id, otherId: Id, customPick }

/**
 * Two records into one: `keepId` stays, `otherId` goes; each field listed takes the side named (the
 * kept one's when left out, or the other's when the kept one is empty); so does each custom field in `customPick`.
 */
export const MergeInput = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('person'), ...pair, pick: picks(PERSON_MERGE_FIELDS).default({}) }).strict(),
    z.object({ kind: z.literal('organization'), ...pair, pick: picks(ORGANIZATION_MERGE_FIELDS).default({}) }).strict(),
  ])
  .refine((input) => input.keepId !== input.otherId, { path: ['otherId'], message: 'Pick two different records to merge' })
export type MergeInput = z.input<typeof MergeInput>

const Kind = z.enum(['person', 'organization'])

export const mergesContract = {
  /** Likely duplicates, most certain first: same email, same name at one organisation, same domain, and the pairs the upgrade recorded. */
  'merges.duplicates': call(z.object({ kind: Kind, limit: z.int().min(1).max(500).default(200) }).strict()).returns<DuplicatePair[]>(),
  /** "Not a duplicate": the pair is never suggested again. */
  'merges.dismiss': call(z.object({ kind: Kind, firstId: Id, secondId: Id }).strict()).returns<{ dismissed: true }>(),
  /** Merges two people or two organisations: every deal (with its activities, touches and history), tag, address and alias moves to the kept one. */
  'merges.merge': call(MergeInput).returns<MergeDone>(),
  /** Takes a merge back: both records as they were, each deal with its own again. */
  'merges.undo': call(z.object({ mergeId: Id }).strict()).returns<MergeUndone>(),
  /** The merges into a record that can still be undone, newest first. */
  'merges.history': call(z.object({ kind: Kind, id: Id }).strict()).returns<PartyMerge[]>(),
}
