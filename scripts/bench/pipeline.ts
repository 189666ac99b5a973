// The pipeline cases, on 10,000 leads (the size the board must open smoothly at): the whole
// board through board.load, a card dragged between columns through leads.move, and a page of
// the lead table sorted by value through leads.table — each against raw better-sqlite3.
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { DATABASE_FILE_NAME, openDatabase, sqliteOf } from '../../src/main/db/open'
import { openWorkspace } from '../../src/main/workspace'
import { isStale, type BoardData, type TablePage } from '../../src/shared/domain/board'
import { positionBetween } from '../../src/shared/domain/ordering'
import { localDay, type BenchCase, type BenchKit } from './kit'
import { LEAD_COLUMNS, LEAD_ROW, TAGS_JSON } from './lead-sql'
import { call, readCases, type ReadBench } from './read'

export const firstPipeline = (sqlite: BetterSqlite3.Database) => sqlite.prepare('SELECT id FROM pipelines ORDER BY position, id LIMIT 1').pluck().get() as number
const NOT_SNOOZED = (alias: string) => `(${alias}.snoozed_until IS NULL OR ${alias}.snoozed_until <= ?)`
const PER_COLUMN = 40
// The floor reads the rows raw but judges staleness with the app's one definition (isStale).
const staleAfter = (row: { stale_days: number | null; closed_at: string | null; last_activity_at: string | null; stage_entered_at: string }, now: Date) =>
  isStale({ lastActivityAt: row.last_activity_at, stageEnteredAt: row.stage_entered_at, closedAt: row.closed_at }, row.stale_days, now)

/** board.load with no filters: every column's count and totals, and its first 40 cards with tags and next follow-up. */
export const boardLoad = (kit: BenchKit): ReadBench<number> => ({
  name: 'board-load',
  dir: kit.seededBoard,
  pick: firstPipeline,
  async baton(dispatch, pipelineId) {
    const board = await call<BoardData>(dispatch, 'board.load', { pipelineId })
    return board.columns.map((c) => [
      c.stageId,
      c.count,
      c.totalValueMinor,
      c.weightedValueMinor,
      c.hasMore,
      c.cards.map((card) => [card.id, card.tags, card.nextFollowUpAt, card.probability, card.stale]),
    ])
  },
  raw(sqlite, pipelineId) {
    const stages = sqlite.prepare('SELECT id, win_probability FROM stages WHERE pipeline_id = ? ORDER BY position, id')
    const totals = sqlite.prepare(
      `SELECT l.stage_id, count(*) AS n, sum(l.value_minor) AS total, total(l.value_minor * l.probability_override) AS weighted_own,
              total(CASE WHEN l.probability_override IS NULL THEN l.value_minor END) AS value_following
       FROM leads l WHERE l.stage_id IN (SELECT id FROM stages WHERE pipeline_id = ?) AND ${NOT_SNOOZED('l')} GROUP BY l.stage_id`,
    )
    const cards = sqlite.prepare(
      `SELECT ${LEAD_COLUMNS}, ${TAGS_JSON},
         (SELECT min(a.due_at) FROM activities a WHERE a.lead_id = l.id AND a.done_at IS NULL AND a.due_at IS NOT NULL) AS next_follow_up_at,
         s.win_probability, s.stale_days
       FROM stages s CROSS JOIN leads l LEFT JOIN campaigns c ON c.id = l.source_campaign_id
       WHERE s.pipeline_id = ? AND l.id IN (
         SELECT p.id FROM leads p WHERE p.stage_id = s.id AND ${NOT_SNOOZED('p')} ORDER BY p.position, p.id LIMIT ?)
       ORDER BY s.position, s.id, l.position, l.id`,
    )
    type Totals = { stage_id: number; n: number; total: number; weighted_own: number; value_following: number }
    type Card = {
      id: number
      stage_id: number
      tags_json: string
      next_follow_up_at: string | null
      probability_override: number | null
      win_probability: number
      stale_days: number | null
      closed_at: string | null
      last_activity_at: string | null
      stage_entered_at: string
    }
    return () => {
      const today = localDay()
      const now = new Date()
      const byStage = new Map((totals.all(pipelineId, today) as Totals[]).map((t) => [t.stage_id, t]))
      const cardsByStage = new Map<number, Card[]>()
      for (const row of cards.all(pipelineId, today, PER_COLUMN + 1) as Card[]) {
        const list = cardsByStage.get(row.stage_id)
        if (list) list.push(row)
        else cardsByStage.set(row.stage_id, [row])
      }
      return (stages.all(pipelineId) as Array<{ id: number; win_probability: number }>).map((stage) => {
        const t = byStage.get(stage.id)
        const rows = cardsByStage.get(stage.id) ?? []
        return [
          stage.id,
          t?.n ?? 0,
          t?.total ?? 0,
          t ? Math.round((t.weighted_own + t.value_following * stage.win_probability) / 100) : 0,
          rows.length > PER_COLUMN,
          rows
            .slice(0, PER_COLUMN)
            .map((r) => [r.id, JSON.parse(r.tags_json) as string[], r.next_follow_up_at, r.probability_override ?? r.win_probability, staleAfter(r, now)]),
        ]
      })
    }
  },
})

