import type { ChoiceRow, MergeRecord } from './mergeFields'

export type Column = 'a' | 'b'

/** Both records in two columns, a radio per field that differs; the lists that are combined below. */
export function MergeTable({
  sides,
  kept,
  onKeep,
  rows,
  picks,
  onPick,
  segmentName,
  combined,
}: {
  sides: Record<Column, MergeRecord>
  kept: Column
  onKeep: (column: Column) => void
  rows: ChoiceRow[]
  picks: Partial<Record<string, Column>>
  onPick: (field: string, column: Column) => void
  segmentName: (id: number | null) => string | null
  combined: Array<{ label: string; values: string[] }>
}) {
  const columns: Column[] = ['a', 'b']
  return (
    <table className="merge-table">
      <thead>
        <tr>
          <th scope="col" className="merge-table__label">
            <span className="visually-hidden">Field</span>
          </th>
          {columns.map((column) => (
            <th key={column} scope="col" className={kept === column ? 'merge-table__kept' : undefined}>
              <label className="merge-table__keep">
                <input type="radio" name="merge-keep" aria-label={`Keep ${sides[column].record.name}`} checked={kept === column} onChange={() => onKeep(column)} />
                <span>
                  <strong>{sides[column].record.name}</strong>
                  <small>{kept === column ? 'Stays' : 'Goes, merged into the other'} · {sides[column].deals === 1 ? '1 deal' : `${sides[column].deals} deals`}</small>
                </span>
              </label>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const values = { a: row.show(sides.a, segmentName), b: row.show(sides.b, segmentName) }
          const same = (values.a ?? '') === (values.b ?? '')
          return (
            <tr key={row.field}>
              <th scope="row" className="merge-table__label">
                {row.label}
              </th>
              {same ? (
                <td colSpan={2} className="merge-table__same">
                  {values.a ?? <span className="muted">—</span>}
                </td>
              ) : (
                columns.map((column) => (
                  <td key={column} className={picks[row.field] === column ? 'merge-table__picked' : undefined}>
                    <label className="merge-table__choice">
                      <input
                        type="radio"
                        name={`merge-${row.field}`}
                        aria-label={`${row.label}: ${values[column] ?? 'empty'}`}
                        checked={picks[row.field] === column}
                        onChange={() => onPick(row.field, column)}
                      />
                      <span className={values[column] === null ? 'muted' : undefined}>{values[column] ?? 'Empty'}</span>
                    </label>
                  </td>
                ))
              )}
            </tr>
          )
        })}
        {combined.map((row) => (
          <tr key={row.label} className="merge-table__combined">
            <th scope="row" className="merge-table__label">
              {row.label}
            </th>
            <td colSpan={2}>
              {row.values.length === 0 ? (
                <span className="muted">None</span>
              ) : (
                <ul className="merge-table__chips" aria-label={`${row.label} after the merge`}>
                  {row.values.map((value) => (
                    <li key={value}>{value}</li>
                  ))}
                </ul>
              )}
              <small className="muted">Both records’ combined</small>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
