import { z } from 'zod'
import { isRealDate } from '../domain/dates'
import { isEmailAddress } from '../domain/email'

// Reusable field schemas whose messages read well beside a form field.

export const Id = z.int().positive()

export const Minor = z.int('Enter a whole amount in cents').nonnegative('The amount cannot be negative').max(1e13, 'That amount is too large')

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
