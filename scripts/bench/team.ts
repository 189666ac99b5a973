// team-20-clients: a firm of 20 on one PostgreSQL server. Each client is its own workspace
// (its own openPostgres handle and connections) calling the handlers through dispatch, one call
// after another for a fixed time (--seconds, 60 by default), in a mix of what people do all day:
// reading the board, a lead and the dashboard; moving cards, editing leads, adding leads and
// logging activities. It prints p50/p95 latency per kind and the throughput, then reads every
// acknowledged write back (team-ledger.ts): each must be there exactly once, stage history in
// the order it was acknowledged. The run works on its own copy of the seeded database.
import pg from 'pg'
import type { Activity } from '../../src/shared/domain/activities'
import type { Lead } from '../../src/shared/domain/leads'
import { openWorkspace, type Workspace } from '../../src/main/workspace'
import type { BenchKit, LoadCase, LoadReport } from './kit'
import type { BenchPostgres } from './postgres'
import { call } from './read'
import { checkLedger, percentile, type Ledger } from './team-ledger'

const CLIENTS = 20
/** Leads each client owns (moves and edits): only its owner writes them, so the order of its writes is known. */
const OWNED_PER_CLIENT = 200
const QUARTER = { preset: 'custom', from: '2026-01-01', to: '2026-03-31' } as const

/** What a person does, and how often (weights out of 100). */
const MIX = [
  ['board', 20],
  ['lead', 25],
  ['dashboard', 5],
  ['move', 20],
  ['edit', 15],
  ['new lead', 8],
  ['activity', 7],
] as const
type Kind = (typeof MIX)[number][0]
const WRITES: ReadonlySet<Kind> = new Set(['move', 'edit', 'new lead', 'activity'])

function pickKind(roll: number): Kind {
  let at = roll * 100
  for (const [kind, weight] of MIX) {
    if (at < weight) return kind
    at -= weight
  }
  return MIX[0][0]
}

/** A small seeded generator per client, so a run's mix is the same every time. */
function random(seed: number) {
  let state = seed * 7919 + 1
  return () => {
    state = (state * 48271) % 2147483647
    return state / 2147483647
  }
}

interface World {
  pipelineId: number
  stages: Array<{ id: number; kind: string }>
  /** Every lead of the pipeline (for reads), and each client's own (for writes) with its stage. */
  allLeads: number[]
  owned: Array<Map<number, number>>
  historyBefore: number
}

async function readWorld(url: string): Promise<World> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const pipelineId = Number((await client.query<{ id: string }>('SELECT id FROM pipelines ORDER BY position, id LIMIT 1')).rows[0]!.id)
    const stages = (await client.query<{ id: number; kind: string }>('SELECT id::int AS id, kind FROM stages WHERE pipeline_id = $1 ORDER BY position, id', [pipelineId])).rows
    const leads = (await client.query<{ id: number; stage_id: number }>('SELECT id::int AS id, stage_id::int AS stage_id FROM leads WHERE pipeline_id = $1 ORDER BY id', [pipelineId])).rows
    const owned = Array.from({ length: CLIENTS }, () => new Map<number, number>())
    // Spread over the whole table (every n-th lead), dealt round the clients.
    const stride = Math.max(1, Math.floor(leads.length / (CLIENTS * OWNED_PER_CLIENT)))
    for (let i = 0, k = 0; i < leads.length && k < CLIENTS * OWNED_PER_CLIENT; i += stride, k++) owned[k % CLIENTS]!.set(leads[i]!.id, leads[i]!.stage_id)
    const historyBefore = Number((await client.query<{ n: string }>('SELECT coalesce(max(id), 0) AS n FROM stage_history')).rows[0]!.n)
    return { pipelineId, stages, allLeads: leads.map((l) => l.id), owned, historyBefore }
  } finally {
    await client.end()
  }
}

interface ClientRun {
  latencies: Map<Kind, number[]>
  errors: string[]
}