/** leads.table sorted by value, largest first, walking the first ten pages of 100 with the total. */
const tableSortedPage = (kit: BenchKit): ReadBench<number> => ({
  name: 'table-sorted-page',
  dir: kit.seededBoard,
  pick: firstPipeline,
  async baton(dispatch, pipelineId, i) {
    const page = await call<TablePage>(dispatch, 'leads.table', {
      pipelineId,
      sort: { column: 'value', direction: 'desc' },
      offset: (i % 10) * 100,
      limit: 100,
    })
    return [page.total, page.rows.map((r) => [r.id, r.tags, r.stageName, r.probability])]
  },
  raw(sqlite, pipelineId) {
    const page = sqlite.prepare(
      `SELECT ${LEAD_COLUMNS}, ${TAGS_JSON}, s.name AS stage_name, s.win_probability
       FROM leads l JOIN stages s ON s.id = l.stage_id LEFT JOIN campaigns c ON c.id = l.source_campaign_id
       WHERE l.pipeline_id = ? AND ${NOT_SNOOZED('l')}
       ORDER BY l.value_minor DESC, l.id DESC LIMIT 100 OFFSET ?`,
    )
    const count = sqlite.prepare(`SELECT count(*) FROM leads l WHERE l.pipeline_id = ? AND ${NOT_SNOOZED('l')}`).pluck()
    type Row = { id: number; tags_json: string; stage_name: string; probability_override: number | null; win_probability: number }
    return (i) => {
      const today = localDay()
      const rows = page.all(pipelineId, today, (i % 10) * 100) as Row[]
      const total = count.get(pipelineId, today) as number
      return [total, rows.map((r) => [r.id, JSON.parse(r.tags_json) as string[], r.stage_name, r.probability_override ?? r.win_probability])]
    }
  },
})

/**
 * leads.move: cards dragged from the fullest open column into the next open one, each
 * dropped above a different card of it (as drags spread over a column) — one per
 * repetition, each its own committed transaction (so the fsync of synchronous=FULL is in
 * both sides' time). Each side writes to its own copy of the seeded workspace.
 */
interface MovePlan {
  leadIds: number[]
  from: number
  to: number
  anchorsFrom: number[]
  anchorsTo: number[]
}

function planMoves(sqlite: BetterSqlite3.Database): MovePlan {
  const open = sqlite
    .prepare("SELECT s.id, count(l.id) AS n FROM stages s LEFT JOIN leads l ON l.stage_id = s.id WHERE s.pipeline_id = ? AND s.kind = 'open' GROUP BY s.id ORDER BY s.position, s.id")
    .all(firstPipeline(sqlite)) as Array<{ id: number; n: number }>
  const fullest = open.reduce((a, b) => (b.n > a.n ? b : a))
  const next = open.reduce((a, b) => (a.id === fullest.id || (b.id !== fullest.id && b.n > a.n) ? b : a))
  const column = (stageId: number) => sqlite.prepare('SELECT id FROM leads WHERE stage_id = ? ORDER BY position, id').pluck().all(stageId) as number[]
  const from = column(fullest.id)
  const half = Math.floor(from.length / 2)
  return { leadIds: from.slice(0, half), from: fullest.id, to: next.id, anchorsFrom: from.slice(half), anchorsTo: column(next.id) }
}

