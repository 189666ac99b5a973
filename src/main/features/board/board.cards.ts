import { sql, type RawBuilder } from 'kysely'
import { effectiveProbability, isStale, type BoardCard } from '@shared/domain/board'
import { postgresDialect, sqliteDialect, type SqlDialect } from '../../db/dialect'
import { leadReadColumns, toLead, type LeadJoinedRow } from '../leads/leads.repo'

// The lead columns every card and table row reads (the same names leads.repo's toLead maps), with
// who the lead is with and its tags as subqueries, so a page is one query; the campaign is the
// query's own join `c`.
const LEAD_COLUMNS: Record<SqlDialect['engine'], RawBuilder<unknown>> = {
  sqlite: sql.raw(leadReadColumns(sqliteDialect, 'c')),
  postgres: sql.raw(leadReadColumns(postgresDialect, 'c')),
}
export const leadColumns = (dialect: SqlDialect) => LEAD_COLUMNS[dialect.engine]

/** The earliest due time of the lead's open activities. */
export const NEXT_FOLLOW_UP = sql.raw(
  '(SELECT min(a.due_at) FROM activities a WHERE a.lead_id = l.id AND a.done_at IS NULL AND a.due_at IS NOT NULL) AS next_follow_up_at',
)

export type LeadSqlRow = LeadJoinedRow

export type CardRow = LeadSqlRow & {
  next_follow_up_at: string | null
  win_probability: number
  stale_days: number | null
}

export function toCard(row: CardRow, now: Date): BoardCard {
  const lead = toLead(row)
  return {
    ...lead,
    nextFollowUpAt: row.next_follow_up_at,
    probability: effectiveProbability(row.probability_override, row.win_probability),
    stale: isStale(lead, row.stale_days, now),
  }
}
