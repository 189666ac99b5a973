import { sql, type RawBuilder } from 'kysely'
import type { ParsedBoardFilters } from '@shared/contract/board'
import type { FirmCalendar } from '../../db/calendar'
import type { SqlDialect } from '../../db/dialect'
import { leadCustomFilterSql } from '../custom-fields/customFields.sql'
import { leadHasTag, leadSegmentSql } from '../leads/leads.parties'
import { searchLeadsWhere } from '../leads/leads.repo'

/**
 * The board's filters as one SQL condition over the leads table under `alias`.
 * Shared by the board columns, their totals and the table, so they always agree.
 * Days (created from/to, snoozed until) are the firm's calendar days.
 */
export function filtersSql(dialect: SqlDialect, filters: ParsedBoardFilters, calendar: FirmCalendar, alias = 'l', now: Date = new Date()): RawBuilder<boolean> {
  const col = (name: string) => sql.ref(`${alias}.${name}`)
  const conditions: RawBuilder<boolean>[] = []
  const add = (condition: RawBuilder<unknown>) => conditions.push(condition as RawBuilder<boolean>)

  if (filters.campaignId !== undefined) add(sql`${col('source_campaign_id')} = ${filters.campaignId}`)
  if (filters.channel !== undefined) {
    add(sql`${col('source_campaign_id')} IN (SELECT id FROM campaigns WHERE channel = ${filters.channel})`)
  }
  if (filters.segmentId !== undefined) add(sql`${sql.raw(leadSegmentSql(alias))} = ${filters.segmentId}`)
  if (filters.owner !== undefined) add(sql`${col('owner')} = ${filters.owner}`)
  if (filters.tag !== undefined) add(leadHasTag(alias, filters.tag))
  if (filters.minValueMinor !== undefined) add(sql`${col('value_minor')} >= ${filters.minValueMinor}`)
  if (filters.maxValueMinor !== undefined) add(sql`${col('value_minor')} <= ${filters.maxValueMinor}`)
  const created = calendar.instants({ from: filters.createdFrom, to: filters.createdTo })
  if (created.from !== null) add(sql`${col('created_at')} >= ${created.from}`)
  if (created.until !== null) add(sql`${col('created_at')} < ${created.until}`)
  if (filters.closeFrom !== undefined) add(sql`${col('expected_close_on')} >= ${filters.closeFrom}`)
  if (filters.closeTo !== undefined) add(sql`${col('expected_close_on')} <= ${filters.closeTo}`)
  if (filters.search !== undefined) add(searchLeadsWhere(dialect, filters.search, alias))
  for (const filter of filters.custom ?? []) add(leadCustomFilterSql(dialect, alias, filter))
  // A lead snoozed until a day comes back on that day.
  if (!filters.includeSnoozed) add(sql`(${col('snoozed_until')} IS NULL OR ${col('snoozed_until')} <= ${calendar.today(now)})`)

  return conditions.length === 0 ? sql<boolean>`1 = 1` : sql<boolean>`${sql.join(conditions, sql` AND `)}`
}
