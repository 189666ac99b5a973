// Compares Baton's own data path with raw better-sqlite3 doing the same work.
//   npm run bench                       all cases, one line each
//   npm run bench -- --json out.json    also write [{case, batonMs, rawMs, ratio}]
//   npm run bench -- --only list        only cases whose name contains "list"
//   npm run bench -- --leads 20000      a smaller sample for a quick run
// To add a case, append to `cases` below: a name and two functions that do the same
// work (setup untimed) and return the milliseconds it took. A read through dispatch is
// shorter as a ReadBench passed to readCases, which also adds its "-uncached" twin.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { DATABASE_FILE_NAME, openDatabase, sqliteOf } from '../src/main/db/open'
import type { Database } from '../src/main/db/schema'
import { computerTimeZone, todayIn } from '../src/shared/domain/firmClock'
import type { HandlerContext } from '../src/main/features/context'
import { generateSample } from '../src/main/features/sample/generate'
import { planSample } from '../src/main/features/sample/plan'
import { ID_TABLES, toSampleRefs, type IdTable } from '../src/main/features/sample/refs'
import type { SampleRows } from '../src/main/features/sample/rows'
import { sampleInserts } from '../src/main/features/sample/write'
import { handlers } from '../src/main/handlers'
import { isStale, type BoardData, type TablePage } from '../src/shared/domain/board'
import { positionBetween } from '../src/shared/domain/ordering'
import { createDispatch, type Dispatch } from '../src/main/ipc/dispatch'
import { openWorkspace } from '../src/main/workspace'
import { reportBenchCases } from './bench-reports'
import { dataSafetyCases } from './bench-data-safety'
import { campaignPageBench } from './bench-campaign-page'
import { campaignListBench } from './bench-campaigns'
import { goalsBenchCases } from './bench-goals'
import { searchLeads100k } from './bench-search'
import { sqliteDialect } from '../src/main/db/dialect/sqlite'
import { leadPartyColumns, leadTagsJsonSql } from '../src/main/features/leads/leads.parties'

// The workspace's time zone is the computer's (the migration that added it takes it from there).
const localDay = (at: Date = new Date()) => todayIn(computerTimeZone(), at)

interface BenchCase {
  name: string
  /** Through Baton's own layers; returns milliseconds. */
  baton(): Promise<number>
  /** The same work on raw better-sqlite3; returns milliseconds. */
  raw(): Promise<number>
}

interface BenchResult {
  case: string
  batonMs: number
  rawMs: number
  ratio: number
}

const { values: args } = parseArgs({
  options: { json: { type: 'string' }, only: { type: 'string' }, leads: { type: 'string', default: '100000' } },
})
const LEADS = Number(args.leads)
const SEED = 42
const TODAY = new Date('2026-03-15T10:30:00.000Z')
const PAGE = 50
const REPEAT = 200
const WARMUP = 10
const MIN_REPEAT = 30
const BUDGET_MS = 3000

const root = mkdtempSync(join(tmpdir(), 'baton-bench-'))
let dirs = 0
const freshDir = () => join(root, `db-${++dirs}`)
const log = (message: string) => process.stderr.write(`bench: ${message}\n`)

async function timed(work: () => unknown): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/**
 * Median of up to REPEAT timed calls after a warm-up, so one GC pause does not decide
 * the result. Slow calls stop at the time budget (but not before MIN_REPEAT) to keep
 * the whole run within a couple of minutes.
 */
async function medianOf(call: () => unknown): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await call()
  const times: number[] = []
  const started = performance.now()
  while (times.length < REPEAT && (times.length < MIN_REPEAT || performance.now() - started < BUDGET_MS)) times.push(await timed(call))
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] as number
}

// ---- the seeded workspace the read cases share: the insert case's own result when it ran ----

let seededDir: string | undefined
async function seeded(): Promise<string> {
  if (seededDir) return seededDir
  const dir = freshDir()
  const database = await openDatabase(join(dir, DATABASE_FILE_NAME))
  log(`seeding ${LEADS} leads for the read cases`)
  await generateSample(database.db, { leads: LEADS, seed: SEED, today: TODAY })
  await database.close()
  seededDir = dir
  return dir
}

