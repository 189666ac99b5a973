import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ColumnMapping, type FileSummary, type ImportField } from '@shared/domain/imports'

/** One row per column of the file: its header, what it holds, and the Baton field it fills. */
export function MappingStep({ file, mapping, onChange }: { file: FileSummary; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void }) {
  const set = (column: number, field: ImportField | null) => {
    // A field fills from one column: choosing it here frees it elsewhere.
    onChange(mapping.map((current, i) => (i === column ? field : current === field && field !== null ? null : current)))
  }
  return (
    <div className="import-mapping table-wrap">
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
            <tr key={column}>
              <th scope="row">{header || <span className="muted">(no name)</span>}</th>
              <td className="import-table__sample">
                {file.sample
                  .slice(0, 2)
                  .map((row) => row[column] ?? '')
                  .filter(Boolean)
                  .join(' · ') || <span className="muted">empty</span>}
              </td>
              <td>
                <select aria-label={`Save “${header}” as`} value={mapping[column] ?? ''} onChange={(event) => set(column, (event.target.value || null) as ImportField | null)}>
                  <option value="">Don’t import</option>
                  {IMPORT_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {IMPORT_FIELD_LABELS[field]}
                    </option>
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
