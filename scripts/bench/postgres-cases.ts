// The PostgreSQL cases, on the server of bench/postgres.ts, each through the handlers (the
// dispatcher over a workspace opened on a postgres:// address) against raw `pg`:
//   board-load-pg      board.load on 10,000 leads (as board-load), against the statements it sends
//                      (recorded from one run) replayed on a bare pg.Client
//   card-move-pg       leads.move, one committed transaction each, against the same statements
//                      written out on a bare pg.Client (each side on its own copy of the database)
//   dashboard-load-pg  reports.dashboard on --leads leads (as dashboard-load), against its statements replayed
//   people-list-pg     people.table's first page of 100 by name on --leads leads, against its statements replayed
// A replay sends the recorded text and parameters with client.query, as kysely's pg driver does.
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { postgresDialect } from '../../src/main/db/dialect'
import type { Database } from '../../src/main/db/schema'
import type { HandlerContext } from '../../src/main/features/context'
import { leadReadColumns } from '../../src/main/features/leads/leads.repo'
import { handlers } from '../../src/main/handlers'
import { createDispatch } from '../../src/main/ipc/dispatch'
import { openWorkspace } from '../../src/main/workspace'
import { positionBetween } from '../../src/shared/domain/ordering'
import type { BenchCase, BenchKit } from './kit'
import type { BenchPostgres } from './postgres'
import { call } from './read'

const BOARD_LEADS = 10_000
const QUARTER = { preset: 'custom', from: '2026-01-01', to: '2026-03-31' } as const

interface Recorded {
  sql: string
  parameters: unknown[]
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const firstPipeline = async (client: pg.Client) => Number((await client.query<{ id: string }>('SELECT id FROM pipelines ORDER BY position, id LIMIT 1')).rows[0]!.id)

/** The statements one call sends, as kysely sends them, through the handlers on a logging handle. */
async function recordCall(url: string, method: string, input: unknown): Promise<Recorded[]> {
  const statements: Recorded[] = []
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 4 }) }),
    log: (event) => {
      if (event.level === 'query') statements.push({ sql: event.query.sql, parameters: [...event.query.parameters] })
    },
  })
  try {
    // Read handlers only: no platform, backups or imports are reached.
    await call(createDispatch({ db, dataFile: url, appVersion: 'bench' } as HandlerContext, handlers), method, input)
  } finally {
    await db.destroy()
  }
  return statements
}

/** A read through a workspace on the server, against its recorded statements replayed on one bare client. */
function replayedRead(kit: BenchKit, server: () => Promise<BenchPostgres>, options: { name: string; leads: () => number; method: string; input: (client: pg.Client) => Promise<unknown> }): BenchCase {
  const database = async () => {
    const pgServer = await server()
    return pgServer.url(await pgServer.seeded(options.leads()))
  }
  return {
    name: options.name,
    async baton() {
      const url = await database()
      const input = await withClient(url, options.input)
      const workspace = await openWorkspace(url, 'bench')
      try {
        return await kit.medianOf(() => call(workspace.dispatch, options.method, input))
      } finally {
        await workspace.close()
      }
    },
    async raw() {
      const url = await database()
      const statements = await recordCall(url, options.method, await withClient(url, options.input))
      kit.log(`${options.name} sends ${statements.length} statements`)
      return withClient(url, (client) =>
        kit.medianOf(async () => {
          for (const { sql, parameters } of statements) await client.query(sql, parameters)
        }),
      )
    },
  }
}

interface MovePlan {
  leadIds: number[]
  from: number
  to: number
  anchorsFrom: number[]
  anchorsTo: number[]
}

/** Cards of the fullest open column dragged into the next fullest, each above a different card (as in card-move). */
async function planMoves(client: pg.Client): Promise<MovePlan> {
  const { rows: open } = await client.query<{ id: number; n: number }>(
    "SELECT s.id::int AS id, count(l.id)::int AS n FROM stages s LEFT JOIN leads l ON l.stage_id = s.id WHERE s.pipeline_id = $1 AND s.kind = 'open' GROUP BY s.id ORDER BY s.position, s.id",
    [await firstPipeline(client)],
  )
  const fullest = open.reduce((a, b) => (b.n > a.n ? b : a))
  const next = open.reduce((a, b) => (a.id === fullest.id || (b.id !== fullest.id && b.n > a.n) ? b : a))
  const column = async (stageId: number) => (await client.query<{ id: number }>('SELECT id::int AS id FROM leads WHERE stage_id = $1 ORDER BY position, id', [stageId])).rows.map((r) => r.id)
  const from = await column(fullest.id)
  const half = Math.floor(from.length / 2)
  return { leadIds: from.slice(0, half), from: fullest.id, to: next.id, anchorsFrom: from.slice(half), anchorsTo: await column(next.id) }
}

