// The lead cases: seeding the sample (insert-<size>-leads), a board column's page of leads
// through leads.list, and one lead through leads.get — each against raw better-sqlite3.
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { DATABASE_FILE_NAME, openDatabase } from '../../src/main/db/open'
import { generateSample } from '../../src/main/features/sample/generate'
import { planSample } from '../../src/main/features/sample/plan'
import { ID_TABLES, toSampleRefs, type IdTable } from '../../src/main/features/sample/refs'
import type { SampleRows } from '../../src/main/features/sample/rows'
import { sampleInserts } from '../../src/main/features/sample/write'
import type { BenchCase, BenchKit } from './kit'
import { LEAD_COLUMNS, LEAD_ROW, rawTags } from './lead-sql'
import { call, readCases, type ReadBench } from './read'

const PAGE = 50

function rawRefs(sqlite: BetterSqlite3.Database) {
  const stages = sqlite.prepare('SELECT id, name, kind FROM stages WHERE pipeline_id = 1 ORDER BY position, id').all() as Array<{ id: number; name: string; kind: string }>
  const reasons = sqlite.prepare('SELECT label FROM lost_reasons WHERE archived_at IS NULL ORDER BY position, id').pluck().all() as string[]
  const segments = sqlite.prepare('SELECT id, name FROM segments').all() as Array<{ id: number; name: string }>
  const nextIds = Object.fromEntries(ID_TABLES.map((t) => [t, (sqlite.prepare(`SELECT coalesce(max(id), 0) + 1 FROM ${t}`).pluck().get() as number)])) as Record<IdTable, number>
  return toSampleRefs(1, stages, reasons, segments, nextIds)
}

/** The same planned rows and the same multi-row INSERTs as generateSample, prepared once each, in one transaction. */
function rawInsertSample(sqlite: BetterSqlite3.Database, kit: BenchKit): void {
  const statements = new Map<string, BetterSqlite3.Statement>()
  const write = (rows: Partial<SampleRows>) => {
    for (const { sql, params } of sampleInserts(rows)) {
      let statement = statements.get(sql)
      if (!statement) {
        statement = sqlite.prepare(sql)
        statements.set(sql, statement)
      }
      statement.run(params)
    }
  }
  sqlite.transaction(() => {
    const plan = planSample(rawRefs(sqlite), { leads: kit.leads, seed: kit.seed, nowMs: kit.today.getTime() })
    write(plan.campaignRows)
    for (const batch of plan.leadBatches()) write(batch)
  })()
}

/** generateSample (kysely, in batches) against the same INSERTs on raw prepared statements; the app's result seeds the read cases. */
function insertLeads(kit: BenchKit): BenchCase {
  return {
    name: `insert-${kit.leadsLabel}-leads`,
    async baton() {
      const dir = kit.freshDir()
      const database = await openDatabase(join(dir, DATABASE_FILE_NAME))
      const ms = await kit.timed(() => generateSample(database.db, { leads: kit.leads, seed: kit.seed, today: kit.today, goals: false, customFields: false }))
      await database.close()
      kit.adoptSeeded(dir)
      return ms
    },
    async raw() {
      const database = await openDatabase(join(kit.freshDir(), DATABASE_FILE_NAME))
      const ms = await kit.timed(() => rawInsertSample(database.sqlite, kit))
      await database.close()
      return ms
    },
  }
}

const tagsOf = (lead: { id: number; tags: string[] }) => [lead.id, lead.tags]

/** leads.list for `{ stageId, limit }`: the page in the service's order, the total, the page's tags. */
const listBoardColumn: ReadBench<number> = {
  name: 'list-board-column',
  // The open stage holding the most leads: the heaviest column a person scrolls.
  pick: (sqlite) =>
    sqlite
      .prepare("SELECT s.id FROM stages s JOIN leads l ON l.stage_id = s.id WHERE s.kind = 'open' GROUP BY s.id ORDER BY count(*) DESC LIMIT 1")
      .pluck()
      .get() as number,
  async baton(dispatch, stageId) {
    const page = await call<{ leads: Array<{ id: number; tags: string[] }>; total: number }>(dispatch, 'leads.list', { stageId, limit: PAGE })
    return [page.total, page.leads.map(tagsOf)]
  },
  raw(sqlite, stageId) {
    const page = sqlite.prepare(
      `SELECT ${LEAD_COLUMNS} FROM leads l LEFT JOIN campaigns c ON c.id = l.source_campaign_id
       WHERE l.stage_id = ? ORDER BY l.position, l.id LIMIT ? OFFSET 0`,
    )
    const count = sqlite.prepare('SELECT count(*) FROM leads l LEFT JOIN campaigns c ON c.id = l.source_campaign_id WHERE l.stage_id = ?').pluck()
    const tags = rawTags(sqlite)
    return () => {
      const rows = page.all(stageId, PAGE) as Array<{ id: number }>
      const total = count.get(stageId) as number
      const byLead = tags(rows.map((r) => r.id))
      return [total, rows.map((r) => [r.id, byLead.get(r.id) ?? []])]
    }
  },
}

/** leads.get: one lead with its campaign and tags; cheap enough that per-query overhead shows. */
const getLead: ReadBench<number> = {
  name: 'get-lead',
  pick: (sqlite) => sqlite.prepare('SELECT count(*) FROM leads').pluck().get() as number,
  async baton(dispatch, count, i) {
    return tagsOf(await call<{ id: number; tags: string[] }>(dispatch, 'leads.get', { id: 1 + ((i * 7919) % count) }))
  },
  raw(sqlite, count) {
    const lead = sqlite.prepare(`SELECT ${LEAD_ROW} FROM leads l WHERE l.id = ?`)
    return (i) => {
      const row = lead.get(1 + ((i * 7919) % count)) as { id: number; tags_json: string }
      return [row.id, JSON.parse(row.tags_json) as string[]]
    }
  },
}

export function leadCases(kit: BenchKit): BenchCase[] {
  return [insertLeads(kit), ...readCases(kit, listBoardColumn), ...readCases(kit, getLead)]
}
