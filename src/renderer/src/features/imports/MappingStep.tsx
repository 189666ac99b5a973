import type { FileSummary } from '@shared/domain/importResults'
import { CAMPAIGN_IMPORT_FIELD_LABELS, CAMPAIGN_IMPORT_FIELDS, IMPORT_FIELD_LABELS, type ColumnMapping, type ImportField, type ImportKind, type MappableField } from '@shared/domain/imports'

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
  campaigns: [{ label: 'Campaign', fields: CAMPAIGN_IMPORT_FIELDS.map((field) => ({ field, label: CAMPAIGN_IMPORT_FIELD_LABELS[field] })) }],
}

/** One row per column of the file: its header, what it holds, and the Baton field it fills. */
export function MappingStep({ file, kind, mapping, onChange }: { file: FileSummary; kind: ImportKind; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void }) {
  const set = (column: number, field: MappableField | null) => {
    // A field fills from one column: choosing it here frees it elsewhere.
    onChange(mapping.map((current, i) => (i === column ? field : current === field && field !== null ? null : current)))
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
          {file.headers.map((header, column) => (
            <tr key={column} className={mapping[column] ? undefined : 'import-table__unmapped'}>
              <th scope="row">{header || <span className="muted">(no name)</span>}</th>
              <td className="import-table__sample">
                {file.sample
                  .slice(0, 2)
                  .map((row) => row[column] ?? '')
                  .filter(Boolean)
                  .join(' · ') || <span className="muted">empty</span>}
              </td>
              <td>
                <select aria-label={`Save “${header}” as`} value={mapping[column] ?? ''} onChange={(event) => set(column, (event.target.value || null) as MappableField | null)}>
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
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
