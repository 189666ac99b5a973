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
  type Target = { id: string | number; data: { current?: Record<string, unknown> | undefined } }
  const where = (over: Target | null, activeId: string | number) => {
    if (!over) return 'no stage'
    const stageId = over.data.current?.['stageId']
    const stage = stages.find((s) => s.id === stageId)
    const nearby = typeof over.id === 'number' && over.id !== activeId ? ` next to ${cardName(over.id)}` : ''
    return stage ? `${stage.name}${nearby}` : 'no stage'
  }
  return {
    onDragStart: ({ active }) => `Picked up ${cardName(active.id)}.`,
    // dnd-kit reports the card over itself right after the pick-up (and again when it comes back), replacing "Picked up".
    onDragOver: ({ active, over }) =>
      over?.id === active.id
        ? `${cardName(active.id)} is picked up, in ${where(over, active.id)} where it started.`
        : `${cardName(active.id)} is over ${where(over, active.id)}.`,
    // A drop that changes nothing says so, so a move that did not happen is never mistaken for one that did.
    onDragEnd: ({ active, over }) => {
      if (!over) return `${cardName(active.id)} was dropped outside the board. It is back where it was.`
      if (over.id === active.id) return `${cardName(active.id)} was not moved. It stays in ${where(over, active.id)}.`
      return `${cardName(active.id)} was dropped in ${where(over, active.id)}.`
    },
    onDragCancel: ({ active }) => `Moving ${cardName(active.id)} was cancelled. It is back where it was.`,
  }
}
