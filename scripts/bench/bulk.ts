// A bulk move on the board's 10,000 leads: 200 cards of the fullest open column moved to the
// next one through leads.bulk (one transaction: a stage-history row, a new version and a
// change-log row for each, so an editor open on one is refused naming the move), back and forth,
// against the two statements raw better-sqlite3 needs to move them with their history.
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { DATABASE_FILE_NAME, openDatabase, sqliteOf } from '../../src/main/db/open'
import { openWorkspace } from '../../src/main/workspace'
import { POSITION_STEP } from '../../src/shared/domain/ordering'
import type { BenchCase, BenchKit } from './kit'
import { firstPipeline } from './pipeline'
import { call } from './read'

const MOVED = 200

interface BulkPlan {
  leadIds: number[]
  stages: [number, number]
}

function planBulk(sqlite: BetterSqlite3.Database): BulkPlan {
  const open = sqlite
    .prepare("SELECT s.id, count(l.id) AS n FROM stages s LEFT JOIN leads l ON l.stage_id = s.id WHERE s.pipeline_id = ? AND s.kind = 'open' GROUP BY s.id ORDER BY n DESC, s.id")
    .all(firstPipeline(sqlite)) as Array<{ id: number }>
  const [fullest, next] = open as [{ id: number }, { id: number }]
  const leadIds = sqlite.prepare('SELECT id FROM leads WHERE stage_id = ? ORDER BY position, id LIMIT ?').pluck().all(fullest.id, MOVED) as number[]
  return { leadIds, stages: [next.id, fullest.id] }
}

function bulkMove(kit: BenchKit): BenchCase {
  return {
    name: 'bulk-move',
    async baton() {
      const workspace = await openWorkspace(kit.copyOf(await kit.seededBoard()), 'bench')
      try {
        const plan = planBulk(sqliteOf(workspace.database))
        let i = 0
        return await kit.medianOf(() => call(workspace.dispatch, 'leads.bulk', { leadIds: plan.leadIds, action: { type: 'move', stageId: i++ % 2 === 0 ? plan.stages[0] : plan.stages[1] } }))
      } finally {
        await workspace.close()
      }
    },
    async raw() {
      const database = await openDatabase(join(kit.copyOf(await kit.seededBoard()), DATABASE_FILE_NAME))
      const sqlite = database.sqlite
      try {
        const plan = planBulk(sqlite)
        const ids = JSON.stringify(plan.leadIds)
        const moving = `m.id IN (SELECT value FROM json_each(?)) AND m.stage_id <> ?`
        const history = sqlite.prepare(
          `INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, to_kind, at)
           SELECT m.id, m.stage_id, t.id, fs.name, t.name, t.kind, ? FROM leads m JOIN stages fs ON fs.id = m.stage_id JOIN stages t ON t.id = ?
           WHERE ${moving} ORDER BY m.position, m.id`,
        )
        const last = sqlite.prepare('SELECT max(position) FROM leads WHERE stage_id = ?').pluck()
        const update = sqlite.prepare(
          `UPDATE leads SET stage_id = ?, position = ? + r.rn * ?, stage_entered_at = ?, updated_at = ?, closed_at = NULL, lost_reason = NULL, lost_note = NULL, version = leads.version + 1
           FROM (SELECT m.id, row_number() OVER (ORDER BY m.position, m.id) AS rn FROM leads m WHERE ${moving}) AS r WHERE leads.id = r.id`,
        )
        const move = sqlite.transaction((stageId: number) => {
          const now = new Date().toISOString()
          history.run(now, stageId, ids, stageId)
          const base = (last.get(stageId) as number | null) ?? -POSITION_STEP
          update.run(stageId, base, POSITION_STEP, now, now, ids, stageId)
        })
        let i = 0
        return await kit.medianOf(() => move(i++ % 2 === 0 ? plan.stages[0] : plan.stages[1]))
      } finally {
        await database.close()
      }
    },
  }
}

export const bulkCases = (kit: BenchKit): BenchCase[] => [bulkMove(kit)]
