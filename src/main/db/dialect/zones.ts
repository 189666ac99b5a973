import type { OffsetSpan } from '@shared/domain/firmClock'

/**
 * SQL choosing a zone's UTC offset for the instant in `column` (ISO UTC text): the one offset, or a
 * CASE over the offset changes nested as a balanced tree, so a row costs a handful of text
 * comparisons even across decades of daylight-saving changes. `leaf` writes one offset as the
 * engine wants it (a date() modifier on SQLite, an interval on PostgreSQL).
 */
export function offsetCase(column: string, spans: readonly OffsetSpan[], leaf: (offsetMinutes: number) => string): string {
  if (spans.length === 1) return leaf(spans[0]!.offsetMinutes)
  const middle = Math.floor(spans.length / 2)
  const boundary = new Date(spans[middle]!.fromMs).toISOString()
  return `CASE WHEN ${column} < '${boundary}' THEN ${offsetCase(column, spans.slice(0, middle), leaf)} ELSE ${offsetCase(column, spans.slice(middle), leaf)} END`
}
