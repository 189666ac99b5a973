import { useDndContext } from '@dnd-kit/core'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useId } from 'react'
import type { BoardCard } from '@shared/domain/board'
import { LeadCard } from './LeadCard'
import { leadCardName } from './leadCardText'

/**
 * A card that can be picked up (mouse, touch, or Space on the keyboard) and opened (click or Enter).
 * The mouse takes it anywhere; the keyboard's handle is the person's name, a button named short —
 * person, company, value — so a column reads quickly and the name a user sees is the name they can
 * say. The rest of the card is its description, followed by how to move it.
 */
export function SortableLeadCard({ card, onOpen, readOnly = false }: { card: BoardCard; onOpen: (id: number) => void; readOnly?: boolean }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: card.id, data: { stageId: card.stageId }, disabled: readOnly })
  const { active } = useDndContext()
  const descriptionId = useId()
  return (
    <div
      ref={setNodeRef}
      className={`sortable-card${isDragging ? ' sortable-card--dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...listeners}
      data-lead-id={card.id}
      onClick={() => onOpen(card.id)}
      onKeyDown={(event) => {
        listeners?.['onKeyDown']?.(event)
        if (event.key === 'Enter' && !active) onOpen(card.id)
      }}
    >
      <LeadCard
        card={card}
        descriptionId={descriptionId}
        personProps={{
          ...attributes,
          ref: setActivatorNodeRef,
          'aria-roledescription': 'lead card',
          'aria-label': leadCardName(card),
          'aria-describedby': `${descriptionId} ${attributes['aria-describedby']}`,
        }}
      />
    </div>
  )
}
