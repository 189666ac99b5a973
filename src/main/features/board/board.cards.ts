import { sql, type RawBuilder } from 'kysely'
import { effectiveProbability, isStale, type BoardCard } from '@shared/domain/board'
import { postgresDialect, sqliteDialect, type SqlDialect } from '../../db/dialect'
import { LEAD_OWN_COLUMNS, TAGS_JSON, toLead, type LeadJoinedRow } from '../leads/leads.repo'

// The lead columns every card and table row reads (the same names leads.repo's
// toLead maps), with tags folded into one JSON column so a page is one query.
const leadColumnsOf = (dialect: SqlDialect) => sql.raw([...LEAD_OWN_COLUMNS, 'c.name AS campaign_name', 'c.channel AS campaign_channel', TAGS_JSON(dialect)].join(', '))
const LEAD_COLUMNS: Record<SqlDialect['engine'], RawBuilder<unknown>> = { sqlite: leadColumnsOf(sqliteDialect), postgres: leadColumnsOf(postgresDialect) }
export const leadColumns = (dialect: SqlDialect) => LEAD_COLUMNS[dialect.engine]

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
