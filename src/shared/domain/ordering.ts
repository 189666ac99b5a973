// Cards keep a REAL position: a move writes one row, placed midway between its new
// neighbours, instead of renumbering the whole column. When the gap between two
// neighbours is too small to halve, the caller renumbers that one column.

export const POSITION_STEP = 1024

/** A position strictly between `before` and `after` (either may be missing), or null when there is no room. */
export function positionBetween(before: number | null, after: number | null): number | null {
  if (before === null && after === null) return 0
  if (before === null) return (after as number) - POSITION_STEP
  if (after === null) return before + POSITION_STEP
  const middle = before + (after - before) / 2
  return middle > before && middle < after && after - before > 1e-9 ? middle : null
}
