import { closestCorners, pointerWithin, type CollisionDetection, type DroppableContainer, type UniqueIdentifier } from '@dnd-kit/core'

/** What each drop target on the board says about itself (the `data` of its useDroppable/useSortable). */
export interface DropTargetData {
  stageId: number
  /** A whole open column: a drop on its empty space lands at the end. */
  column?: true
  /** A column's header (name, totals, "Add lead"): a drop there lands at the top. */
  columnTop?: true
  /** The Won or Lost zone. */
  closeZone?: true
}

/**
 * Where a card under the pointer would land, most specific first:
 * 1. the Won and Lost zones — on a narrow window the columns scrolled out of view still have
 *    rectangles behind them, and a drop must not land there;
 * 2. a column's header, totals and "Add lead" — cards scrolled out of sight above the column's
 *    list still have rectangles there;
 * 3. a card, when the pointer is inside that card's column (not a card hanging below it);
 * 4. the column itself.
 * A pointer over nothing but a card hanging outside its column's list is over nothing.
 * The keyboard has no pointer, so it (and a pointer in the gap between columns) falls back to the nearest corners.
 */
export const boardCollisions: CollisionDetection = (args) => {
  const hits = pointerWithin(args)
  if (hits.length === 0) return closestCorners(args)
  const dataOf = (id: UniqueIdentifier) => targetData(args.droppableContainers.find((c) => c.id === id))
  const columnsHit = new Set(hits.map((h) => dataOf(h.id)).filter((d) => d?.column === true).map((d) => d?.stageId))
  const isCard = (d: DropTargetData) => !d.column && !d.columnTop && !d.closeZone
  const preferences: ((d: DropTargetData) => boolean)[] = [
    (d) => d.closeZone === true,
    (d) => d.columnTop === true,
    (d) => isCard(d) && columnsHit.has(d.stageId),
    (d) => d.column === true,
  ]
  for (const prefer of preferences) {
    const hit = hits.find((h) => {
      const data = dataOf(h.id)
      return data !== undefined && prefer(data)
    })
    if (hit) return [hit]
  }
  return []
}

function targetData(container: DroppableContainer | undefined): DropTargetData | undefined {
  const data: unknown = container?.data.current
  if (typeof data !== 'object' || data === null || typeof (data as { stageId?: unknown }).stageId !== 'number') return undefined
  return data as DropTargetData
}