/** The pipeline cases run on 10,000 leads (the size the board must open smoothly at), whatever --leads says. */
const BOARD_LEADS = 10_000
let boardDir: string | undefined
async function seededBoard(): Promise<string> {
  if (LEADS === BOARD_LEADS) return seeded()
  if (boardDir) return boardDir
  const dir = freshDir()
  const database = await openDatabase(join(dir, DATABASE_FILE_NAME))
  log(`seeding ${BOARD_LEADS} leads for the pipeline cases`)
  await generateSample(database.db, { leads: BOARD_LEADS, seed: SEED, today: TODAY })
  await database.close()
  boardDir = dir
  return dir
}

/** A private copy of a seeded workspace, for a case that writes. */
function copyOf(dir: string): string {
  const copy = freshDir()
  mkdirSync(copy, { recursive: true })
  copyFileSync(join(dir, DATABASE_FILE_NAME), join(copy, DATABASE_FILE_NAME))
  return copy
}

// ---- raw better-sqlite3 versions of the app's work ----

function rawRefs(sqlite: BetterSqlite3.Database) {
  const stages = sqlite.prepare('SELECT id, name, kind FROM stages WHERE pipeline_id = 1 ORDER BY position, id').all() as Array<{ id: number; name: string; kind: string }>
  const reasons = sqlite.prepare('SELECT label FROM lost_reasons WHERE archived_at IS NULL ORDER BY position, id').pluck().all() as string[]
  const segments = sqlite.prepare('SELECT id, name FROM segments').all() as Array<{ id: number; name: string }>
  const nextIds = Object.fromEntries(ID_TABLES.map((t) => [t, (sqlite.prepare(`SELECT coalesce(max(id), 0) + 1 FROM ${t}`).pluck().get() as number)])) as Record<IdTable, number>
  return toSampleRefs(1, stages, reasons, segments, nextIds)
}

/** The same planned rows and the same multi-row INSERTs as generateSample, prepared once each, in one transaction. */
function rawInsertSample(sqlite: BetterSqlite3.Database, leads: number): void {
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
    const plan = planSample(rawRefs(sqlite), { leads, seed: SEED, nowMs: TODAY.getTime() })
    write(plan.campaignRows)
    for (const batch of plan.leadBatches()) write(batch)
  })()
}

// Who the lead is with is read from its person and organisation, as leads.parties.ts reads it.
const LEAD_COLUMNS = `l.id, l.title, l.person_id, l.organization_id, l.version, ${leadPartyColumns('l')}, l.source_campaign_id, c.name AS campaign_name, c.channel AS campaign_channel,
  l.pipeline_id, l.stage_id, l.position, l.value_minor, l.probability_override, l.owner, l.notes, l.created_at, l.updated_at,
  l.stage_entered_at, l.last_activity_at, l.snoozed_until, l.snooze_reason, l.expected_close_on, l.closed_at, l.lost_reason, l.lost_note`

/** One lead as findLead reads it: campaign by subquery (not a join: see findLead), tags as one JSON column. */
const LEAD_ROW = `${LEAD_COLUMNS.replace('c.name AS campaign_name', '(SELECT name FROM campaigns WHERE id = l.source_campaign_id) AS campaign_name').replace(
  'c.channel AS campaign_channel',
  '(SELECT channel FROM campaigns WHERE id = l.source_campaign_id) AS campaign_channel',
)}, ${leadTagsJsonSql(sqliteDialect, 'l')} AS tags_json`

/** `SELECT lead_id, tag … WHERE lead_id IN (…)`, prepared once per list length, grouped by lead. */
function rawTags(sqlite: BetterSqlite3.Database) {
  const byLength = new Map<number, BetterSqlite3.Statement>()
  return (ids: number[]) => {
    const tags = new Map<number, string[]>()
    if (ids.length === 0) return tags
    let statement = byLength.get(ids.length)
    if (!statement) {
      statement = sqlite.prepare(
        `SELECT l.id AS lead_id, t.tag FROM leads l JOIN person_tags t ON t.person_id = l.person_id WHERE l.id IN (${ids.map(() => '?').join(', ')}) ORDER BY t.tag`,
      )
      byLength.set(ids.length, statement)
    }
    for (const { lead_id, tag } of statement.all(...ids) as Array<{ lead_id: number; tag: string }>) {
      const list = tags.get(lead_id)
      if (list) list.push(tag)
      else tags.set(lead_id, [tag])
    }
    return tags
  }
}

