import { z } from 'zod'
import { isRealDate } from '../domain/dates'
import { isEmailAddress } from '../domain/email'
import { AMOUNT_NOT_WHOLE_CENTS, AMOUNT_TOO_LARGE, MAX_MINOR } from '../domain/money'

// Reusable field schemas whose messages read well beside a form field.

export const Id = z.int().positive()
/** The version of a record a save was based on (what the form loaded): a newer one on the server refuses the save (`stale`). */
export const BasedOnVersion = z.int().positive().optional()

/**
 * An amount in minor units (cents). The size is checked first, so 10^20 (not a safe integer either)
 * is called too large rather than "not whole".
 */
export const Minor = z
  .number({ error: (issue) => (issue.input === Number.POSITIVE_INFINITY ? AMOUNT_TOO_LARGE : AMOUNT_NOT_WHOLE_CENTS) })
  .max(MAX_MINOR, AMOUNT_TOO_LARGE)
  .nonnegative('The amount cannot be negative')
  .int(AMOUNT_NOT_WHOLE_CENTS)

export const IsoDay = z.string().refine(isRealDate, 'Use a real date (YYYY-MM-DD)')

export const IsoInstant = z.iso.datetime({ message: 'Use a full date and time' })

/** Optional text: trims, and turns an empty string into null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters`)
    .nullable()
    .optional()
    .transform((value) => (value ? value : null))

export const requiredText = (max: number, missing: string) =>
  z.string(missing).trim().min(1, missing).max(max, `Keep this under ${max} characters`)

/** An email address, international ones included (see isEmailAddress); stored in NFC, lower case. */
export const Email = z
  .string()
  .trim()
  .max(200, 'Keep this under 200 characters')
  .nullable()
  .optional()
  .transform((value) => (value ? value.normalize('NFC').toLowerCase() : null))
  .refine((value) => value === null || isEmailAddress(value), "That doesn't look like an email address: it needs a name, an @ and a domain such as northwind.com")

export const MAX_TAGS_PER_LEAD = 20

export const Tags = z
  .array(z.string().trim().min(1).max(40, 'Keep each tag under 40 characters'))
  .max(MAX_TAGS_PER_LEAD, `Use at most ${MAX_TAGS_PER_LEAD} tags`)
  .default([])

export const NoInput = z.object({}).strict().optional()
