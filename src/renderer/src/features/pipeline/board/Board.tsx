import { DndContext, DragOverlay, type DragEndEvent } from '@dnd-kit/core'
import { useCallback, useState } from 'react'
import type { BoardFilters } from '@shared/contract/board'
import type { BoardCard, BoardData } from '@shared/domain/board'
import type { Pipeline } from '@shared/domain/pipelines'
import { errorMessage } from '../../../api/errors'
import { useToast } from '../../../ui/Toast'
import { useIsViewer } from '../../team/team.queries'
import { useLoadMoreCards, useMoveLead } from '../board.queries'
import { planDrop, type PlannedMove } from '../board.moves'
import { boardAnnouncements, screenReaderInstructions } from './announcements'
import { BoardColumn } from './BoardColumn'
import { CloseLeadDialog, type CloseDetails } from './CloseLeadDialog'
import { CloseZone } from './CloseZone'
import { boardCollisions } from './collisions'
import { LeadCard } from './LeadCard'
import { useBoardSensors } from './sensors'

interface Props {
  board: BoardData
  pipeline: Pipeline
  filters: BoardFilters
  onOpenLead: (id: number) => void
  onQuickAdd: (stageId: number) => void
  onShowStage: (stageId: number) => void
}

export function Board({ board, pipeline, filters, onOpenLead, onQuickAdd, onShowStage }: Props) {
  const viewer = useIsViewer()
  const stages = pipeline.stages
  const toast = useToast()
  const move = useMoveLead(pipeline.id, filters, stages)
  const loadMore = useLoadMoreCards(pipeline.id, filters)
  const [dragging, setDragging] = useState<BoardCard | null>(null)
  // The stage under the dragged card, kept here (not read from dnd-kit's context in every column) so a
  // column re-renders only when the pointer enters or leaves it, not on every move.
  const [overStageId, setOverStageId] = useState<number | null>(null)
  const [closing, setClosing] = useState<{ card: BoardCard; move: PlannedMove } | null>(null)
  const sensors = useBoardSensors(stages.map((s) => s.id))
  const cardById = (id: unknown) => board.columns.flatMap((c) => c.cards).find((card) => card.id === id)
  const openStages = stages.filter((s) => s.kind === 'open')
  const closeStages = stages.filter((s) => s.kind !== 'open')

  function send(planned: PlannedMove, card: BoardCard, details: Partial<CloseDetails> = {}) {
    const stage = stages.find((s) => s.id === planned.toStageId)
    move.mutate(
      { ...planned, ...details },
      {
        onSuccess: () => {
          if (stage && stage.kind !== 'open') toast.show(`${card.personName} marked ${stage.kind}.`)
        },
        onError: (error) => toast.show(`Couldn't move ${card.personName}: ${errorMessage(error)} The card is back where it was.`, { tone: 'error' }),
      },
    )
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setDragging(null)
    setOverStageId(null)
    const card = cardById(active.id)
    const stageId: unknown = over?.data.current?.['stageId']
    if (!card || !over || typeof stageId !== 'number') return
    const at = typeof over.id === 'number' ? { cardId: over.id } : over.data.current?.['columnTop'] === true ? { top: true } : {}
    const planned = planDrop(board, card.id, { stageId, ...at })
    if (!planned) return
    const target = stages.find((s) => s.id === planned.toStageId)
    if (target && target.kind !== 'open' && target.id !== card.stageId) setClosing({ card, move: planned })
    else send(planned, card)
  }

  const handleLoadMore = useCallback((stageId: number, offset: number) => loadMore.mutate({ stageId, offset }), [loadMore])
  const closingStage = closing && stages.find((s) => s.id === closing.move.toStageId)

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollisions}
      accessibility={{ announcements: boardAnnouncements(board, stages), screenReaderInstructions }}
      onDragStart={({ active }) => setDragging(cardById(active.id) ?? null)}
      onDragOver={({ over }) => {
        const stageId: unknown = over?.data.current?.['stageId']
        setOverStageId(typeof stageId === 'number' ? stageId : null)
      }}
      onDragCancel={() => {
        setDragging(null)
        setOverStageId(null)
      }}
      onDragEnd={onDragEnd}
    >
      <div className="board">
        <div className="board__columns">
          {openStages.map((stage) => {
            const column = board.columns.find((c) => c.stageId === stage.id)
            return (
              column && (
                <BoardColumn
                  key={stage.id}
                  column={column}
                  stage={stage}
                  onOpen={onOpenLead}
                  onQuickAdd={onQuickAdd}
                  onLoadMore={handleLoadMore}
                  loadingMore={loadMore.isPending && loadMore.variables.stageId === stage.id}
                  targeted={dragging !== null && overStageId === stage.id && dragging.stageId !== stage.id}
                  readOnly={viewer}
                />
              )
            )
          })}
        </div>
        <aside className="board__close-zones" aria-label="Close a lead">
          {closeStages.map((stage) => (
            <CloseZone key={stage.id} stage={stage} column={board.columns.find((c) => c.stageId === stage.id)} onShow={onShowStage} />
          ))}
        </aside>
      </div>
      <DragOverlay dropAnimation={null}>{dragging && <div className="drag-overlay"><LeadCard card={dragging} /></div>}</DragOverlay>
      {closing && closingStage && (
        <CloseLeadDialog
          card={closing.card}
          stage={closingStage}
          onCancel={() => setClosing(null)}
          onConfirm={(details) => {
            send(closing.move, closing.card, details)
            setClosing(null)
          }}
        />
      )}
    </DndContext>
  )
}