async function call<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const result = await dispatch(method, input)
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`)
  return result.value as T
}

/**
 * A read timed through dispatch (zod parse, handler, kysely, statement cache, mapping)
 * against the same SQL on raw prepared statements. Both sides return a small summary
 * of their answer; the two are compared once first, so the raw side cannot drift from
 * what the app does.
 */
interface ReadBench<P> {
  name: string
  /** The seeded workspace folder to read; the shared one of --leads leads when left out. */
  dir?: () => Promise<string>
  /** What to ask for, picked from the seeded database. */
  pick(sqlite: BetterSqlite3.Database): P
  baton(dispatch: Dispatch, picked: P, i: number): Promise<unknown>
  /** Prepares its statements; returns the i-th repetition. */
  raw(sqlite: BetterSqlite3.Database, picked: P): (i: number) => unknown
}

async function timeRead<P>(bench: ReadBench<P>, dispatch: Dispatch, dir: string): Promise<number> {
  const sqlite = new BetterSqlite3(join(dir, DATABASE_FILE_NAME), { readonly: true })
  try {
    const picked = bench.pick(sqlite)
    const expected = JSON.stringify(bench.raw(sqlite, picked)(0))
    if (JSON.stringify(await bench.baton(dispatch, picked, 0)) !== expected) {
      throw new Error(`${bench.name}: the app's answer no longer matches the raw query in scripts/bench.ts; update the raw side to match.`)
    }
    let i = 0
    return await medianOf(() => bench.baton(dispatch, picked, i++))
  } finally {
    sqlite.close()
  }
}

/** Two cases per read: through the app as it runs, and with kysely handed the bare connection (no statement cache). */
function readCases<P>(bench: ReadBench<P>): BenchCase[] {
  const seededDirOf = bench.dir ?? seeded
  const raw = async () => {
    const sqlite = new BetterSqlite3(join(await seededDirOf(), DATABASE_FILE_NAME), { readonly: true })
    try {
      const run = bench.raw(sqlite, bench.pick(sqlite))
      let i = 0
      return await medianOf(() => run(i++))
    } finally {
      sqlite.close()
    }
  }
  return [
    {
      name: bench.name,
      async baton() {
        const dir = await seededDirOf()
        const workspace = await openWorkspace(dir, 'bench')
        try {
          return await timeRead(bench, workspace.dispatch, dir)
        } finally {
          await workspace.close()
        }
      },
      raw,
    },
    {
      name: `${bench.name}-uncached`,
      async baton() {
        const dir = await seededDirOf()
        const file = join(dir, DATABASE_FILE_NAME)
        const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) })
        // Read handlers only: no platform, backups or imports are reached.
        const context = { db, dataFile: file, appVersion: 'bench' } as HandlerContext
        try {
          return await timeRead(bench, createDispatch(context, handlers), dir)
        } finally {
          await db.destroy()
        }
      },
      raw,
    },
  ]
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

// ---- the pipeline: board, card moves, table (on BOARD_LEADS leads) ----

const firstPipeline = (sqlite: BetterSqlite3.Database) => sqlite.prepare('SELECT id FROM pipelines ORDER BY position, id LIMIT 1').pluck().get() as number
const TAGS_JSON = `${leadTagsJsonSql(sqliteDialect, 'l')} AS tags_json`
const NOT_SNOOZED = (alias: string) => `(${alias}.snoozed_until IS NULL OR ${alias}.snoozed_until <= ?)`
const PER_COLUMN = 40
// The floor reads the rows raw but judges staleness with the app's one definition (isStale).
const staleAfter = (row: { stale_days: number | null; closed_at: string | null; last_activity_at: string | null; stage_entered_at: string }, now: Date) =>
  isStale({ lastActivityAt: row.last_activity_at, stageEnteredAt: row.stage_entered_at, closedAt: row.closed_at }, row.stale_days, now)

