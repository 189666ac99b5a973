import { sql } from 'kysely'
import type { z } from 'zod'
import type { BoardColumnQuery, BoardLoad } from '@shared/contract/board'
import type { BoardColumn, BoardColumnPage, BoardData } from '@shared/domain/board'
import { notFound } from '@shared/errors'
import { readFirmCalendar } from '../../db/calendar'
import type { Db } from '../context'
import { dialectOf } from '../../db/dialect'
import { type CardRow, leadColumns, NEXT_FOLLOW_UP, toCard } from './board.cards'
import { filtersSql } from './board.filters'

interface ColumnTotalsRow {
  stage_id: number
  n: number
  total: number
  /** Σ value × own probability, over leads with a probability set by hand. */
  weighted_own: number
  /** Σ value over leads that follow their stage's probability. */
  value_following: number
}

/**
 * The whole board in three queries, however many stages: the stages, every column's
 * count and totals (grouped in leads_board order, which also covers the columns the
 * totals read), and every column's first page — for each stage, `perColumn + 1` leads
 * read off the (stage_id, position) index, so 10,000 leads cost no more than the cards shown.
 */
export async function loadBoard(db: Db, input: z.output<typeof BoardLoad>, now: Date = new Date()): Promise<BoardData> {
  const { pipelineId, perColumn } = input
  const calendar = await readFirmCalendar(db)
  const dialect = dialectOf(db)
  const stages = await db
    .selectFrom('stages')
    .select(['id', 'win_probability'])
    .where('pipeline_id', '=', pipelineId)
    .orderBy('position')
    .orderBy('id')
    .execute()
  if (stages.length === 0) throw notFound('That pipeline')

  const totals = await sql<ColumnTotalsRow>`
    SELECT l.stage_id, count(*) AS n, sum(l.value_minor) AS total,
           coalesce(sum(l.value_minor * l.probability_override), 0) AS weighted_own,
           coalesce(sum(CASE WHEN l.probability_override IS NULL THEN l.value_minor END), 0) AS value_following
    FROM leads l
    WHERE l.stage_id IN (SELECT id FROM stages WHERE pipeline_id = ${pipelineId}) AND ${filtersSql(dialect, input.filters, calendar, 'l', now)}
    GROUP BY l.stage_id`.execute(db)
  const totalsByStage = new Map(totals.rows.map((t) => [t.stage_id, t]))

  const cards = await sql<CardRow>`
    SELECT ${leadColumns(dialect)}, ${NEXT_FOLLOW_UP}, s.win_probability, s.stale_days
    FROM stages s
    CROSS JOIN leads l
    LEFT JOIN campaigns c ON c.id = l.source_campaign_id
    WHERE s.pipeline_id = ${pipelineId}
      AND l.id IN (
        SELECT p.id FROM leads p
        WHERE p.stage_id = s.id AND ${filtersSql(dialect, input.filters, calendar, 'p', now)}
        ORDER BY p.position, p.id
        LIMIT ${perColumn + 1})
    ORDER BY s.position, s.id, l.position, l.id`.execute(db)
  const cardsByStage = new Map<number, CardRow[]>()
  for (const row of cards.rows) {
    const list = cardsByStage.get(row.stage_id)
    if (list) list.push(row)
    else cardsByStage.set(row.stage_id, [row])
  }

  const columns = stages.map((stage): BoardColumn => {
    const t = totalsByStage.get(stage.id)
    const rows = cardsByStage.get(stage.id) ?? []
    const weighted = t ? Number(t.weighted_own) + Number(t.value_following) * stage.win_probability : 0
    return {
      stageId: stage.id,
      count: t ? Number(t.n) : 0,
      totalValueMinor: t ? Number(t.total) : 0,
      weightedValueMinor: Math.round(weighted / 100),
      cards: rows.slice(0, perColumn).map((row) => toCard(row, now)),
      hasMore: rows.length > perColumn,
    }
  })
  return { pipelineId, columns }
}

/** The next page of one column ("load more"), with the same filters and order as the board. */
export async function loadColumn(db: Db, input: z.output<typeof BoardColumnQuery>, now: Date = new Date()): Promise<BoardColumnPage> {
  const { stageId, offset, limit } = input
  const calendar = await readFirmCalendar(db)
  const dialect = dialectOf(db)
  const stage = await db.selectFrom('stages').select('id').where('id', '=', stageId).executeTakeFirst()
  if (!stage) throw notFound('That stage')
  const result = await sql<CardRow>`
    SELECT ${leadColumns(dialect)}, ${NEXT_FOLLOW_UP}, s.win_probability, s.stale_days
    FROM leads l
    JOIN stages s ON s.id = l.stage_id
    LEFT JOIN campaigns c ON c.id = l.source_campaign_id
    WHERE l.stage_id = ${stageId} AND ${filtersSql(dialect, input.filters, calendar, 'l', now)}
    ORDER BY l.position, l.id
    LIMIT ${limit + 1} OFFSET ${offset}`.execute(db)
  return { cards: result.rows.slice(0, limit).map((row) => toCard(row, now)), hasMore: result.rows.length > limit }
}
