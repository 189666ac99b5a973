import { sql } from 'kysely'
import type { z } from 'zod'
import type { LeadTableQuery } from '@shared/contract/leads'
import { effectiveProbability, type TablePage, type TableSortColumn } from '@shared/domain/board'
import type { Db } from '../context'
import { LEAD_COLUMNS, type LeadSqlRow, rowTags } from '../board/board.cards'
import { readFirmCalendar } from '../../db/calendar'
import { filtersSql } from '../board/board.filters'
import { toLead } from './leads.repo'

type TableRow = LeadSqlRow & { stage_name: string; win_probability: number }

// What each sortable column orders by. Nullable ones keep their empty rows last either way;
// every sort ends on l.id so pages never overlap or skip a row.
const SORT_KEYS: Record<TableSortColumn, { keys: string[]; nullable?: boolean }> = {
  personName: { keys: ['l.person_name COLLATE NOCASE'] },
  company: { keys: ['l.company COLLATE NOCASE'], nullable: true },
  email: { keys: ['l.email'], nullable: true },
  value: { keys: ['l.value_minor'] },
  stage: { keys: ['s.position', 's.id', 'l.position'] },
  campaign: { keys: ['c.name COLLATE NOCASE'], nullable: true },
  owner: { keys: ['l.owner COLLATE NOCASE'], nullable: true },
  createdAt: { keys: ['l.created_at'] },
  expectedCloseOn: { keys: ['l.expected_close_on'], nullable: true },
  lastActivityAt: { keys: ['l.last_activity_at'], nullable: true },
  stageEnteredAt: { keys: ['l.stage_entered_at'] },
}

function orderBy(column: TableSortColumn, direction: 'asc' | 'desc') {
  const { keys, nullable } = SORT_KEYS[column]
  const dir = direction === 'asc' ? 'ASC' : 'DESC'
  const terms = keys.map((key) => `${key} ${dir}${nullable ? ' NULLS LAST' : ''}`)
  return sql.raw([...terms, `l.id ${dir}`].join(', '))
}

/** One page of the table, filtered and sorted by SQLite (indexes do the common sorts), plus the total. */
export async function leadTable(db: Db, query: z.output<typeof LeadTableQuery>, now: Date = new Date()): Promise<TablePage> {
  const { pipelineId, sort } = query
  const calendar = await readFirmCalendar(db)
  const where = sql<boolean>`${pipelineId === undefined ? sql`1` : sql`l.pipeline_id = ${pipelineId}`} AND ${filtersSql(query.filters, calendar, 'l', now)}`
  // Sorted by stage within one pipeline, walking the stages in order and each stage's
  // leads off leads_board gives the order without sorting anything.
  const from =
    sort.column === 'stage' && pipelineId !== undefined
      ? sql`stages s CROSS JOIN leads l ON l.stage_id = s.id AND s.pipeline_id = ${pipelineId}`
      : sql`leads l JOIN stages s ON s.id = l.stage_id`
  const rows = await sql<TableRow>`
    SELECT ${LEAD_COLUMNS}, s.name AS stage_name, s.win_probability
    FROM ${from}
    LEFT JOIN campaigns c ON c.id = l.source_campaign_id
    WHERE ${where}
    ORDER BY ${orderBy(sort.column, sort.direction)}
    LIMIT ${query.limit} OFFSET ${query.offset}`.execute(db)
  const count = await sql<{ n: number }>`SELECT count(*) AS n FROM leads l WHERE ${where}`.execute(db)
  return {
    rows: rows.rows.map((row) => ({
      ...toLead(row, rowTags(row)),
      stageName: row.stage_name,
      probability: effectiveProbability(row.probability_override, row.win_probability),
    })),
    total: Number(count.rows[0]?.n ?? 0),
  }
}
