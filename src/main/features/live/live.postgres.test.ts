import { sql } from 'kysely'
import pg from 'pg'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppEventName, AppEvents, DataChange, ServerStatus } from '@shared/contract/events'
import type { InputOf, Method, ResultOf } from '@shared/contract'
import { queryKeysFor } from '@shared/domain/liveRefresh'
import { provisionTestTeam, type TestTeam } from '../../../../test/fixtures/team'
import { queryRows } from '../../../../test/fixtures/sql'
import { startPostgresServer, type PostgresServer } from '../../../../test/harness/postgresServer'
import { openPostgres } from '../../db/open-postgres'
import { inviteMember } from '../team-server/members'
import { openWorkspace, type Workspace } from '../../workspace'
import type { AppEventSink } from './live-events'

// Two members of one team workspace, each signed in as themself with their own app (workspace,
// pool and listening connection) on the test project's PostgreSQL: what one commits reaches the
// other as a typed event and the query keys it refetches; a save based on an older version is
// refused naming the member who saved first; two moves of one card both land in its history.
// Then a server of the test's own is shut down mid-write and started again.

interface Member {
  workspace: Workspace
  events: Array<{ event: AppEventName; payload: unknown }>
  call<M extends Method>(method: M, input: InputOf<M>): Promise<ResultOf<M>>
  fail<M extends Method>(method: M, input: InputOf<M>): Promise<{ code: string; message: string }>
  changes(): DataChange[]
  statuses(): ServerStatus[]
}

