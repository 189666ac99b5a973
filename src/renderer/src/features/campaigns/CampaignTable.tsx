import { flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table'
import { useMemo } from 'react'
import type { CampaignMetricsRow } from '@shared/domain/campaigns'
import type { MetricInputs } from '@shared/domain/metrics'
import type { ColumnLayout } from '../../ui/columnLayout'
import { HeaderCell } from '../../ui/HeaderCell'
import { isNumeric } from '../../ui/isNumeric'
import { CAMPAIGN_COLUMNS, TotalCell, type CampaignColumnId } from './campaignColumns'
import { LOCALE } from '../../ui/format'

interface CampaignTableProps {
  rows: CampaignMetricsRow[]
  totals: MetricInputs
  layout: ColumnLayout<CampaignColumnId>
  sorting: SortingState
  onSortingChange: (next: SortingState) => void
  onOpen: (campaign: CampaignMetricsRow) => void
}

const campaignsCount = (n: number) => `${n.toLocaleString(LOCALE)} ${new Intl.PluralRules('en-US').select(n) === 'one' ? 'campaign' : 'campaigns'}`

/** The campaign list: sorted by main (the parent passes the sort on), arranged columns, a totals row. */
export function CampaignTable({ rows, totals, layout, sorting, onSortingChange, onOpen }: CampaignTableProps) {
  const columnVisibility = useMemo(() => Object.fromEntries(layout.hidden.map((id) => [id, false])), [layout.hidden])
  const budgetMinor = useMemo(() => rows.reduce((sum, r) => sum + r.budgetMinor, 0), [rows])
  // eslint-disable-next-line react-hooks/incompatible-library -- react-table returns fresh functions by design
  const table = useReactTable({
    data: rows,
    columns: CAMPAIGN_COLUMNS,
    state: { sorting, columnVisibility, columnOrder: layout.order },
    onSortingChange: (updater) => onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
    manualSorting: true,
    enableMultiSort: false,
    sortDescFirst: true,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
  })
  const open = (row: CampaignMetricsRow) => onOpen(row)

  return (
    <div className="table-wrap campaign-table">
      <table className="data-table" aria-label="Campaigns">
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
              tabIndex={0}
              aria-label={row.original.name}
              className="clickable"
              onClick={() => open(row.original)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') open(row.original)
              }}
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={isNumeric(cell.column.columnDef.meta) ? 'numeric' : undefined}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr aria-label="Totals">
            {table.getVisibleLeafColumns().map((col, index) => (
              <td key={col.id} className={isNumeric(col.columnDef.meta) ? 'numeric' : undefined}>
                {index === 0 ? <strong>Total · {campaignsCount(rows.length)}</strong> : <TotalCell id={col.id as CampaignColumnId} totals={totals} budgetMinor={budgetMinor} />}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
