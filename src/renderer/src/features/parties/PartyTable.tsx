import { getCoreRowModel, useReactTable, type ColumnDef, type OnChangeFn, type SortingState } from '@tanstack/react-table'
import { useCallback, useMemo, type ReactNode } from 'react'
import { formatCount } from '@shared/domain/plural'
import { ColumnsMenu } from '../../ui/ColumnsMenu'
import type { ColumnLayout, ColumnSet } from '../../ui/columnLayout'
import { QueryError } from '../../ui/QueryError'
import { SelectableGrid } from '../lead-table/SelectableGrid'
import { useSelection } from '../lead-table/useSelection'
import { PartyBulkBar } from './PartyBulkBar'
import type { PartyKind } from './parties.queries'

type PartyRow = { id: number; name: string; openDeals: number }

interface PartyTableProps<Row extends PartyRow, Id extends string> {
  kind: PartyKind
  label: string
  plural: string
  columns: Array<ColumnDef<Row, unknown>>
  columnSet: ColumnSet<Id>
  layout: ColumnLayout<Id>
  onLayoutChange: (next: ColumnLayout<Id>) => void
  sorting: SortingState
  onSortingChange: OnChangeFn<SortingState>
  query: {
    data?: { pages: Array<{ rows: Row[]; total: number }> } | undefined
    error: Error | null
    hasNextPage: boolean
    isFetchingNextPage: boolean
    fetchNextPage: () => Promise<unknown>
    refetch: () => Promise<unknown>
  }
  /** Selection starts empty whenever this changes (the filters). */
  scope: string
  /** What shows when there are no rows: nothing yet, or nothing that matches. */
  empty: ReactNode
  onOpen: (id: number) => void
}

/** A people or organisations table: sorted by main, loaded as you scroll, with saved columns and bulk actions. */
export function PartyTable<Row extends PartyRow, Id extends string>(props: PartyTableProps<Row, Id>) {
  const { kind, label, plural, columns, columnSet, layout, onLayoutChange, sorting, onSortingChange, query, scope, empty, onOpen } = props
  const rows = useMemo(() => query.data?.pages.flatMap((page) => page.rows) ?? [], [query.data])
  const total = query.data?.pages.at(-1)?.total ?? 0
  const selection = useSelection(rows, scope)
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
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.id),
  })
  const { fetchNextPage } = query
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage])
  const selected = rows.filter((row) => selection.has(row.id))

  let body
  if (query.error) body = <QueryError error={query.error} onRetry={() => void query.refetch()} />
  else if (!query.data) body = <p className="muted lead-table__status">Loading {plural}…</p>
  else if (total === 0) body = empty
  else
    body = (
      <SelectableGrid
        label={label}
        plural={plural}
        rowLabel={(row) => row.name}
        table={table}
        rows={rows}
        total={total}
        hasMore={query.hasNextPage}
        loadingMore={query.isFetchingNextPage}
        onNeedMore={loadMore}
        selection={selection}
        onOpen={onOpen}
      />
    )
  return (
    <section className="lead-table party-table" aria-label={`${label} table`}>
      <div className="lead-table__toolbar">
        <span className="muted" aria-live="polite">
          {query.data ? `${formatCount(total)} ${total === 1 ? (kind === 'person' ? 'person' : 'organisation') : plural}${rows.length < total ? ` · ${formatCount(rows.length)} loaded` : ''}` : ''}
        </span>
        <span className="spacer" />
        <ColumnsMenu set={columnSet} layout={layout} onChange={onLayoutChange} />
      </div>
      {selected.length > 0 && <PartyBulkBar kind={kind} selected={selected} onDone={selection.clear} />}
      {body}
    </section>
  )
}
