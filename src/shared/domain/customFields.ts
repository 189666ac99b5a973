// Fields a firm adds to people, organisations and leads: their definitions and their values.
// Values are typed (a number is a number, money is minor units, a date is YYYY-MM-DD), so
// sorting and filtering in SQL compare them as what they are.

export const CUSTOM_FIELD_ENTITIES = ['lead', 'person', 'organization'] as const
export type CustomFieldEntity = (typeof CUSTOM_FIELD_ENTITIES)[number]

export const CUSTOM_FIELD_TYPES = ['text', 'long_text', 'number', 'money', 'date', 'yes_no', 'choice', 'choices', 'url', 'email', 'phone'] as const
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number]

/** What each type is called on screen. */
export const CUSTOM_FIELD_TYPE_LABELS: Record<CustomFieldType, string> = {
  text: 'Text',
  long_text: 'Long text',
  number: 'Number',
  money: 'Money',
  date: 'Date',
  yes_no: 'Yes / no',
  choice: 'One choice',
  choices: 'Several choices',
  url: 'Web address',
  email: 'Email',
  phone: 'Phone',
}

export const ENTITY_LABELS: Record<CustomFieldEntity, { one: string; many: string }> = {
  lead: { one: 'lead', many: 'Leads' },
  person: { one: 'person', many: 'People' },
  organization: { one: 'organisation', many: 'Organisations' },
}

export const MAX_CHOICES = 50
export const MAX_FIELDS_PER_ENTITY = 100

export interface CustomField {
  id: number
  entity: CustomFieldEntity
  /** Stable name for imports and exports (made from the first label; renaming keeps it). */
  key: string
  label: string
  type: CustomFieldType
  /** The choices of a one-choice or several-choices field, in order; empty for other types. */
  options: string[]
  helpText: string | null
  required: boolean
  position: number
  /** Archived fields keep their values but leave forms, tables and filters. */
  archivedAt: string | null
}

/**
 * One value: text types and one choice are strings, number a number, money minor units, date
 * YYYY-MM-DD, yes/no a boolean, several choices a list. Null (or a missing key) is empty.
 */
export type CustomValue = string | number | boolean | string[] | null

/** A record's values by field key. */
export type CustomValues = Record<string, CustomValue>

/** Which kind of column a type's value is stored, sorted and filtered in. */
export type ValueColumn = 'text_value' | 'number_value' | 'integer_value' | 'date_value'

export function valueColumnOf(type: CustomFieldType): ValueColumn {
  if (type === 'number') return 'number_value'
  if (type === 'money' || type === 'yes_no') return 'integer_value'
  if (type === 'date') return 'date_value'
  return 'text_value'
}

export const isChoiceType = (type: CustomFieldType): boolean => type === 'choice' || type === 'choices'

/** A key from a label: "Contract renewal (date)" → "contract_renewal_date". */
export function fieldKeyFrom(label: string): string {
  const key = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
  return key === '' ? 'field' : /^[0-9]/.test(key) ? `f_${key}` : key
}

const URL_LIKE = /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i
const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE_LIKE = /^\+?[\d\s().-]{6,20}$/
const NUMBER_LIKE = /^-?\d{1,3}([ ,]?\d{3})*(\.\d+)?$|^-?\d+([.,]\d+)?$/
const MONEY_LIKE = /^[-]?[$€£¥]\s?\d[\d,. ]*$|^-?\d[\d,. ]*\s?(€|\$|£|EUR|USD|GBP)$/i
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$|^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/
const YES_NO = new Set(['yes', 'no', 'y', 'n', 'true', 'false', 'ja', 'nein', 'oui', 'non', 'sí', 'si', '1', '0'])

/**
 * The type a column of imported values most likely has: every non-empty value must fit it.
 * A handful of distinct short values repeated over many rows is a choice; several per cell
 * (split by ; or |) is several choices.
 */
export function guessFieldType(values: readonly string[]): { type: CustomFieldType; options: string[] } {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '')
  if (filled.length === 0) return { type: 'text', options: [] }
  const all = (test: (v: string) => boolean) => filled.every(test)
  if (all((v) => YES_NO.has(v.toLowerCase())) && !all((v) => v === '1' || v === '0' || /^\d$/.test(v))) return { type: 'yes_no', options: [] }
  if (all((v) => DATE_LIKE.test(v))) return { type: 'date', options: [] }
  if (all((v) => MONEY_LIKE.test(v))) return { type: 'money', options: [] }
  if (all((v) => NUMBER_LIKE.test(v))) return { type: 'number', options: [] }
  if (all((v) => EMAIL_LIKE.test(v))) return { type: 'email', options: [] }
  if (all((v) => URL_LIKE.test(v) && !EMAIL_LIKE.test(v))) return { type: 'url', options: [] }
  if (all((v) => PHONE_LIKE.test(v) && /\d{6}/.test(v.replace(/\D/g, '')))) return { type: 'phone', options: [] }
  const split = filled.some((v) => /[;|]/.test(v))
  const items = split ? filled.flatMap((v) => v.split(/[;|]/).map((s) => s.trim()).filter(Boolean)) : filled
  const distinct = [...new Set(items)]
  if (distinct.length <= Math.min(MAX_CHOICES, 20) && filled.length >= distinct.length * 2 && distinct.every((v) => v.length <= 60)) {
    return { type: split ? 'choices' : 'choice', options: distinct }
  }
  return { type: filled.some((v) => v.length > 200 || v.includes('\n')) ? 'long_text' : 'text', options: [] }
}

/** A value as text, for search, CSV and XLSX cells. Money is given as minor units; the caller formats it. */
export function customValueText(field: Pick<CustomField, 'type'>, value: CustomValue | undefined): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.join('; ')
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (field.type === 'money' && typeof value === 'number') return (value / 100).toFixed(2)
  return String(value)
}
