import { guessFieldType, type CustomFieldEntity } from '@shared/domain/customFields'
import type { FileSummary } from '@shared/domain/importResults'
import type { ColumnMapping, CustomColumnChoice, ImportField, MappableField } from '@shared/domain/imports'

// What the mapping step offers for a column no Baton field takes: a custom field the firm has,
// or a new one made by the import, on the record the column most likely describes.

const DEAL_FIELDS: readonly MappableField[] = ['title', 'value', 'valueMicros', 'currency', 'stage', 'status', 'campaign', 'lostReason', 'expectedCloseOn', 'closeDate', 'closedOn', 'wonOn', 'lostOn']
const PERSON_FIELDS: readonly ImportField[] = ['personName', 'firstName', 'lastName', 'email', 'phone', 'jobTitle']

/** CRM exports name a column's record first: "Person - Birthday", "Organization - Tier", "Deal - Source", "Company: Tier". */
const PREFIXES: Array<[RegExp, CustomFieldEntity]> = [
  [/^(person|contact|kontakt|personne|persona)\b/i, 'person'],
  [/^(organi[sz]ation|company|account|firma|organisation|entreprise|empresa)\b/i, 'organization'],
  [/^(deal|opportunity|lead|geschäft|affaire)\b/i, 'lead'],
]

/**
 * The record a column's values most likely belong to: the one its name starts with, else the
 * deal when the file has deal columns, else the person when it has people, else the organisation.
 */
export function defaultEntity(header: string, mapping: ColumnMapping): CustomFieldEntity {
  const named = PREFIXES.find(([pattern]) => pattern.test(header.trim()))
  if (named) return named[1]
  if (mapping.some((field) => field !== null && DEAL_FIELDS.includes(field))) return 'lead'
  if (mapping.some((field) => field !== null && (PERSON_FIELDS as readonly string[]).includes(field))) return 'person'
  return 'organization'
}

/** The name a new field takes from its column: "Person - Birthday" → "Birthday". */
export function fieldLabelFrom(header: string): string {
  const label = header
    .trim()
    .replace(/^[^-:–]{2,20}\s*[-:–]\s*(?=\S)/, (prefix) => (PREFIXES.some(([pattern]) => pattern.test(prefix)) ? '' : prefix))
    .slice(0, 80)
  return label || 'Imported field'
}

/** A new field for the column: named after it, on its likely record, typed from the values the file shows. */
export function newFieldFor(file: FileSummary, column: number, mapping: ColumnMapping): Extract<CustomColumnChoice, { kind: 'new' }> {
  const header = file.headers[column] ?? ''
  const guess = guessFieldType(file.sample.map((row) => row[column] ?? ''))
  return { kind: 'new', entity: defaultEntity(header, mapping), label: fieldLabelFrom(header), type: guess.type, options: guess.options }
}
