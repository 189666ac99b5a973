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
 * When a lead's stale clock started: the later of its last completed activity and the moment
 * it entered its stage. Stale means neglected *in this stage*, so a stage change resets the
 * clock (as Pipedrive's "rotting" does) and so does any activity.
 */
export function staleClockStart(lead: Pick<Lead, 'lastActivityAt' | 'stageEnteredAt'>): string {
  const { lastActivityAt, stageEnteredAt } = lead
  return lastActivityAt !== null && Date.parse(lastActivityAt) > Date.parse(stageEnteredAt) ? lastActivityAt : stageEnteredAt
}

/**
 * A lead is stale when nothing was done on it in its stage for more than the stage's stale
 * days, counted from staleClockStart. Closed leads and stages without stale days are never stale.
 * The one definition: the board, the optimistic board in the renderer, the sample data and the
 * benchmark's floor all call this.
 */
export function isStale(
  lead: Pick<Lead, 'lastActivityAt' | 'stageEnteredAt' | 'closedAt'>,
  staleDays: number | null,
  now: Date = new Date(),
): boolean {
  if (staleDays === null || lead.closedAt !== null) return false
  return now.getTime() - Date.parse(staleClockStart(lead)) > staleDays * 86_400_000
}
