import { useDroppable } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import type { BoardColumn as Column } from '@shared/domain/board'
import type { Stage } from '@shared/domain/pipelines'
import { money } from '../../../ui/format'
import { Icon } from '../../../ui/icons'
import type { DropTargetData } from './collisions'
import { SortableLeadCard } from './SortableLeadCard'
import { countOf, LEAD } from '@shared/domain/plural'

interface Props {
  column: Column
  stage: Stage
  onOpen: (id: number) => void
  onQuickAdd: (stageId: number) => void
  onLoadMore: (stageId: number, offset: number) => void
  loadingMore: boolean
  /** A card from another stage is over some part of this column: lit, so the drop is never a guess. */
  targeted?: boolean
  /** A team viewer's board: cards open but do not pick up. */
  readOnly?: boolean
}

/**
 * One open stage: its totals, a quick-add, and its cards — only the visible ones are rendered, more load as you scroll.
 * The whole column takes a dropped card: its header (totals and "Add lead" included) puts it at the top, anywhere else at the end.
 */
export function BoardColumn({ column, stage, onOpen, onQuickAdd, onLoadMore, loadingMore, targeted = false, readOnly = false }: Props) {
  const columnTarget = useDroppable({ id: `stage-${stage.id}`, data: { stageId: stage.id, column: true } satisfies DropTargetData })
  const headerTarget = useDroppable({ id: `stage-${stage.id}-top`, data: { stageId: stage.id, columnTop: true } satisfies DropTargetData })
  const scrollRef = useRef<HTMLDivElement | null>(null)
  const rows = column.cards.length + (column.hasMore ? 1 : 0)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer hands back fresh functions by design
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 108,
    overscan: 6,
    gap: 8,
    initialRect: { width: 280, height: 720 },
    getItemKey: (index) => column.cards[index]?.id ?? 'more',
  })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? -1

  useEffect(() => {
    if (column.hasMore && !loadingMore && lastIndex >= column.cards.length - 1) onLoadMore(stage.id, column.cards.length)
  }, [column.hasMore, column.cards.length, lastIndex, loadingMore, onLoadMore, stage.id])

  return (
    <section
      ref={columnTarget.setNodeRef}
      className={`board-column${targeted ? ' board-column--over' : ''}`}
      aria-label={`${stage.name}, ${countOf(column.count, LEAD)}`}
      data-stage-id={stage.id}
    >
      <header ref={headerTarget.setNodeRef} className="board-column__header">
        <div className="board-column__title">
          <span className="stage-dot" style={{ background: stage.color }} aria-hidden="true" />
          <h2>{stage.name}</h2>
          <span className="board-column__count">{column.count}</span>
        </div>
        <div className="board-column__totals">
          <span title="Total value">{money(column.totalValueMinor, true)}</span>
          <span className="muted" title={`Weighted by win probability (${stage.winProbability}% in this stage unless set on the lead)`}>
            {money(column.weightedValueMinor, true)} weighted
          </span>
        </div>
        <button type="button" className="board-column__add" onClick={() => onQuickAdd(stage.id)} aria-label={`Add lead to ${stage.name}`}>
          <Icon name="plus" width={14} height={14} /> Add lead
        </button>
      </header>
      <div
        ref={scrollRef}
        className="board-column__cards"
      >
        <SortableContext id={`stage-${stage.id}`} items={column.cards.map((c) => c.id)} strategy={verticalListSortingStrategy}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const card = column.cards[item.index]
              return (
                <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="board-column__row" style={{ transform: `translateY(${item.start}px)` }}>
                  {card ? <SortableLeadCard card={card} onOpen={onOpen} readOnly={readOnly} /> : <p className="board-column__loading">Loading more leads…</p>}
                </div>
              )
            })}
          </div>
        </SortableContext>
        {column.cards.length === 0 && <p className="board-column__empty">No leads here. Drag one in, or add one.</p>}
      </div>
    </section>
  )
}
