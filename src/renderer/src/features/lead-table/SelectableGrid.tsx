import { flexRender, type Row, type Table } from '@tanstack/react-table'
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import { HeaderCell } from '../../ui/HeaderCell'
import { isNumeric } from '../../ui/isNumeric'
import { SelectAllBox } from './SelectAllBox'
import './lead-table.css'
import type { Selection } from './useSelection'

// The grid under the lead, people and organisations tables: rows too many to draw at once
// (100,000 leads), so only those in view are in the DOM and the next page loads near the bottom.

/** Rows have one fixed height so the virtualizer can place them without measuring. */
const ROW_HEIGHT = 41

// A box with no size yet (jsdom, a hidden tab) keeps the first estimate rather than drawing no rows.
function observeRectOrKeepEstimate(instance: Virtualizer<HTMLDivElement, Element>, onRect: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => {
    if (rect.width > 0 && rect.height > 0) onRect(rect)
  })
}

interface SelectableGridProps<T extends { id: number }> {
  label: string
  /** "leads", "people" or "organisations", for the select-all box and the loading row. */
  plural: string
  /** What a row (and its checkbox) is called for a screen reader. */
  rowLabel: (row: T) => string
  table: Table<T>
  rows: T[]
  total: number
  hasMore: boolean
  loadingMore: boolean
  onNeedMore: () => void
  selection: Selection
  onOpen: (id: number) => void
}

/** A sticky header and only the rows in view, fetching the next page near the bottom. */
export function SelectableGrid<T extends { id: number }>({ label, plural, rowLabel, table, rows, total, hasMore, loadingMore, onNeedMore, selection, onOpen }: SelectableGridProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null)
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
      <table className="data-table lead-table__table" aria-label={label} aria-rowcount={total + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              <th className="lead-table__check">
                <SelectAllBox selection={selection} label={`Select all loaded ${plural}`} />
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
                    Loading more {plural}…
                  </td>
                </tr>
              )
            return <SelectableRow key={row.id} row={row} name={rowLabel(row.original)} index={item.index} selection={selection} onOpen={onOpen} />
          })}
          {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }} />}
        </tbody>
      </table>
    </div>
  )
}

interface SelectableRowProps<T extends { id: number }> {
  row: Row<T>
  name: string
  index: number
  selection: Selection
  onOpen: (id: number) => void
}

/** One row: a click or Enter opens it; the checkbox (and Space on the row) selects it instead. */
function SelectableRow<T extends { id: number }>({ row, name, index, selection, onOpen }: SelectableRowProps<T>) {
  const { id } = row.original
  const selected = selection.has(id)
  return (
    <tr
      tabIndex={0}
      aria-label={name}
      aria-rowindex={index + 2}
      className={`clickable${selected ? ' lead-table__row--selected' : ''}`}
      style={{ height: ROW_HEIGHT }}
      onClick={() => onOpen(id)}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return
        if (event.key === 'Enter') onOpen(id)
        if (event.key === ' ') {
          event.preventDefault()
          selection.toggle(index, event.shiftKey)
        }
      }}
    >
      <td className="lead-table__check" onClick={(event) => event.stopPropagation()}>
        <input
          type="checkbox"
          aria-label={`Select ${name}`}
          checked={selected}
          // onClick, not onChange: only the mouse event says whether shift was held.
          onClick={(event) => selection.toggle(index, event.shiftKey)}
          onChange={() => undefined}
        />
      </td>
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={isNumeric(cell.column.columnDef.meta) ? 'numeric' : undefined}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  )
}
