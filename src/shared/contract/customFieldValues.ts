import { z } from 'zod'
import type { CustomField, CustomValue, CustomValues } from '../domain/customFields'
import { isRealDate } from '../domain/dates'
import { isEmailAddress } from '../domain/email'
import { AMOUNT_NOT_WHOLE_CENTS, AMOUNT_TOO_LARGE, MAX_MINOR } from '../domain/money'

// One schema per field, built from its definition. Main parses every write with these (IPC is a
// trust boundary); the drawer uses the same ones to show a message beside the field as you type.

/** What a write may carry for one field before it is checked against the field's type. */
export const CustomValueInput = z.union([z.string().max(10_000, 'Keep this under 10,000 characters'), z.number(), z.boolean(), z.array(z.string().max(200)).max(50, 'Pick at most 50 choices'), z.null()], {
  error: 'Use text, a number, yes or no, or a list of choices',
})

/** A write's values by field key; checked against the definitions in main. */
export const CustomValuesInput = z.record(z.string().max(60), CustomValueInput)

const empty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

function typedSchema(field: CustomField): z.ZodType<CustomValue> {
  const name = field.label
  const text = (max: number) => z.string(`${name} must be text`).trim().max(max, `Keep ${name} under ${max} characters`)
  switch (field.type) {
    case 'text':
      return text(500)
    case 'long_text':
      return text(10_000)
    case 'url':
      return text(500).refine((v) => /^(https?:\/\/)?[^\s/]+\.[^\s/]+(\/\S*)?$/i.test(v), `${name} must be a web address such as northwind.com`)
    case 'email':
      return text(200)
        .transform((v) => v.normalize('NFC').toLowerCase())
        .refine(isEmailAddress, `${name} must be an email address such as dana@northwind.com`)
    case 'phone':
      return text(40).refine((v) => /^\+?[\d\s().-]{3,40}$/.test(v) && /\d/.test(v), `${name} must be a phone number (digits, spaces, + ( ) -)`)
    case 'number':
      return z.number(`${name} must be a number`).refine(Number.isFinite, `${name} must be a number`)
    case 'money':
      return z.number(`${name} must be an amount`).int(AMOUNT_NOT_WHOLE_CENTS).max(MAX_MINOR, AMOUNT_TOO_LARGE).min(-MAX_MINOR, AMOUNT_TOO_LARGE)
    case 'date':
      return z.string(`${name} must be a date`).refine(isRealDate, `${name} must be a real date (YYYY-MM-DD)`)
    case 'yes_no':
      return z.boolean(`${name} must be yes or no`)
    case 'choice':
      return z.string(`Pick one of ${name}'s choices`).superRefine((v, ctx) => {
        if (!field.options.includes(v)) ctx.addIssue({ code: 'custom', message: `“${v}” is not one of ${name}'s choices` })
      })
    case 'choices':
      return z
        .array(z.string(), `Pick ${name}'s choices from the list`)
        .superRefine((list, ctx) => {
          const stranger = list.find((v) => !field.options.includes(v))
          if (stranger !== undefined) ctx.addIssue({ code: 'custom', message: `“${stranger}” is not one of ${name}'s choices` })
        })
        .transform((list) => field.options.filter((option) => list.includes(option)))
  }
}

/** A message for one field's value, or null when it is fine (the drawer shows it beside the field). */
export function customValueProblem(field: CustomField, value: unknown, required = field.required): string | null {
  if (empty(value)) return required ? `${field.label} is required` : null
  const parsed = typedSchema(field).safeParse(value)
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? `${field.label} is not valid`)
}

export interface CheckedValues {
  /** Values to write, by field id; null empties the field. */
  values: Map<number, CustomValue>
  /** The first problem, naming the field, or null. */
  problem: { key: string; message: string } | null
}

/**
 * Checks a write's values against the live definitions. On create every required field must
 * be given; on an edit only those written must not be emptied. Archived fields may still be
 * written (an import or restore keeps them), but are never required.
 */
export function checkCustomValues(fields: readonly CustomField[], input: CustomValues, mode: 'create' | 'update'): CheckedValues {
  const byKey = new Map(fields.map((f) => [f.key, f]))
  const values = new Map<number, CustomValue>()
  for (const [key, raw] of Object.entries(input)) {
    const field = byKey.get(key)
    if (!field) return { values, problem: { key, message: `There is no custom field “${key}” any more. Reload and try again.` } }
    const required = field.required && field.archivedAt === null
    if (empty(raw)) {
      if (required) return { values, problem: { key, message: `${field.label} is required` } }
      values.set(field.id, null)
      continue
    }
    const parsed = typedSchema(field).safeParse(raw)
    if (!parsed.success) return { values, problem: { key, message: parsed.error.issues[0]?.message ?? `${field.label} is not valid` } }
    values.set(field.id, parsed.data)
  }
  if (mode === 'create') {
    const missing = fields.find((f) => f.required && f.archivedAt === null && empty(input[f.key]))
    if (missing) return { values, problem: { key: missing.key, message: `${missing.label} is required` } }
  }
  return { values, problem: null }
}

/**
 * A table or board filter on one custom field. `is` matches a choice (or one of several), a
 * yes/no, a number, an amount in minor units, a day or a text exactly; `contains` a piece of
 * text; `atLeast`/`atMost` bound a number, an amount or a day; `empty`/`filled` ask whether it is set.
 */
export const CustomFilter = z.discriminatedUnion('op', [
  z.object({ fieldId: z.int().positive(), op: z.enum(['empty', 'filled']) }).strict(),
  z.object({ fieldId: z.int().positive(), op: z.literal('is'), value: z.union([z.string().trim().min(1).max(200), z.number(), z.boolean()]) }).strict(),
  z.object({ fieldId: z.int().positive(), op: z.literal('contains'), value: z.string().trim().min(1, 'Type what to look for').max(200) }).strict(),
  z.object({ fieldId: z.int().positive(), op: z.enum(['atLeast', 'atMost']), value: z.union([z.number(), z.string().trim().min(1).max(10)]) }).strict(),
])
export type CustomFilter = z.output<typeof CustomFilter>

export const CustomFilters = z.array(CustomFilter).max(10, 'Use at most 10 custom field filters')

/** A table sorted by a custom field: `custom:<field id>`. */
export const CustomSortColumn = z.templateLiteral(['custom:', z.int().positive()])
export type CustomSortColumn = z.output<typeof CustomSortColumn>
