import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core'
import type { BoardData } from '@shared/domain/board'
import type { Stage } from '@shared/domain/pipelines'

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move a lead, press Space to pick it up. Use the arrow keys to move it between stages and up or down within a stage, Space to drop it, and Escape to cancel. Press Enter to open the lead.',
}

/** What a screen reader hears while a card moves: names of people and stages, never ids. */
export function boardAnnouncements(board: BoardData | undefined, stages: Stage[]): Announcements {
  const cardName = (id: string | number) => board?.columns.flatMap((c) => c.cards).find((card) => card.id === id)?.personName ?? 'The lead'
  const where = (over: { id: string | number; data: { current?: Record<string, unknown> | undefined } } | null) => {
    if (!over) return 'no stage'
    const stageId = over.data.current?.['stageId']
    const stage = stages.find((s) => s.id === stageId)
    const nearby = typeof over.id === 'number' ? ` next to ${cardName(over.id)}` : ''
    return stage ? `${stage.name}${nearby}` : 'no stage'
  }
  return {
    onDragStart: ({ active }) => `Picked up ${cardName(active.id)}.`,
    onDragOver: ({ active, over }) => `${cardName(active.id)} is over ${where(over)}.`,
    onDragEnd: ({ active, over }) => (over ? `${cardName(active.id)} was dropped in ${where(over)}.` : `${cardName(active.id)} was dropped outside the board.`),
    onDragCancel: ({ active }) => `Moving ${cardName(active.id)} was cancelled. It is back where it was.`,
  }
}