/** board.load with no filters: every column's count and totals, and its first 40 cards with tags and next follow-up. */
const boardLoad: ReadBench<number> = {
  name: 'board-load',
  dir: seededBoard,
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
}

/** leads.table sorted by value, largest first, walking the first ten pages of 100 with the total. */
const tableSortedPage: ReadBench<number> = {
  name: 'table-sorted-page',
  dir: seededBoard,
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
}

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

let firstMove: string | undefined
const cardMove: BenchCase = {
  name: 'card-move',
  async baton() {
    const dir = copyOf(await seededBoard())
    const workspace = await openWorkspace(dir, 'bench')
    try {
      const plan = planMoves(sqliteOf(workspace.database))
      let i = 0
      const move = async () => {
        const lead = await call<{ id: number; stageId: number; position: number; tags: string[] }>(workspace.dispatch, 'leads.move', nthMove(plan, i++))
        return JSON.stringify([lead.id, lead.stageId, lead.position, lead.tags])
      }
      firstMove = await move()
      return await medianOf(move)
    } finally {
      await workspace.close()
    }
  },
  async raw() {
    const database = await openDatabase(join(copyOf(await seededBoard()), DATABASE_FILE_NAME))
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
        throw new Error("card-move: the app's move no longer matches the raw one in scripts/bench.ts; update the raw side to match.")
      }
      return await medianOf(run)
    } finally {
      await database.close()
    }
  },
}

// ---- the cases ----

// The campaign cases share one workspace at campaign scale (300 campaigns, daily spend).
const campaignList = campaignListBench({ freshDir, log, leads: LEADS, seed: SEED, today: TODAY })

const cases: BenchCase[] = [
  {
    name: `insert-${LEADS >= 1000 ? `${LEADS / 1000}k` : LEADS}-leads`,
    async baton() {
      const dir = freshDir()
      const database = await openDatabase(join(dir, DATABASE_FILE_NAME))
      const ms = await timed(() => generateSample(database.db, { leads: LEADS, seed: SEED, today: TODAY, goals: false }))
      await database.close()
      seededDir ??= dir
      return ms
    },
    async raw() {
      const database = await openDatabase(join(freshDir(), DATABASE_FILE_NAME))
      const ms = await timed(() => rawInsertSample(database.sqlite, LEADS))
      await database.close()
      return ms
    },
  },
  ...readCases(listBoardColumn),
  ...readCases(getLead),
  ...readCases(boardLoad),
  cardMove,
  ...readCases(tableSortedPage),
  ...reportBenchCases({ seeded, medianOf, timed, freshDirMade: () => mkdirSync(freshDir(), { recursive: true }) as string, log }),
  ...dataSafetyCases({ freshDir, seededDir: seeded, leads: LEADS, log }),
  ...goalsBenchCases({ leads: LEADS, freshDir, medianOf, log }),
  ...readCases(campaignList),
  ...readCases(campaignPageBench({ dir: campaignList.dir })),
  ...readCases(searchLeads100k),
]

const formatMs = (ms: number) => ms.toFixed(ms >= 100 ? 0 : ms >= 1 ? 2 : 3)

async function main(): Promise<void> {
  if (!Number.isSafeInteger(LEADS) || LEADS < 1) throw new Error(`--leads must be a whole number above 0, not “${args.leads}”.`)
  const results: BenchResult[] = []
  for (const bench of cases.filter((c) => !args.only || c.name.includes(args.only))) {
    log(`${bench.name}: baton`)
    const batonMs = await bench.baton()
    log(`${bench.name}: raw`)
    const rawMs = await bench.raw()
    const result = { case: bench.name, batonMs: Number(batonMs.toFixed(3)), rawMs: Number(rawMs.toFixed(3)), ratio: Number((batonMs / rawMs).toFixed(2)) }
    results.push(result)
    console.log(`${result.case}  baton ${formatMs(batonMs)} ms  raw ${formatMs(rawMs)} ms  ratio ${result.ratio.toFixed(2)}`)
  }
  if (args.json) writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`)
}

try {
  await main()
} catch (error) {
  console.error('bench: failed:', error)
  process.exitCode = 1
} finally {
  rmSync(root, { recursive: true, force: true })
}
