import { describe, expect, it } from 'vitest'
import type { BoardCard, BoardData } from '@shared/domain/board'
import type { Stage } from '@shared/domain/pipelines'
import { applyMove, planDrop } from './board.moves'

const stage = (id: number, kind: Stage['kind'], winProbability: number): Stage => ({ id, pipelineId: 1, name: `S${id}`, position: id, kind, winProbability, staleDays: null, color: '#000' })
const stages = [stage(1, 'open', 10), stage(2, 'open', 50), stage(3, 'won', 100)]

const card = (id: number, stageId: number, valueMinor = 1000): BoardCard =>
  ({ id, stageId, valueMinor, probabilityOverride: null, probability: stages.find((s) => s.id === stageId)?.winProbability ?? 0, personName: `P${id}`, stageEnteredAt: '2026-01-01T00:00:00.000Z' }) as BoardCard

function boardOf(columns: Record<number, BoardCard[]>): BoardData {
  return {
    pipelineId: 1,
    columns: stages.map((s) => {
      const cards = columns[s.id] ?? []
      return {
        stageId: s.id,
        cards,
        hasMore: false,
        count: cards.length,
        totalValueMinor: cards.reduce((n, c) => n + c.valueMinor, 0),
        weightedValueMinor: cards.reduce((n, c) => n + Math.round((c.valueMinor * c.probability) / 100), 0),
      }
    }),
  }
}

const ids = (board: BoardData, stageId: number) => board.columns.find((c) => c.stageId === stageId)?.cards.map((c) => c.id)

describe('planDrop', () => {
  const board = boardOf({ 1: [card(1, 1), card(2, 1), card(3, 1)], 2: [card(4, 2)] })

  it('moving down within a column lands after the card it is over', () => {
    expect(planDrop(board, 1, { stageId: 1, cardId: 2 })).toEqual({ leadId: 1, toStageId: 1, beforeLeadId: 3 })
    expect(planDrop(board, 1, { stageId: 1, cardId: 3 })).toEqual({ leadId: 1, toStageId: 1, beforeLeadId: null })
  })

  it('moving up within a column lands before the card it is over', () => {
    expect(planDrop(board, 3, { stageId: 1, cardId: 1 })).toEqual({ leadId: 3, toStageId: 1, beforeLeadId: 1 })
  })

  it('dropping on itself is no move', () => {
    expect(planDrop(board, 2, { stageId: 1, cardId: 2 })).toBeNull()
  })

  it('dropping on a card in another column goes before it; on the column, to its end', () => {
    expect(planDrop(board, 1, { stageId: 2, cardId: 4 })).toEqual({ leadId: 1, toStageId: 2, beforeLeadId: 4 })
    expect(planDrop(board, 1, { stageId: 2 })).toEqual({ leadId: 1, toStageId: 2, beforeLeadId: null })
  })

  it("dropping on a column's header goes to its top; on an empty column's header, in it", () => {
    expect(planDrop(board, 1, { stageId: 2, top: true })).toEqual({ leadId: 1, toStageId: 2, beforeLeadId: 4 })
    expect(planDrop(board, 3, { stageId: 1, top: true })).toEqual({ leadId: 3, toStageId: 1, beforeLeadId: 1 })
    expect(planDrop(board, 1, { stageId: 1, top: true })).toBeNull()
    expect(planDrop(board, 4, { stageId: 3, top: true })).toEqual({ leadId: 4, toStageId: 3, beforeLeadId: null })
  })
})

describe('applyMove', () => {
  it('moves the card and its value between the column totals', () => {
    const board = boardOf({ 1: [card(1, 1, 10_000), card(2, 1)], 2: [card(4, 2)] })
    const after = applyMove(board, stages, { leadId: 1, toStageId: 2, beforeLeadId: 4 })
    expect(ids(after, 1)).toEqual([2])
    expect(ids(after, 2)).toEqual([1, 4])
    const to = after.columns.find((c) => c.stageId === 2)
    expect(to?.count).toBe(2)
    expect(to?.totalValueMinor).toBe(11_000)
    expect(to?.weightedValueMinor).toBe(5_500)
    expect(after.columns.find((c) => c.stageId === 1)?.totalValueMinor).toBe(1_000)
  })

  it('reorders within one column without changing its totals', () => {
    const board = boardOf({ 1: [card(1, 1), card(2, 1), card(3, 1)] })
    const after = applyMove(board, stages, { leadId: 3, toStageId: 1, beforeLeadId: 1 })
    expect(ids(after, 1)).toEqual([3, 1, 2])
    expect(after.columns[0]?.count).toBe(3)
  })

  it('applies the final value of a won lead', () => {
    const board = boardOf({ 2: [card(4, 2, 5_000)] })
    const after = applyMove(board, stages, { leadId: 4, toStageId: 3, beforeLeadId: null }, { valueMinor: 7_500 })
    expect(after.columns.find((c) => c.stageId === 3)?.totalValueMinor).toBe(7_500)
    expect(after.columns.find((c) => c.stageId === 2)?.count).toBe(0)
  })

  it('clears the stale flag of a card moved to another stage: its stale clock starts over', () => {
    const neglected = { ...card(1, 1), stale: true, lastActivityAt: '2026-01-01T00:00:00.000Z', closedAt: null }
    const board = boardOf({ 1: [neglected] })
    const [moved] = applyMove(board, [stage(1, 'open', 10), { ...stage(2, 'open', 50), staleDays: 7 }, stage(3, 'won', 100)], { leadId: 1, toStageId: 2, beforeLeadId: null }).columns[1]!.cards
    expect(moved).toMatchObject({ id: 1, stale: false })
    expect(Date.now() - Date.parse(moved!.stageEnteredAt)).toBeLessThan(60_000)
    // Reordering within its own stage changes nothing about how long it was neglected.
    expect(applyMove(board, stages, { leadId: 1, toStageId: 1, beforeLeadId: null }).columns[0]!.cards[0]).toMatchObject({ stale: true })
  })

  it('leaves the board alone when the card is not on it', () => {
    const board = boardOf({ 1: [card(1, 1)] })
    expect(applyMove(board, stages, { leadId: 99, toStageId: 2, beforeLeadId: null })).toBe(board)
  })
})
