import type { Table } from '@tanstack/react-table'
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import type { TableLead } from '@shared/domain/board'
import { LeadRow, ROW_HEIGHT } from './LeadRow'
import { HeaderCell } from '../../ui/HeaderCell'
import { SelectAllBox } from './SelectAllBox'
import './lead-table.css'
import type { Selection } from './useSelection'

/**
 * The virtualizer measures its scroll box; a box with no size yet (a hidden tab, or
 * jsdom, which has no layout) would make it render no rows at all. Until the box has a
 * real size, keep the initial estimate instead.
 */
function observeRectOrKeepEstimate(instance: Virtualizer<HTMLDivElement, Element>, onRect: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => {
    if (rect.width > 0 && rect.height > 0) onRect(rect)
  })
}

interface LeadGridProps {
  table: Table<TableLead>
  rows: TableLead[]
  /** Rows that match over every page, for screen readers (only some are in the DOM). */
  total: number
  hasMore: boolean
  loadingMore: boolean
  onNeedMore: () => void
  selection: Selection
  onOpenLead: (id: number) => void
}

/** The table itself: a sticky header and only the rows in view, fetching the next page near the bottom. */
export function LeadGrid({ table, rows, total, hasMore, loadingMore, onNeedMore, selection, onOpenLead }: LeadGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // One extra row at the end says "Loading more…" and, once in view, asks for the next page.
  const count = rows.length + (hasMore ? 1 : 0)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer returns fresh functions by design
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 1000, height: 600 },
    observeElementRect: observeRectOrKeepEstimate,
  })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? -1

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - 1) onNeedMore()
  }, [hasMore, loadingMore, lastIndex, rows.length, onNeedMore])

  const visible = table.getVisibleLeafColumns()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  const modelRows = table.getRowModel().rows

  return (
    <div
      ref={scrollRef}
      className="table-wrap lead-table__scroll"
      onScroll={(event) => event.currentTarget.toggleAttribute('data-scrolled-x', event.currentTarget.scrollLeft > 0)}
    >
      <table className="data-table lead-table__table" aria-label="Leads" aria-rowcount={total + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th className="lead-table__check">
                <SelectAllBox selection={selection} />
              </th>
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }} />}
          {items.map((item) => {
            const row = modelRows[item.index]
            if (!row)
              return (
                <tr key="loading" className="lead-table__loading" style={{ height: ROW_HEIGHT }}>
                  <td colSpan={visible.length + 1} className="muted">
                    Loading more leads…
                  </td>
                </tr>
              )
            return <LeadRow key={row.id} row={row} index={item.index} selection={selection} onOpen={onOpenLead} />
          })}
          {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }} />}
        </tbody>
      </table>
    </div>
  )
}
