import { sql } from 'kysely'
import type { z } from 'zod'
import type { LeadTableQuery } from '@shared/contract/leads'
import { effectiveProbability, type TablePage, type TableSortColumn } from '@shared/domain/board'
import type { Db } from '../context'
import { readFirmCalendar } from '../../db/calendar'
import { dialectOf, type SqlDialect } from '../../db/dialect'
import { leadColumns, type LeadSqlRow } from '../board/board.cards'
import { filtersSql } from '../board/board.filters'
import { customSortKey, sortField } from '../custom-fields/customFields.sql'
import { readCustomValues } from '../custom-fields/customFields.values'
import type { CustomField } from '@shared/domain/customFields'
import { toLead } from './leads.repo'

type TableRow = LeadSqlRow & { stage_name: string; win_probability: number }

// What each sortable column orders by. Nullable ones keep their empty rows last either way;
// every sort ends on l.id so pages never overlap or skip a row.
// `caseless` sorts ignoring ASCII case, as SQLite's NOCASE does.
const SORT_KEYS: Record<TableSortColumn, { keys: string[]; nullable?: boolean; caseless?: boolean }> = {
  personName: { keys: ['(SELECT name FROM people WHERE id = l.person_id)'], nullable: true, caseless: true },
  company: { keys: ['(SELECT name FROM organizations WHERE id = l.organization_id)'], nullable: true, caseless: true },
  email: { keys: ['(SELECT email FROM people WHERE id = l.person_id)'], nullable: true },
  value: { keys: ['l.value_minor'] },
  stage: { keys: ['s.position', 's.id', 'l.position'] },
  campaign: { keys: ['c.name'], nullable: true, caseless: true },
  owner: { keys: ['l.owner'], nullable: true, caseless: true },
  createdAt: { keys: ['l.created_at'] },
  expectedCloseOn: { keys: ['l.expected_close_on'], nullable: true },
  lastActivityAt: { keys: ['l.last_activity_at'], nullable: true },
  stageEnteredAt: { keys: ['l.stage_entered_at'] },
}

function orderBy(dialect: SqlDialect, column: TableSortColumn | CustomField, direction: 'asc' | 'desc') {
  const { keys, nullable, caseless } = typeof column === 'string' ? SORT_KEYS[column] : { keys: [customSortKey(dialect, column, 'l')], nullable: true, caseless: false }
  const dir = direction === 'asc' ? 'ASC' : 'DESC'
  const terms = keys.map((key) => `${caseless ? dialect.caseless(key) : key} ${dir}${nullable ? ' NULLS LAST' : ''}`)
  return sql.raw([...terms, `l.id ${dir}`].join(', '))
}

/** One page of the table, filtered and sorted by SQLite (indexes do the common sorts), plus the total. */
export async function leadTable(db: Db, query: z.output<typeof LeadTableQuery>, now: Date = new Date(), options: { includeArchivedFields?: boolean } = {}): Promise<TablePage> {
  const { pipelineId, sort } = query
  const calendar = await readFirmCalendar(db)
  const dialect = dialectOf(db)
  const where = sql<boolean>`${pipelineId === undefined ? sql`1 = 1` : sql`l.pipeline_id = ${pipelineId}`} AND ${filtersSql(dialect, query.filters, calendar, 'l', now)}`
  // Sorted by stage within one pipeline, walking the stages in order and each stage's
  // leads off leads_board gives the order without sorting anything.
  // (CROSS JOIN keeps SQLite's planner on that order; the join condition goes in WHERE.)
  const byStage = sort.column === 'stage' && pipelineId !== undefined
  const sortBy = sort.column.startsWith('custom:') ? await sortField(db, 'lead', sort.column as `custom:${number}`) : (sort.column as TableSortColumn)
  const rows = await sql<TableRow>`
    SELECT ${leadColumns(dialect)}, s.name AS stage_name, s.win_probability
    FROM ${byStage ? sql`stages s CROSS JOIN leads l` : sql`leads l JOIN stages s ON s.id = l.stage_id`}
    LEFT JOIN campaigns c ON c.id = l.source_campaign_id
    WHERE ${byStage ? sql`l.stage_id = s.id AND s.pipeline_id = ${pipelineId} AND ` : sql``}${where}
    ORDER BY ${orderBy(dialect, sortBy, sort.direction)}
    LIMIT ${query.limit} OFFSET ${query.offset}`.execute(db)
  const count = await sql<{ n: number }>`SELECT count(*) AS n FROM leads l WHERE ${where}`.execute(db)
  const values = await readCustomValues(db, 'lead', rows.rows.map((row) => row.id), { includeArchived: options.includeArchivedFields ?? false })
  return {
    rows: rows.rows.map((row) => ({
      ...toLead(row),
      customFields: values.get(row.id) ?? {},
      stageName: row.stage_name,
      probability: effectiveProbability(row.probability_override, row.win_probability),
    })),
    total: Number(count.rows[0]?.n ?? 0),
  }
}
