import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table'
import { useState, type ReactNode } from 'react'
import { HeaderCell } from './HeaderCell'
import { isNumeric } from './isNumeric'

interface DataTableProps<Row> {
  label: string
  data: Row[]
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the column helper gives each column its own value type
  columns: Array<ColumnDef<Row, any>>
  onOpen?: (row: Row) => void
  rowLabel?: (row: Row) => string
  empty?: ReactNode
}

/** A sortable table for lists that fit in memory; each row opens with a click or Enter. */
export function DataTable<Row>({ label, data, columns, onOpen, rowLabel, empty }: DataTableProps<Row>) {
  const [sorting, setSorting] = useState<SortingState>([])
  // eslint-disable-next-line react-hooks/incompatible-library -- react-table returns fresh functions by design
  const table = useReactTable({ data, columns, state: { sorting }, onSortingChange: setSorting, getCoreRowModel: getCoreRowModel(), getSortedRowModel: getSortedRowModel() })
  if (data.length === 0 && empty) return <>{empty}</>
  return (
    <div className="table-wrap">
      <table className="data-table" aria-label={label}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              tabIndex={onOpen ? 0 : undefined}
              aria-label={rowLabel?.(row.original)}
              className={onOpen ? 'clickable' : undefined}
              onClick={onOpen ? () => onOpen(row.original) : undefined}
              onKeyDown={
                onOpen
                  ? (event) => {
                      if (event.key === 'Enter') onOpen(row.original)
                    }
                  : undefined
              }
            >
              {row.getVisibleCells().map((cell) => {
                const numeric = isNumeric(cell.column.columnDef.meta)
                return (
                  <td key={cell.id} className={numeric ? 'numeric' : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
