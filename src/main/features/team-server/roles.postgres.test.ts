import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type pg from 'pg'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { provisionTestTeam, type TestTeam } from '../../../../test/fixtures/team'
import { openPostgres } from '../../db/open-postgres'
import type { PostgresDatabase } from '../../db/open'
import { MIGRATIONS } from '../../db/migrations'
import { exportEverything } from '../exports/exportEverything'
import { inviteMember, listAccess, removeMember, setMemberRole } from './members'

// What the server itself refuses, asked with a plain `pg` client as each role would from any
// PostgreSQL tool: Baton's window is not what keeps a viewer from writing.

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: { code?: string; message?: string }) => (error.code === '42501' ? 'refused' : `failed ${error.code}: ${error.message}`),
  )

async function seedLeads(client: pg.Client) {
  // Olivia's lead, Mo's lead and one with no owner, each the deal of a person of its own.
  const ids: number[] = []
  for (const [name, owner] of [['Dana Li', 'Olivia Owner'], ['Bo Chen', 'Mo Member'], ['Ed Park', null]] as const) {
    const person = await client.query<{ id: string }>(`INSERT INTO people (name, name_key, created_at, updated_at) VALUES ($1, lower($1), 'x', 'x') RETURNING id`, [name])
    const lead = await client.query<{ id: string }>(
      `INSERT INTO leads (person_id, pipeline_id, stage_id, position, value_minor, owner, created_at, updated_at, stage_entered_at)
       VALUES ($1, 1, (SELECT min(id) FROM stages), 1, 1000, $2, 'x', 'x', 'x') RETURNING id`,
      [person.rows[0]!.id, owner],
    )
    ids.push(Number(lead.rows[0]!.id))
  }
  await client.query(`INSERT INTO campaigns (name, channel, created_at, updated_at) VALUES ('Spring mailing', 'email', 'x', 'x')`)
  return ids
}

