import { flexRender, type Header } from '@tanstack/react-table'
import { isNumeric } from './isNumeric'

/** A table header that sorts when clicked (or Enter/Space on its button) and tells assistive tech which way. */
export function HeaderCell<Row>({ header }: { header: Header<Row, unknown> }) {
  const sorted = header.column.getIsSorted()
  const label = flexRender(header.column.columnDef.header, header.getContext())
  return (
    <th aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined} className={isNumeric(header.column.columnDef.meta) ? 'numeric' : undefined}>
      {header.column.getCanSort() ? (
        <button type="button" className="th-sort" onClick={header.column.getToggleSortingHandler()}>
          {label}
          <span className="th-sort__arrow" aria-hidden="true">
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
          </span>
        </button>
      ) : (
        label
      )}
    </th>
  )
}
