import type { CustomField } from '@shared/domain/customFields'
import type { MergeKind, OrganizationMergeField, PersonMergeField } from '@shared/domain/merges'
import type { Organization, Person } from '@shared/domain/people'
import { displayText } from '../custom-fields/valueText'

// What the merge dialog shows of each record, row by row: the fields that take one side's value
// (a radio each) and the lists both sides' values are combined into.

export type MergeRecord = { kind: 'person'; record: Person; deals: number } | { kind: 'organization'; record: Organization; deals: number }

/** A custom field's row is keyed `custom:<field key>`; the merge sends its side in `customPick`. */
export type CustomRowField = `custom:${string}`

export interface ChoiceRow {
  field: PersonMergeField | OrganizationMergeField | CustomRowField
  label: string
  /** The value as the row shows it; null when the record has none. */
  show: (side: MergeRecord, segmentName: (id: number | null) => string | null) => string | null
}

const person = (side: MergeRecord) => (side.kind === 'person' ? side.record : null)
const organization = (side: MergeRecord) => (side.kind === 'organization' ? side.record : null)

export const CHOICE_ROWS: Record<MergeKind, ChoiceRow[]> = {
  person: [
    { field: 'name', label: 'Name', show: (s) => s.record.name },
    { field: 'email', label: 'Main email', show: (s) => person(s)?.emails[0] ?? null },
    { field: 'phone', label: 'Main phone', show: (s) => person(s)?.phones[0] ?? null },
    { field: 'jobTitle', label: 'Job title', show: (s) => person(s)?.jobTitle ?? null },
    { field: 'organizationId', label: 'Organisation', show: (s) => person(s)?.organizationName ?? null },
    { field: 'owner', label: 'Owner', show: (s) => s.record.owner },
    { field: 'segmentId', label: 'Segment', show: (s, segment) => segment(s.record.segmentId) },
    { field: 'firstCampaignId', label: 'First came from', show: (s) => person(s)?.firstCampaignName ?? null },
    { field: 'notes', label: 'Notes', show: (s) => s.record.notes },
  ],
  organization: [
    { field: 'name', label: 'Name', show: (s) => s.record.name },
    { field: 'domain', label: 'Domain', show: (s) => organization(s)?.domain ?? null },
    { field: 'website', label: 'Website', show: (s) => organization(s)?.website ?? null },
    { field: 'industry', label: 'Industry', show: (s) => organization(s)?.industry ?? null },
    { field: 'size', label: 'Size', show: (s) => organization(s)?.size ?? null },
    { field: 'region', label: 'Region', show: (s) => organization(s)?.region ?? null },
    { field: 'address', label: 'Address', show: (s) => organization(s)?.address ?? null },
    { field: 'owner', label: 'Owner', show: (s) => s.record.owner },
    { field: 'segmentId', label: 'Segment', show: (s, segment) => segment(s.record.segmentId) },
    { field: 'notes', label: 'Notes', show: (s) => s.record.notes },
  ],
}

const unique = (values: readonly string[]) => [...new Map(values.map((value) => [value.toLowerCase(), value])).values()]

/**
 * The lists a merge combines, each once (ignoring case), the kept record's first — but for a
 * person's addresses and numbers, the side whose main one was picked comes first, as the merge writes them.
 */
export function combinedRows(kept: MergeRecord, other: MergeRecord, mainFromOther: { email: boolean; phone: boolean }): Array<{ label: string; values: string[] }> {
  const tags = { label: 'Tags', values: unique([...kept.record.tags, ...other.record.tags]) }
  if (kept.kind === 'person' && other.kind === 'person') {
    const inOrder = (list: 'emails' | 'phones', otherFirst: boolean) => unique(otherFirst ? [...other.record[list], ...kept.record[list]] : [...kept.record[list], ...other.record[list]])
    return [
      { label: 'Emails', values: inOrder('emails', mainFromOther.email) },
      { label: 'Phones', values: inOrder('phones', mainFromOther.phone) },
      tags,
    ]
  }
  if (kept.kind === 'organization' && other.kind === 'organization') {
    return [{ label: 'Other names', values: unique([...kept.record.aliases, other.record.name, ...other.record.aliases]) }, tags]
  }
  return [tags]
}

const CUSTOM_ROW = 'custom:'
export const isCustomRow = (field: string): field is CustomRowField => field.startsWith(CUSTOM_ROW)
export const customKeyOf = (field: CustomRowField) => field.slice(CUSTOM_ROW.length)

/** A radio row per live custom field that holds one value (several choices are combined instead). */
export function customChoiceRows(fields: readonly CustomField[]): ChoiceRow[] {
  return fields
    .filter((field) => field.type !== 'choices')
    .map((field) => ({ field: `${CUSTOM_ROW}${field.key}` as const, label: field.label, show: (side) => displayText(field, side.record.customFields?.[field.key]) || null }))
}

/** Each several-choice field with both records' choices together, in the field's order. */
export function customCombinedRows(fields: readonly CustomField[], kept: MergeRecord, other: MergeRecord): Array<{ label: string; values: string[] }> {
  const chosen = (side: MergeRecord, key: string) => {
    const value = side.record.customFields?.[key]
    return Array.isArray(value) ? value : []
  }
  return fields
    .filter((field) => field.type === 'choices')
    .map((field) => {
      const both = new Set([...chosen(kept, field.key), ...chosen(other, field.key)])
      return { label: field.label, values: field.options.filter((option) => both.has(option)) }
    })
}