describe('a team workspace on the server', () => {
  let team: TestTeam
  let owner: PostgresDatabase
  let viewer: pg.Client
  let viewerUrl: string
  let member: pg.Client
  let ownerClient: pg.Client
  let leads: number[]

  beforeEach(async () => {
    team = await provisionTestTeam()
    owner = await openPostgres(team.ownerUrl)
    const mo = await inviteMember(owner.db, { name: 'Mo Member', email: null, role: 'member' })
    const vi = await inviteMember(owner.db, { name: 'Vi Viewer', email: 'vi@firm.test', role: 'viewer' })
    ownerClient = await team.client(team.owner.login, team.owner.password)
    member = await team.client(mo.login, mo.password)
    viewer = await team.client(vi.login, vi.password)
    viewerUrl = team.urlFor(vi.login, vi.password)
    leads = await seedLeads(ownerClient)
  })
  afterEach(async () => {
    await owner.close()
    await team.dispose()
  })

  it('lists the members with their roles, the owner who set it up first among them', async () => {
    const access = await listAccess(owner.db)
    expect(access.map((m) => [m.name, m.role, m.isYou])).toEqual([
      ['Mo Member', 'member', false],
      ['Olivia Owner', 'owner', true],
      ['Vi Viewer', 'viewer', false],
    ])
    expect(access.find((m) => m.name === 'Olivia Owner')).toMatchObject({ leadCount: 1, login: team.owner.login, signedIn: true })
  })

  it('lets a viewer read everything and write nothing', async () => {
    expect((await viewer.query('SELECT count(*)::int AS n FROM leads')).rows[0]).toEqual({ n: 3 })
    expect(await refusal(viewer.query(`INSERT INTO leads (person_id, pipeline_id, stage_id, position, created_at, updated_at, stage_entered_at) VALUES ((SELECT min(id) FROM people), 1, 1, 0, 'x', 'x', 'x')`))).toBe('refused')
    expect(await refusal(viewer.query(`UPDATE leads SET value_minor = 1`))).toBe('refused')
    expect(await refusal(viewer.query(`DELETE FROM activities`))).toBe('refused')
    expect(await refusal(viewer.query(`UPDATE settings SET firm_name = 'Mine'`))).toBe('refused')
    expect(await refusal(viewer.query(`INSERT INTO ui_state (key, value, updated_at) VALUES ('k', '{}', 'x')`))).toBe('refused')
    expect(await refusal(viewer.query(`SELECT nextval(pg_get_serial_sequence('leads', 'id'))`))).toBe('refused')
    expect(await refusal(viewer.query(`CREATE TABLE mine (id int)`))).toBe('refused')
    expect(await refusal(viewer.query(`TRUNCATE leads`))).toBe('refused')
    expect(await refusal(viewer.query(`SELECT baton_team.add_login('x', 'y', 'owner')`))).toBe('refused')
  })

  it('lets a member add and edit records, and delete what is part of editing', async () => {
    const [, mosLead] = leads
    expect(await refusal(member.query(`INSERT INTO leads (person_id, pipeline_id, stage_id, position, created_at, updated_at, stage_entered_at) VALUES ((SELECT min(id) FROM people), 1, 1, 9, 'x', 'x', 'x')`))).toBe('allowed')
    expect(await refusal(member.query(`UPDATE leads SET value_minor = 5000 WHERE id = $1`, [leads[0]]))).toBe('allowed')
    expect(await refusal(member.query(`INSERT INTO activities (lead_id, kind, subject, created_at, updated_at) VALUES ($1, 'call', 'Call back', 'x', 'x')`, [mosLead]))).toBe('allowed')
    expect(await refusal(member.query(`DELETE FROM activities WHERE lead_id = $1`, [mosLead]))).toBe('allowed')
    expect(await refusal(member.query(`INSERT INTO person_tags (person_id, tag) SELECT person_id, 'vip' FROM leads WHERE id = $1`, [mosLead]))).toBe('allowed')
    expect(await refusal(member.query(`DELETE FROM person_tags WHERE person_id = (SELECT person_id FROM leads WHERE id = $1)`, [mosLead]))).toBe('allowed')
    expect(await refusal(member.query(`UPDATE campaigns SET notes = 'Resend on Monday'`))).toBe('allowed')
  })

  it('keeps settings, pipelines, stages, lost reasons and the team list for owners', async () => {
    expect(await refusal(member.query(`UPDATE settings SET currency = 'EUR'`))).toBe('refused')
    expect(await refusal(member.query(`INSERT INTO stages (pipeline_id, name, position, created_at) VALUES (1, 'Demo', 9, 'x')`))).toBe('refused')
    expect(await refusal(member.query(`UPDATE stages SET name = 'Fresh' WHERE position = 0`))).toBe('refused')
    expect(await refusal(member.query(`INSERT INTO pipelines (name, created_at) VALUES ('Renewals', 'x')`))).toBe('refused')
    expect(await refusal(member.query(`DELETE FROM lost_reasons`))).toBe('refused')
    expect(await refusal(member.query(`UPDATE team_members SET name = 'Boss' WHERE name = 'Mo Member'`))).toBe('refused')
    expect(await refusal(member.query(`SELECT baton_team.set_role($1, 'owner')`, [team.owner.login]))).toBe('refused')
    expect(await refusal(ownerClient.query(`UPDATE settings SET currency = 'EUR'`))).toBe('allowed')
    expect(await refusal(ownerClient.query(`UPDATE stages SET name = 'Fresh' WHERE position = 0`))).toBe('allowed')
  })

  it('lets a member delete only the leads they own; other deletes are the owners’', async () => {
    const [oliviasLead, mosLead, nobodysLead] = leads
    expect((await member.query(`DELETE FROM leads WHERE id = ANY($1)`, [[oliviasLead, nobodysLead]])).rowCount).toBe(0)
    expect((await member.query(`DELETE FROM leads WHERE id = $1`, [mosLead])).rowCount).toBe(1)
    expect(await refusal(member.query(`DELETE FROM campaigns`))).toBe('refused')
    expect(await refusal(member.query(`DELETE FROM goals`))).toBe('refused')
    expect(await refusal(member.query(`DELETE FROM segments`))).toBe('refused')
    expect((await ownerClient.query(`DELETE FROM leads WHERE id = ANY($1)`, [[oliviasLead, nobodysLead]])).rowCount).toBe(2)
    expect(await refusal(ownerClient.query(`DELETE FROM campaigns`))).toBe('allowed')
  })

  it('covers tables a later migration adds, with the same rules', async () => {
    await owner.close()
    const later = [
      ...MIGRATIONS,
      {
        id: 9000,
        name: 'sticky_notes',
        up: async (db: Parameters<(typeof MIGRATIONS)[number]['up']>[0]) => {
          const { sql } = await import('kysely')
          await sql.raw(`CREATE TABLE sticky_notes (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, body text NOT NULL)`).execute(db)
        },
      },
    ]
    owner = await openPostgres(team.ownerUrl, { migrations: later })
    const tableOwner = await ownerClient.query(`SELECT tableowner FROM pg_tables WHERE tablename IN ('people', 'sticky_notes')`)
    expect(tableOwner.rows.map((r: { tableowner: string }) => r.tableowner)).toEqual([`${team.database}_owner`, `${team.database}_owner`])
    expect(await refusal(member.query(`INSERT INTO sticky_notes (body) VALUES ('hi')`))).toBe('allowed')
    expect(await refusal(member.query(`DELETE FROM sticky_notes`))).toBe('allowed')
    // People (an owner-only delete) keep their rules after the later migration restates them.
    expect(await refusal(member.query(`INSERT INTO people (name, name_key, created_at, updated_at) VALUES ('Dana', 'dana', 'x', 'x')`))).toBe('allowed')
    expect(await refusal(member.query(`DELETE FROM people`))).toBe('refused')
    expect(await refusal(viewer.query(`INSERT INTO sticky_notes (body) VALUES ('hi')`))).toBe('refused')
    expect((await viewer.query(`SELECT count(*)::int AS n FROM people`)).rows[0]).toEqual({ n: 4 })
  })

  it('refuses to open for a member when this build would migrate, and says who can', async () => {
    const later = [...MIGRATIONS, { id: 9001, name: 'later', up: () => Promise.resolve() }]
    const access = await listAccess(owner.db)
    const mo = access.find((m) => m.name === 'Mo Member')!
    expect(mo.login).toBeTruthy()
    const reset = await import('./members').then((m) => m.newPassword(owner.db, mo.id))
    await expect(openPostgres(team.urlFor(reset.login, reset.password), { migrations: later })).rejects.toThrow(/only one of the team's owners may make it/)
  })

  it('changes a role at once, and keeps one owner at least', async () => {
    const access = await listAccess(owner.db)
    const mo = access.find((m) => m.name === 'Mo Member')!
    const olivia = access.find((m) => m.name === 'Olivia Owner')!
    await setMemberRole(owner.db, mo.id, 'viewer')
    expect(await refusal(member.query(`UPDATE leads SET value_minor = 1`))).toBe('refused')
    await setMemberRole(owner.db, mo.id, 'owner')
    expect(await refusal(member.query(`UPDATE settings SET currency = 'GBP'`))).toBe('allowed')
    await setMemberRole(owner.db, mo.id, 'member')
    await expect(setMemberRole(owner.db, olivia.id, 'member')).rejects.toThrow(/needs at least one owner/)
  })

  it('removes a member: their session ends, their login stops, their leads stay theirs', async () => {
    const mo = (await listAccess(owner.db)).find((m) => m.name === 'Mo Member')!
    const ended = new Promise<string>((resolve) => member.once('error', (error: Error & { code?: string }) => resolve(error.code ?? error.message)))
    const removed = await removeMember(owner.db, mo.id)
    expect(removed).toEqual({ name: 'Mo Member', endedSessions: 1 })
    expect(await ended).toBe('57P01')
    await expect(team.client(mo.login!, 'anything')).rejects.toMatchObject({ code: '28P01' })
    const after = (await listAccess(owner.db)).find((m) => m.id === mo.id)!
    expect(after).toMatchObject({ role: null, login: null, archived: true, leadCount: 1 })
    const { rows } = await ownerClient.query(`SELECT count(*)::int AS n FROM pg_roles WHERE rolname = $1`, [mo.login])
    expect(rows[0]).toEqual({ n: 0 })
    await expect(removeMember(owner.db, (await listAccess(owner.db)).find((m) => m.isYou)!.id)).rejects.toThrow(/cannot remove yourself/)
  })

  it('lets a viewer export everything: the snapshot is read with their login alone', async () => {
    const out = mkdtempSync(join(tmpdir(), 'baton-viewer-export-'))
    const asViewer = await openPostgres(viewerUrl)
    try {
      await exportEverything(asViewer, join(out, 'everything.zip'))
      expect(readdirSync(out)).toEqual(['everything.zip'])
      const files = unzipSync(new Uint8Array(readFileSync(join(out, 'everything.zip'))))
      expect(strFromU8(files['leads.csv']!).trim().split('\n')).toHaveLength(1 + leads.length)
      expect(files['baton.sqlite']!.length).toBeGreaterThan(0)
    } finally {
      await asViewer.close()
      rmSync(out, { recursive: true, force: true })
    }
  })
})
