import { describe, expect, it } from 'vitest'
import type { BoardCard, BoardData } from '@shared/domain/board'
import type { Stage } from '@shared/domain/pipelines'
import { boardAnnouncements } from './announcements'

const stage = (id: number, name: string): Stage => ({ id, pipelineId: 1, name, position: id, kind: 'open', winProbability: 10, staleDays: 7, color: '#000' })
const stages = [stage(1, 'Qualified'), stage(2, 'Proposal')]
const card = (id: number, stageId: number, personName: string) => ({ id, stageId, personName }) as BoardCard
const board: BoardData = {
  pipelineId: 1,
  columns: [
    { stageId: 1, cards: [card(7, 1, 'Dana Li'), card(8, 1, 'Bo Chen')], count: 2, totalValueMinor: 0, weightedValueMinor: 0, hasMore: false },
    { stageId: 2, cards: [card(9, 2, 'Ada Park')], count: 1, totalValueMinor: 0, weightedValueMinor: 0, hasMore: false },
  ],
}
const on = (id: number | string, stageId: number) => ({ id, data: { current: { stageId } }, rect: {} as never, disabled: false })
const active = { id: 7, data: { current: { stageId: 1 } }, rect: { current: { initial: null, translated: null } } }
const say = boardAnnouncements(board, stages)

describe('boardAnnouncements', () => {
  it('names people and stages, never ids', () => {
    expect(say.onDragStart({ active })).toBe('Picked up Dana Li.')
    expect(say.onDragOver({ active, over: on(9, 2) })).toBe('Dana Li is over Proposal next to Ada Park.')
    expect(say.onDragEnd({ active, over: on('stage-2', 2) })).toBe('Dana Li was dropped in Proposal.')
  })

  it('says plainly when a drop moved nothing', () => {
    expect(say.onDragOver({ active, over: on(7, 1) })).toBe('Dana Li is picked up, in Qualified where it started.')
    expect(say.onDragEnd({ active, over: on(7, 1) })).toBe('Dana Li was not moved. It stays in Qualified.')
    expect(say.onDragEnd({ active, over: null })).toBe('Dana Li was dropped outside the board. It is back where it was.')
  })
})
