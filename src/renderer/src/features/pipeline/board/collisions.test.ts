import type { ClientRect, Collision, CollisionDetection, UniqueIdentifier } from '@dnd-kit/core'
import { describe, expect, it } from 'vitest'
import { boardCollisions, type DropTargetData } from './collisions'

type Args = Parameters<CollisionDetection>[0]

const rect = (left: number, top: number, width: number, height: number): ClientRect => ({ left, top, width, height, right: left + width, bottom: top + height })

// Two open columns side by side with the Won zone over the right edge of the second, as on a narrow window.
// Column 2 is scrolled: card 11 sits above its list (behind the header), card 12 hangs below the column.
const targets: [UniqueIdentifier, DropTargetData, ClientRect][] = [
  ['stage-1', { stageId: 1, column: true }, rect(0, 0, 272, 700)],
  ['stage-1-top', { stageId: 1, columnTop: true }, rect(0, 0, 272, 95)],
  ['stage-2', { stageId: 2, column: true }, rect(280, 0, 272, 700)],
  ['stage-2-top', { stageId: 2, columnTop: true }, rect(280, 0, 272, 95)],
  [10, { stageId: 2 }, rect(288, 97, 256, 100)],
  [11, { stageId: 2 }, rect(288, -20, 256, 100)],
  [12, { stageId: 2 }, rect(288, 720, 256, 100)],
  ['stage-9', { stageId: 9, closeZone: true }, rect(500, 0, 120, 300)],
]

function overAt(x: number, y: number | null): UniqueIdentifier | undefined {
  const droppableContainers = targets.map(([id, data]) => ({ id, key: String(id), data: { current: data }, disabled: false, node: { current: null }, rect: { current: null } }))
  const args: Args = {
    active: droppableContainers[4] as unknown as Args['active'],
    collisionRect: rect(x, y ?? 0, 256, 100),
    droppableRects: new Map(targets.map(([id, , r]) => [id, r])),
    droppableContainers,
    pointerCoordinates: y === null ? null : { x, y },
  }
  const collisions: Collision[] = boardCollisions(args)
  return collisions[0]?.id
}

describe('boardCollisions', () => {
  it("takes a drop on a column's header, totals or Add lead as its top, even over a card scrolled out of sight", () => {
    expect(overAt(400, 50)).toBe('stage-2-top')
    expect(overAt(400, 5)).toBe('stage-2-top')
    expect(overAt(100, 80)).toBe('stage-1-top')
  })

  it('takes a card under the pointer, and the column anywhere else in it', () => {
    expect(overAt(400, 150)).toBe(10)
    expect(overAt(400, 600)).toBe('stage-2')
    expect(overAt(100, 600)).toBe('stage-1')
  })

  it('lets the Won zone win over the column behind it', () => {
    expect(overAt(520, 50)).toBe('stage-9')
    expect(overAt(520, 150)).toBe('stage-9')
  })

  it('ignores a card hanging below its column', () => {
    expect(overAt(400, 760)).toBeUndefined()
  })

  it('falls back to the nearest corners without a pointer (the keyboard)', () => {
    expect(overAt(288, null)).toBe('stage-2-top')
  })
})