function nthMove(plan: MovePlan, i: number) {
  const leadId = plan.leadIds[i % plan.leadIds.length] as number
  const forth = Math.floor(i / plan.leadIds.length) % 2 === 0
  const anchors = forth ? plan.anchorsTo : plan.anchorsFrom
  return { leadId, stageId: forth ? plan.to : plan.from, beforeLeadId: anchors[(i * 7) % anchors.length] as number }
}

function cardMove(kit: BenchKit): BenchCase {
  let firstMove: string | undefined
  return {
    name: 'card-move',
    async baton() {
      const dir = kit.copyOf(await kit.seededBoard())
      const workspace = await openWorkspace(dir, 'bench')
      try {
        const plan = planMoves(sqliteOf(workspace.database))
        let i = 0
        const move = async () => {
          const lead = await call<{ id: number; stageId: number; position: number; tags: string[] }>(workspace.dispatch, 'leads.move', nthMove(plan, i++))
          return JSON.stringify([lead.id, lead.stageId, lead.position, lead.tags])
        }
        firstMove = await move()
        return await kit.medianOf(move)
      } finally {
        await workspace.close()
      }
    },
    async raw() {
      const database = await openDatabase(join(kit.copyOf(await kit.seededBoard()), DATABASE_FILE_NAME))
      const sqlite = database.sqlite
      try {
        const plan = planMoves(sqlite)
        const lead = sqlite.prepare('SELECT id, stage_id, (SELECT name FROM stages WHERE id = leads.stage_id) AS stage_name FROM leads WHERE id = ?')
        const stage = sqlite.prepare('SELECT id, pipeline_id, name, kind FROM stages WHERE id = ?')
        const anchor = sqlite.prepare(
          `SELECT a.position, a.stage_id, (SELECT p.position FROM leads p WHERE p.stage_id = a.stage_id AND p.position < a.position AND p.id != ?
             ORDER BY p.position DESC LIMIT 1) AS previous FROM leads a WHERE a.id = ?`,
        )
        const moveRow = sqlite.prepare(
          'UPDATE leads SET pipeline_id = ?, stage_id = ?, position = ?, stage_entered_at = ?, updated_at = ?, closed_at = NULL, lost_reason = NULL, lost_note = NULL WHERE id = ?',
        )
        const reorderRow = sqlite.prepare('UPDATE leads SET position = ? WHERE id = ?')
        const history = sqlite.prepare(
          'INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, to_kind, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        const read = sqlite.prepare(`SELECT ${LEAD_ROW} FROM leads l WHERE l.id = ?`)
        type StageRow = { id: number; pipeline_id: number; name: string; kind: string }
        const move = sqlite.transaction((leadId: number, stageId: number, beforeLeadId: number) => {
          const current = lead.get(leadId) as { id: number; stage_id: number; stage_name: string }
          const target = stage.get(stageId) as StageRow
          const before = anchor.get(leadId, beforeLeadId) as { position: number; previous: number | null }
          const position = positionBetween(before.previous, before.position)
          if (position === null) throw new Error('card-move: a gap ran out; spread the drops wider so neither side has to renumber')
          if (current.stage_id === stageId) {
            reorderRow.run(position, leadId)
            return
          }
          const now = new Date().toISOString()
          moveRow.run(target.pipeline_id, target.id, position, now, now, leadId)
          history.run(leadId, current.stage_id, target.id, current.stage_name, target.name, target.kind, now)
        })
        let i = 0
        const run = () => {
          const { leadId, stageId, beforeLeadId } = nthMove(plan, i++)
          move(leadId, stageId, beforeLeadId)
          const row = read.get(leadId) as { id: number; stage_id: number; position: number; campaign_name: string | null; tags_json: string }
          return JSON.stringify([row.id, row.stage_id, row.position, JSON.parse(row.tags_json) as string[]])
        }
        if (firstMove !== undefined && run() !== firstMove) {
          throw new Error("card-move: the app's move no longer matches the raw one in scripts/bench/pipeline.ts; update the raw side to match.")
        }
        return await kit.medianOf(run)
      } finally {
        await database.close()
      }
    },
  }
}

export function pipelineCases(kit: BenchKit): BenchCase[] {
  return [...readCases(kit, boardLoad(kit)), cardMove(kit), ...readCases(kit, tableSortedPage(kit))]
}
