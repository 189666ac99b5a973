import type { Lead } from './leads'

/** A lead as the board shows it: the lead plus what the card needs at a glance. */
export interface BoardCard extends Lead {
  /** The earliest due time of the lead's open activities, if any. */
  nextFollowUpAt: string | null
  /** The lead's own probability when set by hand, otherwise its stage's win probability. */
  probability: number
  /** No activity for longer than the stage's stale days (see isStale). */
  stale: boolean
}

export interface BoardColumnPage {
  cards: BoardCard[]
  hasMore: boolean
}

export interface BoardColumn extends BoardColumnPage {
  stageId: number
  /** Leads in the stage that pass the filters (not just the loaded cards). */
  count: number
  totalValueMinor: number
  /** Σ value × probability / 100, rounded to whole minor units. */
  weightedValueMinor: number
}

export interface BoardData {
  pipelineId: number
  /** Every stage of the pipeline in board order: open stages, then Won, then Lost. */
  columns: BoardColumn[]
}

export const TABLE_SORT_COLUMNS = [
  'personName',
  'company',
  'email',
  'value',
  'stage',
  'campaign',
  'owner',
  'createdAt',
  'expectedCloseOn',
  'lastActivityAt',
  'stageEnteredAt',
] as const
export type TableSortColumn = (typeof TABLE_SORT_COLUMNS)[number]

export interface TableLead extends Lead {
  stageName: string
  probability: number
}

export interface TablePage {
  rows: TableLead[]
  /** Rows that pass the filters, over all pages. */
  total: number
}

export interface BulkResult {
  affected: number
  /** Present after a delete: pass it to leads.undoDelete to bring everything back. */
  undoToken: string | null
}

export const effectiveProbability = (probabilityOverride: number | null, stageWinProbability: number): number =>
  probabilityOverride ?? stageWinProbability

/**
 * A lead is stale when nothing was done on it for its stage's stale days. The clock
 * starts at the last completed activity; a lead that never had one counts from its creation.
 * Closed leads and stages without stale days are never stale.
 */
export function isStale(
  lead: Pick<Lead, 'lastActivityAt' | 'createdAt' | 'closedAt'>,
  staleDays: number | null,
  now: Date = new Date(),
): boolean {
  if (staleDays === null || lead.closedAt !== null) return false
  const since = Date.parse(lead.lastActivityAt ?? lead.createdAt)
  return now.getTime() - since > staleDays * 86_400_000
}