async function runClient(c: number, workspace: Workspace, world: World, ledger: Ledger, until: number): Promise<ClientRun> {
  const next = random(c + 1)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T
  const own = world.owned[c]!
  const ownIds = [...own.keys()]
  const latencies = new Map<Kind, number[]>(MIX.map(([kind]) => [kind, []]))
  const errors: string[] = []
  const dispatch = workspace.dispatch
  for (let k = 0; performance.now() < until; k++) {
    const kind = pickKind(next())
    const started = performance.now()
    try {
      switch (kind) {
        case 'board':
          await call(dispatch, 'board.load', { pipelineId: world.pipelineId })
          break
        case 'lead':
          await call(dispatch, 'leads.get', { id: pick(world.allLeads) })
          break
        case 'dashboard':
          await call(dispatch, 'reports.dashboard', { period: QUARTER })
          break
        case 'move': {
          const leadId = pick(ownIds)
          const from = own.get(leadId)!
          const target = pick(world.stages.filter((s) => s.id !== from))
          const lead = await call<Lead>(dispatch, 'leads.move', { leadId, stageId: target.id, beforeLeadId: null, ...(target.kind === 'lost' ? { lostReason: 'Price' } : {}) })
          if (lead.stageId !== target.id) throw new Error(`leads.move answered stage ${lead.stageId} for a move to ${target.id}`)
          ledger.moves.push({ leadId, from, to: target.id })
          own.set(leadId, target.id)
          break
        }
        case 'edit': {
          const leadId = pick(ownIds)
          const notes = `team c${c} edit ${k}`
          await call(dispatch, 'leads.update', { id: leadId, fields: { notes } })
          ledger.edits.push({ leadId, notes })
          break
        }
        case 'new lead': {
          const personName = `team-c${c}-${k}`
          const lead = await call<Lead>(dispatch, 'leads.create', { title: personName, personName, email: `${personName}@team.test`, valueMinor: 1000 * k, tags: ['team'] })
          ledger.created.push({ id: lead.id, personName })
          break
        }
        case 'activity': {
          const leadId = pick(ownIds)
          const subject = `team c${c} call ${k}`
          const activity = await call<Activity>(dispatch, 'activities.create', { leadId, kind: 'call', subject })
          ledger.activities.push({ id: activity.id, leadId, subject })
          break
        }
      }
      latencies.get(kind)!.push(performance.now() - started)
    } catch (error) {
      errors.push(`client ${c} ${kind}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return { latencies, errors }
}

async function verify(url: string, world: World, ledger: Ledger): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const ownedIds = world.owned.flatMap((own) => [...own.keys()])
    const history = await client.query<{ leadId: number; from: number | null; to: number }>(
      'SELECT lead_id::int AS "leadId", from_stage_id::int AS "from", to_stage_id::int AS "to" FROM stage_history WHERE id > $1 AND lead_id = ANY($2::bigint[]) ORDER BY id',
      [world.historyBefore, ownedIds],
    )
    const leads = await client.query<{ id: number; stage_id: number; notes: string | null }>('SELECT id::int AS id, stage_id::int AS stage_id, notes FROM leads WHERE id = ANY($1::bigint[])', [ownedIds])
    const created = await client.query<{ id: number; personName: string }>(`SELECT id::int AS id, title AS "personName" FROM leads WHERE title LIKE 'team-c%'`)
    const activities = await client.query<{ id: number; leadId: number; subject: string }>(`SELECT id::int AS id, lead_id::int AS "leadId", subject FROM activities WHERE subject LIKE 'team c%'`)
    return checkLedger(ledger, {
      history: history.rows,
      leads: new Map(leads.rows.map((l) => [l.id, { stageId: l.stage_id, notes: l.notes }])),
      created: created.rows,
      activities: activities.rows,
    })
  } finally {
    await client.end()
  }
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(1))

export async function runTeam(kit: BenchKit, server: BenchPostgres, seconds: number): Promise<LoadReport> {
  const url = server.url(await server.createDatabase(await server.seeded(kit.leads)))
  const world = await readWorld(url)
  const workspaces: Workspace[] = []
  try {
    for (let c = 0; c < CLIENTS; c++) workspaces.push(await openWorkspace(url, 'bench'))
    const ledger: Ledger = { moves: [], edits: [], created: [], activities: [] }
    kit.log(`team-20-clients: ${CLIENTS} clients for ${seconds} s on ${world.allLeads.length} leads`)
    const started = performance.now()
    const loopBefore = performance.eventLoopUtilization()
    const until = started + seconds * 1000
    const runs = await Promise.all(workspaces.map((workspace, c) => runClient(c, workspace, world, ledger, until)))
    const elapsed = (performance.now() - started) / 1000
    // The 20 clients share this process's one thread: when it is busy most of the time, part of each
    // latency is a client waiting for its turn here, not for the server.
    const busy = performance.eventLoopUtilization(loopBefore).utilization
    const problems = [...runs.flatMap((r) => r.errors).slice(0, 20), ...(await verify(url, world, ledger))]
    const byKind = MIX.map(([kind]) => {
      const times = runs.flatMap((r) => r.latencies.get(kind)!)
      return { kind, count: times.length, p50: percentile(times, 50), p95: percentile(times, 95) }
    })
    const total = byKind.reduce((sum, k) => sum + k.count, 0)
    const writes = byKind.filter((k) => WRITES.has(k.kind)).reduce((sum, k) => sum + k.count, 0)
    const all = runs.flatMap((r) => [...r.latencies.values()].flat())
    const acknowledged = ledger.moves.length + ledger.edits.length + ledger.created.length + ledger.activities.length
    const lines = [
      `team-20-clients  ${CLIENTS} clients  ${elapsed.toFixed(0)} s  ${total} calls  ${(total / elapsed).toFixed(1)} calls/s (${(writes / elapsed).toFixed(1)} writes/s)  p50 ${ms(percentile(all, 50))} ms  p95 ${ms(percentile(all, 95))} ms`,
      ...byKind.map((k) => `  ${k.kind.padEnd(10)} ${String(k.count).padStart(6)} calls  p50 ${ms(k.p50)} ms  p95 ${ms(k.p95)} ms`),
      `  the clients' process was busy ${(busy * 100).toFixed(0)}% of the run (20 clients on one JavaScript thread)`,
      `  ${acknowledged} acknowledged writes read back: ${problems.length === 0 ? 'none lost, none duplicated, stage history in order' : `${problems.length} problems`}`,
      ...problems.map((p) => `  PROBLEM: ${p}`),
    ]
    return {
      ok: problems.length === 0,
      lines,
      json: { clients: CLIENTS, seconds: Number(elapsed.toFixed(1)), clientProcessBusy: Number(busy.toFixed(2)), calls: total, callsPerSecond: Number((total / elapsed).toFixed(1)), writes, acknowledged, problems, byKind },
    }
  } finally {
    for (const workspace of workspaces) await workspace.close()
  }
}

export function teamCases(kit: BenchKit, server: () => Promise<BenchPostgres>, options: { seconds: number }): LoadCase[] {
  return [{ name: 'team-20-clients', load: async () => runTeam(kit, await server(), options.seconds) }]
}