function nthMove(plan: MovePlan, i: number) {
  const leadId = plan.leadIds[i % plan.leadIds.length] as number
  const forth = Math.floor(i / plan.leadIds.length) % 2 === 0
  const anchors = forth ? plan.anchorsTo : plan.anchorsFrom
  return { leadId, stageId: forth ? plan.to : plan.from, beforeLeadId: anchors[(i * 7) % anchors.length] as number }
}

/** The statements of moveLead and the lead read after it, on a bare client. */
function rawMove(client: pg.Client) {
  const readLead = `SELECT ${leadReadColumns(postgresDialect)} FROM leads l WHERE l.id = $1`
  return async (leadId: number, stageId: number, beforeLeadId: number) => {
    const lead = (
      await client.query<{ stage_id: string; stage_name: string }>(
        `SELECT id, title, (SELECT name FROM people WHERE id = leads.person_id) AS person_name, (SELECT name FROM organizations WHERE id = leads.organization_id) AS company,
           stage_id, (SELECT name FROM stages WHERE id = leads.stage_id) AS stage_name FROM leads WHERE id = $1`,
        [leadId],
      )
    ).rows[0]!
    const target = (await client.query<{ id: string; pipeline_id: string; name: string; kind: string }>('SELECT * FROM stages WHERE id = $1', [stageId])).rows[0]!
    const now = new Date().toISOString()
    await client.query('BEGIN')
    try {
      await client.query('SELECT 1 FROM stages WHERE id = $1 FOR NO KEY UPDATE', [stageId])
      const anchor = (
        await client.query<{ position: number; previous: number | null }>(
          `SELECT a.position, a.stage_id, (SELECT p.position FROM leads p WHERE p.stage_id = a.stage_id AND p.position < a.position AND p.id <> $1
             ORDER BY p.position DESC LIMIT 1) AS previous FROM leads a WHERE a.id = $2`,
          [leadId, beforeLeadId],
        )
      ).rows[0]!
      const position = positionBetween(anchor.previous, anchor.position)
      if (position === null) throw new Error('card-move-pg: a gap ran out; spread the drops wider so neither side has to renumber')
      if (Number(lead.stage_id) === stageId) await client.query('UPDATE leads SET position = $1 WHERE id = $2', [position, leadId])
      else {
        await client.query(
          `UPDATE leads SET pipeline_id = $1, stage_id = $2, position = $3, stage_entered_at = $4, updated_at = $5, closed_at = $6, lost_reason = $7, lost_note = $8,
             value_minor = coalesce($9, value_minor), version = version + 1 WHERE id = $10`,
          [target.pipeline_id, target.id, position, now, now, target.kind === 'open' ? null : now, null, null, null, leadId],
        )
        await client.query('INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, to_kind, at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          leadId,
          lead.stage_id,
          target.id,
          lead.stage_name,
          target.name,
          target.kind,
          now,
        ])
      }
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK')
      throw error
    }
    const row = (await client.query<{ id: string; stage_id: string; position: number; tags_json: string }>(readLead, [leadId])).rows[0]!
    return JSON.stringify([Number(row.id), Number(row.stage_id), row.position, JSON.parse(row.tags_json) as string[]])
  }
}

function cardMovePg(kit: BenchKit, server: () => Promise<BenchPostgres>, boardLeads: () => number): BenchCase {
  let firstMove: string | undefined
  const copy = async () => {
    const pgServer = await server()
    return pgServer.url(await pgServer.createDatabase(await pgServer.seeded(boardLeads())))
  }
  return {
    name: 'card-move-pg',
    async baton() {
      const url = await copy()
      const plan = await withClient(url, planMoves)
      const workspace = await openWorkspace(url, 'bench')
      try {
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
      return withClient(await copy(), async (client) => {
        const plan = await planMoves(client)
        const move = rawMove(client)
        let i = 0
        const run = () => {
          const { leadId, stageId, beforeLeadId } = nthMove(plan, i++)
          return move(leadId, stageId, beforeLeadId)
        }
        if (firstMove !== undefined && (await run()) !== firstMove) {
          throw new Error("card-move-pg: the app's move no longer matches the raw one in scripts/bench/postgres-cases.ts; update the raw side to match.")
        }
        return kit.medianOf(run)
      })
    },
  }
}

export function postgresCases(kit: BenchKit, server: () => Promise<BenchPostgres>): BenchCase[] {
  const boardLeads = () => Math.min(kit.leads, BOARD_LEADS)
  return [
    replayedRead(kit, server, { name: 'board-load-pg', leads: boardLeads, method: 'board.load', input: async (client) => ({ pipelineId: await firstPipeline(client) }) }),
    cardMovePg(kit, server, boardLeads),
    replayedRead(kit, server, { name: 'dashboard-load-pg', leads: () => kit.leads, method: 'reports.dashboard', input: () => Promise.resolve({ period: QUARTER }) }),
    replayedRead(kit, server, { name: 'people-list-pg', leads: () => kit.leads, method: 'people.table', input: () => Promise.resolve({ sort: { column: 'name', direction: 'asc' }, limit: 100 }) }),
  ]
}
