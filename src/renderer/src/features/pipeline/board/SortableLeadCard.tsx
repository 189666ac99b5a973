import { useDndContext } from '@dnd-kit/core'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { BoardCard } from '@shared/domain/board'
import { LeadCard } from './LeadCard'

/** A card that can be picked up (mouse, touch, or Space on the keyboard) and opened (click or Enter). */
export function SortableLeadCard({ card, onOpen }: { card: BoardCard; onOpen: (id: number) => void }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: card.id, data: { stageId: card.stageId } })
  const { active } = useDndContext()
  return (
    <div
      ref={setNodeRef}
      className={`sortable-card${isDragging ? ' sortable-card--dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...attributes}
      {...listeners}
      aria-roledescription="lead card"
      data-lead-id={card.id}
      onClick={() => onOpen(card.id)}
      onKeyDown={(event) => {
        listeners?.['onKeyDown']?.(event)
        if (event.key === 'Enter' && !active) onOpen(card.id)
      }}
    >
      <LeadCard card={card} />
    </div>
  )
}
