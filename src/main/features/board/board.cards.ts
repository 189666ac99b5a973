import { sql } from 'kysely'
import { effectiveProbability, isStale, type BoardCard } from '@shared/domain/board'
import { LEAD_OWN_COLUMNS, toLead, type LeadJoinedRow } from '../leads/leads.repo'

// The lead columns every card and table row reads (the same names leads.repo's
// toLead maps), with tags folded into one JSON column so a page is one query.
export const LEAD_COLUMNS = sql.raw(
  [
    ...LEAD_OWN_COLUMNS,
    'c.name AS campaign_name',
    'c.channel AS campaign_channel',
    '(SELECT json_group_array(tag) FROM (SELECT tag FROM lead_tags WHERE lead_id = l.id ORDER BY tag)) AS tags_json',
  ].join(', '),
)

/** The earliest due time of the lead's open activities. */
export const NEXT_FOLLOW_UP = sql.raw(
  '(SELECT min(a.due_at) FROM activities a WHERE a.lead_id = l.id AND a.done_at IS NULL AND a.due_at IS NOT NULL) AS next_follow_up_at',
)

export type LeadSqlRow = LeadJoinedRow & { tags_json: string }

export type CardRow = LeadSqlRow & {
  next_follow_up_at: string | null
  win_probability: number
  stale_days: number | null
}

export const rowTags = (row: { tags_json: string }): string[] => JSON.parse(row.tags_json) as string[]

export function toCard(row: CardRow, now: Date): BoardCard {
  const lead = toLead(row, rowTags(row))
  return {
    ...lead,
    nextFollowUpAt: row.next_follow_up_at,
    probability: effectiveProbability(row.probability_override, row.win_probability),
    stale: isStale(lead, row.stale_days, now),
  }
}
