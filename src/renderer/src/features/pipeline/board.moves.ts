import type { BoardCard, BoardData } from '@shared/domain/board'
import { effectiveProbability, isStale } from '@shared/domain/board'
import type { Stage } from '@shared/domain/pipelines'

export interface PlannedMove {
  leadId: number
  toStageId: number
  /** Place before this lead in the target stage; null = at the end. */
  beforeLeadId: number | null
}

/**
 * The board as it will look after a move, computed before main answers so the card
 * lands at once (optimistic); the caller keeps the old board to roll back to.
 */
export function applyMove(board: BoardData, stages: Stage[], move: PlannedMove, patch: Partial<BoardCard> = {}): BoardData {
  const from = board.columns.find((c) => c.cards.some((card) => card.id === move.leadId))
  const card = from?.cards.find((c) => c.id === move.leadId)
  const toStage = stages.find((s) => s.id === move.toStageId)
  if (!from || !card || !toStage) return board
  const changesStage = from.stageId !== toStage.id
  const now = new Date()
  const entered = { stageEnteredAt: changesStage ? now.toISOString() : card.stageEnteredAt }
  const moved: BoardCard = {
    ...card,
    ...patch,
    ...entered,
    stageId: toStage.id,
    probability: effectiveProbability(card.probabilityOverride, toStage.winProbability),
    // A stage change restarts the stale clock, so the card must not land flagged "Stale".
    stale: changesStage ? isStale({ ...card, ...patch, ...entered }, toStage.staleDays, now) : card.stale,
  }
  const weight = (c: BoardCard) => Math.round((c.valueMinor * c.probability) / 100)
  return {
    ...board,
    columns: board.columns.map((column) => {
      let cards = column.cards
      let { count, totalValueMinor, weightedValueMinor } = column
      if (column.stageId === from.stageId) {
        cards = cards.filter((c) => c.id !== move.leadId)
        count -= 1
        totalValueMinor -= card.valueMinor
        weightedValueMinor -= weight(card)
      }
      if (column.stageId === toStage.id) {
        const index = move.beforeLeadId === null ? -1 : cards.findIndex((c) => c.id === move.beforeLeadId)
        cards = index === -1 ? [...cards, moved] : [...cards.slice(0, index), moved, ...cards.slice(index)]
        count += 1
        totalValueMinor += moved.valueMinor
        weightedValueMinor += weight(moved)
      }
      return { ...column, cards, count, totalValueMinor, weightedValueMinor }
    }),
  }
}

/**
 * Where a drop lands, in the terms leads.move takes. Dropping on a card in the same
 * column follows the sortable's own rule (moving down lands after the card it is over);
 * dropping on a card elsewhere puts it before that card; on a column's header, at its top;
 * anywhere else on a column, at its end.
 */
export function planDrop(board: BoardData, leadId: number, over: { stageId: number; cardId?: number; top?: boolean }): PlannedMove | null {
  const target = board.columns.find((c) => c.stageId === over.stageId)
  if (!target) return null
  if (over.top) {
    const first = target.cards[0]
    if (first?.id === leadId) return null
    return { leadId, toStageId: over.stageId, beforeLeadId: first?.id ?? null }
  }
  if (over.cardId === undefined) return { leadId, toStageId: over.stageId, beforeLeadId: null }
  const ids = target.cards.map((c) => c.id)
  const from = ids.indexOf(leadId)
  const to = ids.indexOf(over.cardId)
  if (from === -1) return { leadId, toStageId: over.stageId, beforeLeadId: over.cardId }
  if (from === to) return null
  const reordered = [...ids]
  reordered.splice(from, 1)
  reordered.splice(to, 0, leadId)
  return { leadId, toStageId: over.stageId, beforeLeadId: reordered[to + 1] ?? null }
}
