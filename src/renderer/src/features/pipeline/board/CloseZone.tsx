import { useDroppable } from '@dnd-kit/core'
import type { BoardColumn } from '@shared/domain/board'
import type { Stage } from '@shared/domain/pipelines'
import { money } from '../../../ui/format'
import { countOf, LEAD } from '@shared/domain/plural'

/** Won and Lost are drop targets at the board's edge: closing a lead is a gesture, not a column to scroll. */
export function CloseZone({ stage, column, onShow }: { stage: Stage; column: BoardColumn | undefined; onShow: (stageId: number) => void }) {
  const { setNodeRef, isOver } = useDroppable({ id: `stage-${stage.id}`, data: { stageId: stage.id, closeZone: true } })
  return (
    <section
      ref={setNodeRef}
      className={`close-zone close-zone--${stage.kind}${isOver ? ' close-zone--over' : ''}`}
      aria-label={`${stage.name}: drop a lead here to mark it ${stage.kind}`}
      data-stage-id={stage.id}
    >
      <h2>{stage.name}</h2>
      <p className="close-zone__hint">{isOver ? `Release to mark ${stage.kind}` : `Drop here to mark ${stage.kind}`}</p>
      <button type="button" className="close-zone__summary" onClick={() => onShow(stage.id)}>
        {countOf(column?.count ?? 0, LEAD)} · {money(column?.totalValueMinor ?? 0, true)}
      </button>
    </section>
  )
}