async function openMember(target: string): Promise<Member> {
  const events: Member['events'] = []
  const sink: AppEventSink = <E extends AppEventName>(event: E, payload: AppEvents[E]) => {
    events.push({ event, payload })
  }
  const workspace = await openWorkspace(target, 'test', { events: sink })
  return {
    workspace,
    events,
    async call(method, input) {
      const result = await workspace.dispatch(method, input)
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`)
      return result.value as never
    },
    async fail(method, input) {
      const result = await workspace.dispatch(method, input)
      if (result.ok) throw new Error(`${method} was expected to fail`)
      return result.error
    },
    changes: () => events.filter((e) => e.event === 'data-changed').flatMap((e) => (e.payload as AppEvents['data-changed']).changes),
    statuses: () => events.filter((e) => e.event === 'server-status').map((e) => e.payload as ServerStatus),
  }
}

const changed = (member: Member, table: string, id: number) => member.changes().some((c) => c.table === table && (c.ids === null || c.ids.includes(id)))

describe('a team workspace, live', () => {
  let team: TestTeam
  let olivia: Member
  let mo: Member

  beforeEach(async () => {
    team = await provisionTestTeam('Olivia Owner')
    const setup = await openPostgres(team.ownerUrl)
    const invited = await inviteMember(setup.db, { name: 'Mo Member', email: null, role: 'member' })
    await setup.close()
    olivia = await openMember(team.ownerUrl)
    mo = await openMember(team.urlFor(invited.login, invited.password))
  })
  afterEach(async () => {
    await olivia.workspace.close()
    await mo.workspace.close()
    await team.dispose()
  })

  it("tells the other member's app what one member committed, as the query keys to refetch", async () => {
    const lead = await olivia.call('leads.create', { personName: 'Dana Li', valueMinor: 100_000 })
    await vi.waitFor(() => expect(changed(mo, 'leads', lead.id)).toBe(true), { timeout: 2_000, interval: 20 })

    mo.events.length = 0
    await olivia.call('leads.update', { id: lead.id, fields: { valueMinor: 150_000 } })
    await vi.waitFor(() => expect(changed(mo, 'leads', lead.id)).toBe(true), { timeout: 2_000, interval: 20 })
    const keys = queryKeysFor(mo.changes())
    // The lead's drawer, the board it sits on, and the figures (a dashboard tile) it counts in.
    expect(keys).toEqual(expect.arrayContaining([['lead', lead.id], ['board'], ['metrics'], ['reports'], ['goals']]))
    // Another lead's drawer is not refetched.
    expect(keys).not.toContainEqual(['lead'])

    // A write that rolls back announces nothing: a refused stale save.
    mo.events.length = 0
    await olivia.fail('leads.update', { id: lead.id, fields: { notes: 'late' }, basedOnVersion: 1 })
    const marker = await olivia.call('campaigns.create', { name: 'Marker', channel: 'email' })
    await vi.waitFor(() => expect(changed(mo, 'campaigns', marker.id)).toBe(true), { timeout: 2_000, interval: 20 })
    expect(changed(mo, 'leads', lead.id)).toBe(false)
  })

  it('refuses a save based on an older version, naming the member who saved first', async () => {
    const lead = await olivia.call('leads.create', { personName: 'Dana Li', valueMinor: 100_000 })
    const seenByMo = await mo.call('leads.get', { id: lead.id })
    await olivia.call('leads.update', { id: lead.id, fields: { valueMinor: 120_000 }, basedOnVersion: seenByMo.version })
    const refused = await mo.fail('leads.update', { id: lead.id, fields: { valueMinor: 90_000, notes: 'Mo’s note' }, basedOnVersion: seenByMo.version })
    expect(refused.code).toBe('stale')
    expect(refused.message).toMatch(/^Olivia Owner changed the value of this lead (just now|\d+ seconds ago)\./)
    expect(await mo.call('leads.get', { id: lead.id })).toMatchObject({ valueMinor: 120_000, notes: null })

    // Two saves of one record at the same moment: one goes through, the other is refused.
    const current = (await mo.call('leads.get', { id: lead.id })).version
    const results = await Promise.all([
      olivia.workspace.dispatch('leads.update', { id: lead.id, fields: { notes: 'Olivia' }, basedOnVersion: current }),
      mo.workspace.dispatch('leads.update', { id: lead.id, fields: { notes: 'Mo' }, basedOnVersion: current }),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(['stale'])
  })

  it("names a member's bulk change in the refusal of another member's save", async () => {
    const dana = await olivia.call('leads.create', { personName: 'Dana Li' })
    const bo = await olivia.call('leads.create', { personName: 'Bo Chen' })
    const board = await olivia.call('board.load', { pipelineId: dana.pipelineId, filters: {}, perColumn: 40 })
    const stageId = board.columns[1]!.stageId
    const [stage] = await queryRows<{ name: string }>(olivia.workspace.database.db, sql`SELECT name FROM stages WHERE id = ${stageId}`)
    await mo.call('leads.bulk', { leadIds: [dana.id, bo.id], action: { type: 'move', stageId } })
    const refused = await olivia.fail('leads.update', { id: dana.id, fields: { notes: 'Call back' }, basedOnVersion: dana.version })
    expect(refused).toMatchObject({ code: 'stale', message: expect.stringMatching(new RegExp(`^Mo Member moved 2 leads to ${stage!.name} (just now|\\d+ seconds ago)\\.`)) as string })
  })

  it('lands both of two simultaneous moves of one card in its stage history, in order', async () => {
    const lead = await olivia.call('leads.create', { personName: 'Dana Li' })
    const board = await olivia.call('board.load', { pipelineId: lead.pipelineId, filters: {}, perColumn: 40 })
    const [first, second, third] = board.columns.map((c) => c.stageId)
    for (let round = 0; round < 5; round++) {
      await Promise.all([
        olivia.call('leads.move', { leadId: lead.id, stageId: second!, beforeLeadId: null }),
        mo.call('leads.move', { leadId: lead.id, stageId: third!, beforeLeadId: null }),
      ])
      await olivia.call('leads.move', { leadId: lead.id, stageId: first!, beforeLeadId: null })
    }
    const history = await queryRows<{ from_stage_id: number | null; to_stage_id: number }>(
      olivia.workspace.database.db,
      sql`SELECT from_stage_id, to_stage_id FROM stage_history WHERE lead_id = ${lead.id} ORDER BY id`,
    )
    // Each move starts where the one before it left the card: no move was lost or read a stale stage.
    for (const [index, row] of history.entries()) if (index > 0) expect(row.from_stage_id).toBe(history[index - 1]!.to_stage_id)
    // Created, then per round: both moves (in whichever order they took turns) and the move back.
    expect(history.length).toBe(1 + 5 * 3)
    expect(history.at(-1)!.to_stage_id).toBe(first)
    const by = await queryRows<{ changed_by: string }>(
      olivia.workspace.database.db,
      sql`SELECT DISTINCT changed_by FROM record_changes WHERE record_type = 'lead' AND record_id = ${lead.id} ORDER BY changed_by`,
    )
    expect(by.map((r) => r.changed_by)).toEqual(['Mo Member', 'Olivia Owner'])
  })
})

describe('when the team server goes away', () => {
  let server: PostgresServer
  let member: Member

  beforeEach(async () => {
    server = await startPostgresServer()
    await server.admin('CREATE DATABASE baton_gone')
    member = await openMember(server.url('baton_gone'))
  })
  afterEach(async () => {
    await member.workspace.close()
    await server.stop()
  })

  it('leaves no half of a write stopped mid-way, says when the server went and came back, and saves again', async () => {
    const lead = await member.call('leads.create', { personName: 'Dana Li', valueMinor: 100_000 })
    // Another session holds Dana's person row, so the save stops after it has begun writing
    // (it holds the lead's row and waits to rename the person).
    const blocker = new pg.Client({ connectionString: server.url('baton_gone') })
    blocker.on('error', () => undefined)
    await blocker.connect()
    await blocker.query('BEGIN')
    await blocker.query('SELECT id FROM people WHERE id = $1 FOR UPDATE', [lead.personId])
    const save = member.workspace.dispatch('leads.update', { id: lead.id, fields: { personName: 'Dana Li-Park', valueMinor: 250_000 }, basedOnVersion: 1 })
    await vi.waitFor(
      async () => {
        const { rows } = await blocker.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'baton_gone'`)
        expect(rows[0]!.n).toBe(1)
      },
      { timeout: 5_000, interval: 25 },
    )

    await server.shutDown()
    const result = await save
    expect(result).toMatchObject({ ok: false, error: { code: 'database', message: expect.stringMatching(/lost its connection to the team database, so nothing was saved/) as string } })
    await vi.waitFor(() => expect(member.statuses().at(-1)?.state).toBe('lost'), { timeout: 10_000, interval: 25 })
    // While it is away, a write fails at once with the same words (nothing is queued to run later).
    const meanwhile = await member.workspace.dispatch('leads.update', { id: lead.id, fields: { notes: 'meanwhile' } })
    expect(meanwhile).toMatchObject({ ok: false, error: { code: 'database' } })

    await server.restart()
    await vi.waitFor(() => expect(member.statuses().at(-1)?.state).toBe('reconnected'), { timeout: 20_000, interval: 50 })
    const [lost, back] = member.statuses()
    expect(back).toMatchObject({ state: 'reconnected', lostSince: lost!.since })

    // Nothing of the stopped save is there; saved again, all of it is.
    expect(await member.call('leads.get', { id: lead.id })).toMatchObject({ personName: 'Dana Li', valueMinor: 100_000, version: 1 })
    expect(await member.call('leads.update', { id: lead.id, fields: { personName: 'Dana Li-Park', valueMinor: 250_000 }, basedOnVersion: 1 })).toMatchObject({
      personName: 'Dana Li-Park',
      valueMinor: 250_000,
      version: 2,
    })
    // The link listens again: a change committed by another session reaches the app.
    const other = await openPostgres(server.url('baton_gone'))
    await other.db.updateTable('leads').set({ notes: 'from elsewhere' }).where('id', '=', lead.id).execute()
    await other.close()
    await vi.waitFor(() => expect(changed(member, 'leads', lead.id)).toBe(true), { timeout: 2_000, interval: 20 })
    await blocker.end().catch(() => undefined)
  })
})
