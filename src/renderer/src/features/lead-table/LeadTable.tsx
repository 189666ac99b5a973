import { getCoreRowModel, useReactTable } from '@tanstack/react-table'
import { useCallback, useMemo } from 'react'
import type { BoardFilters } from '@shared/contract/board'
import type { TableLead } from '@shared/domain/board'
import { EmptyState } from '../../ui/EmptyState'
import { QueryError } from '../../ui/QueryError'
import { usePipelines } from '../leads/leads.queries'
import { BulkBar } from './BulkBar'
import { ColumnsMenu } from './ColumnsMenu'
import { LEAD_COLUMNS, serverSort } from './columns'
import { customFieldColumns } from '../custom-fields/customColumns'
import { useCustomFields } from '../custom-fields/customFields.queries'
import { ExportButtons } from './ExportButtons'
import { leadColumnSet, useColumnLayout, useLeadTableRows, useTableSorting } from './leadTable.queries'
import { leadsCount } from './count'
import { SelectableGrid } from './SelectableGrid'
import { useSelection } from './useSelection'
import { formatCount } from '@shared/domain/plural'
import { dealRowName } from '@shared/domain/leads'

export interface LeadTableProps {
  pipelineId: number
  filters: BoardFilters
  onOpenLead: (id: number) => void
}

/** Says whether any filter narrows the list, to tell "nothing matches" from "nothing yet". */
const isFiltered = (filters: BoardFilters) => Object.entries(filters).some(([key, value]) => key !== 'includeSnoozed' && value !== undefined && value !== null && value !== '')

/** Every lead of a pipeline as rows: sorted by main, loaded as you scroll, with bulk actions. */
export function LeadTable({ pipelineId, filters, onOpenLead }: LeadTableProps) {
  const { sorting, onSortingChange, ready } = useTableSorting()
  const query = useLeadTableRows(pipelineId, filters, serverSort(sorting), ready)
  const customFields = useCustomFields('lead')
  const fields = useMemo(() => customFields.data ?? [], [customFields.data])
  const columns = useMemo(() => [...LEAD_COLUMNS, ...customFieldColumns<TableLead>(fields)], [fields])
  const { layout, save: saveLayout } = useColumnLayout(fields)
  const pipelines = usePipelines()
  const stages = pipelines.data?.find((p) => p.id === pipelineId)?.stages ?? []

  const rows = useMemo(() => query.data?.pages.flatMap((page) => page.rows) ?? [], [query.data])
  const total = query.data?.pages.at(-1)?.total ?? 0
  const selection = useSelection(rows, JSON.stringify({ pipelineId, filters }))
  const columnVisibility = useMemo(() => Object.fromEntries(layout.hidden.map((id) => [id, false])), [layout.hidden])

  // eslint-disable-next-line react-hooks/incompatible-library -- react-table returns fresh functions by design
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, columnVisibility, columnOrder: layout.order },
    onSortingChange,
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
  })

  const { fetchNextPage } = query
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage])

  let body
  if (query.error) body = <QueryError error={query.error} onRetry={() => void query.refetch()} />
  else if (!query.data) body = <p className="muted lead-table__status">Loading leads…</p>
  else if (total === 0)
    body = isFiltered(filters) ? (
      <EmptyState icon="search" title="No leads match these filters">
        <p>Loosen or clear the filters to see more leads.</p>
      </EmptyState>
    ) : (
      <EmptyState icon="pipeline" title="No leads in this pipeline yet">
        <p>Leads you add or import show up here, one row each.</p>
      </EmptyState>
    )
  else
    body = (
      <SelectableGrid
        label="Leads"
        plural="leads"
        rowLabel={dealRowName}
        table={table}
        rows={rows}
        total={total}
        hasMore={query.hasNextPage}
        loadingMore={query.isFetchingNextPage}
        onNeedMore={loadMore}
        selection={selection}
        onOpen={onOpenLead}
      />
    )

  return (
    <section className="lead-table" aria-label="Lead table">
      <div className="lead-table__toolbar">
        <span className="muted" aria-live="polite">
          {query.data ? `${leadsCount(total)}${rows.length < total ? ` · ${formatCount(rows.length)} loaded` : ''}` : ''}
        </span>
        <span className="spacer" />
        <ExportButtons pipelineId={pipelineId} filters={filters} sort={serverSort(sorting)} />
        <ColumnsMenu set={leadColumnSet(fields)} layout={layout} onChange={saveLayout} />
      </div>
      {selection.ids.length > 0 && (
        <BulkBar
          selectedIds={selection.ids}
          selectedRows={rows.filter((row) => selection.has(row.id))}
          stages={stages}
          onClear={selection.clear}
          onDone={selection.clear}
        />
      )}
      {body}
    </section>
  )
}
