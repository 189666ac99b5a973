import { guessFieldType, type CustomField } from '@shared/domain/customFields'
import type { FileSummary } from '@shared/domain/importResults'
import {
  CAMPAIGN_IMPORT_FIELD_LABELS,
  CAMPAIGN_IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  type ColumnMapping,
  type CustomColumnChoice,
  type ImportField,
  type ImportKind,
  type MappableField,
} from '@shared/domain/imports'
import { useCustomFields } from '../custom-fields/customFields.queries'
import { newFieldFor } from './customColumnChoices'
import { NewFieldEditor } from './NewFieldEditor'

type Group = { label: string; fields: Array<{ field: MappableField; label: string }> }

const leadGroup = (label: string, fields: ImportField[]): Group => ({ label, fields: fields.map((field) => ({ field, label: IMPORT_FIELD_LABELS[field] })) })

/** The fields a column can fill, grouped as a person looks for them. */
const FIELD_GROUPS: Record<ImportKind, Group[]> = {
  leads: [
    leadGroup('Person', ['personName', 'firstName', 'lastName', 'email', 'phone', 'jobTitle']),
    leadGroup('Organisation', ['company', 'domain', 'industry', 'size']),
    leadGroup('Deal', ['title', 'value', 'currency', 'valueMicros', 'stage', 'status', 'owner', 'campaign', 'lostReason', 'tags', 'notes']),
    leadGroup('Dates', ['createdOn', 'expectedCloseOn', 'closeDate', 'closedOn', 'wonOn', 'lostOn']),
  ],
  contacts: [
    leadGroup('Person', ['personName', 'firstName', 'lastName', 'email', 'phone', 'jobTitle']),
    leadGroup('Organisation', ['company', 'domain', 'industry', 'size']),
    leadGroup('Both', ['owner', 'campaign', 'tags', 'notes', 'createdOn']),
  ],
  campaigns: [{ label: 'Campaign', fields: CAMPAIGN_IMPORT_FIELDS.map((field) => ({ field, label: CAMPAIGN_IMPORT_FIELD_LABELS[field] })) }],
}

const CUSTOM_GROUPS = [
  { entity: 'person', label: 'Person — your fields' },
  { entity: 'organization', label: 'Organisation — your fields' },
  { entity: 'lead', label: 'Deal — your fields' },
] as const

const NEW_FIELD = 'new-field'
const customValue = (fieldId: number) => `custom:${fieldId}`

/** The firm's live custom fields on leads, people and organisations. */
function useImportableFields(enabled: boolean): CustomField[] {
  const lead = useCustomFields('lead')
  const person = useCustomFields('person')
  const organization = useCustomFields('organization')
  return enabled ? [...(person.data ?? []), ...(organization.data ?? []), ...(lead.data ?? [])] : []
}

interface MappingStepProps {
  file: FileSummary
  kind: ImportKind
  mapping: ColumnMapping
  onChange: (mapping: ColumnMapping) => void
  customColumns: Array<CustomColumnChoice | null>
  onCustomChange: (customColumns: Array<CustomColumnChoice | null>) => void
}

/** One row per column of the file: its header, what it holds, and the Baton field (or custom field) it fills. */
export function MappingStep({ file, kind, mapping, onChange, customColumns, onCustomChange }: MappingStepProps) {
  const leads = kind !== 'campaigns'
  const customFields = useImportableFields(leads)
  const customAt = (column: number) => (leads ? (customColumns[column] ?? null) : null)
  const setCustom = (column: number, choice: CustomColumnChoice | null) => {
    const next = file.headers.map((_, i) => (i === column ? choice : (customColumns[i] ?? null)))
    // A custom field fills from one column too.
    onCustomChange(choice?.kind === 'existing' ? next.map((c, i) => (i !== column && c?.kind === 'existing' && c.fieldId === choice.fieldId ? null : c)) : next)
  }
  const choose = (column: number, value: string) => {
    if (value === NEW_FIELD || value.startsWith('custom:')) {
      if (mapping[column]) onChange(mapping.map((current, i) => (i === column ? null : current)))
      return setCustom(column, value === NEW_FIELD ? newFieldFor(file, column, mapping) : { kind: 'existing', fieldId: Number(value.slice('custom:'.length)) })
    }
    const field = (value || null) as MappableField | null
    if (customAt(column)) setCustom(column, null)
    // A field fills from one column: choosing it here frees it elsewhere.
    onChange(mapping.map((current, i) => (i === column ? field : current === field && field !== null ? null : current)))
  }
  const selected = (column: number) => {
    const custom = customAt(column)
    return custom ? (custom.kind === 'new' ? NEW_FIELD : customValue(custom.fieldId)) : (mapping[column] ?? '')
  }
  return (
    <div className="import-mapping table-wrap" tabIndex={0} role="group" aria-label="Columns of the file, scrollable">
      <table className="import-table">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">First values</th>
            <th scope="col">Saved as</th>
          </tr>
        </thead>
        <tbody>
          {file.headers.map((header, column) => {
            const custom = customAt(column)
            return (
              <tr key={column} className={mapping[column] || custom ? undefined : 'import-table__unmapped'}>
                <th scope="row">{header || <span className="muted">(no name)</span>}</th>
                <td className="import-table__sample">
                  {file.sample
                    .slice(0, 2)
                    .map((row) => row[column] ?? '')
                    .filter(Boolean)
                    .join(' · ') || <span className="muted">empty</span>}
                </td>
                <td>
                  <div className="import-mapping__choice">
                    <select aria-label={`Save “${header}” as`} value={selected(column)} onChange={(event) => choose(column, event.target.value)}>
                      <option value="">Don’t import</option>
                      {FIELD_GROUPS[kind].map((group) => (
                        <optgroup key={group.label} label={group.label}>
                          {group.fields.map(({ field, label }) => (
                            <option key={field} value={field}>
                              {label}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                      {CUSTOM_GROUPS.map(({ entity, label }) => {
                        const fields = customFields.filter((f) => f.entity === entity)
                        return fields.length === 0 ? null : (
                          <optgroup key={entity} label={label}>
                            {fields.map((f) => (
                              <option key={f.id} value={customValue(f.id)}>
                                {f.label}
                              </option>
                            ))}
                          </optgroup>
                        )
                      })}
                      {leads && <option value={NEW_FIELD}>A new field…</option>}
                    </select>
                    {leads && !mapping[column] && !custom && (
                      <button type="button" className="button button--small" onClick={() => choose(column, NEW_FIELD)} aria-label={`Add “${header}” as a new field`}>
                        Add as a new field
                      </button>
                    )}
                  </div>
                  {custom?.kind === 'new' && (
                    <NewFieldEditor
                      header={header}
                      value={custom}
                      guessedType={guessFieldType(file.sample.map((row) => row[column] ?? '')).type}
                      onChange={(next) => setCustom(column, next)}
                    />
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
