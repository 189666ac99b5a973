import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import type { InputOf, Method, ResultOf } from '@shared/contract'
import type { AppErrorShape } from '@shared/errors'
import { ScriptedPlatform } from '../../../../test/harness/scriptedPlatform'
import { openDatabase } from '../../db/open'
import { AppSession } from '../../session'
import { parseInvitation } from './invitation'

// Settings → Team through the handler table, as two people on two computers: the owner sets
// the team up on the firm's server and saves an invitation; the member opens it and joins,
// and the server holds the member to their role.

let made = 0

interface Computer {
  session: AppSession
  platform: ScriptedPlatform
  dir: string
  call<M extends Method>(method: M, input: InputOf<M>): Promise<ResultOf<M>>
  fail<M extends Method>(method: M, input: InputOf<M>): Promise<AppErrorShape>
}

async function computer(dir = mkdtempSync(join(tmpdir(), 'baton-computer-'))): Promise<Computer> {
  const platform = new ScriptedPlatform(join(dir, 'keychain.json'))
  const session = new AppSession({ appDataDir: dir, soloDir: join(dir, 'solo'), appVersion: 'test', platform })
  await session.start()
  const raw = async (method: Method, input: unknown) => session.dispatch(method, input)
  return {
    session,
    platform,
    dir,
    async call(method, input) {
      const result = await raw(method, input)
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
      return result.value as ResultOf<typeof method>
    },
    async fail(method, input) {
      const result = await raw(method, input)
      if (result.ok) throw new Error(`${method} was expected to fail`)
      return result.error
    },
  }
}

describe('Settings → Team on a PostgreSQL server the firm already has', () => {
  const admin = new URL(inject('postgresAdminUrl'))
  let teamName: string
  let owner: Computer
  let member: Computer | undefined

  beforeEach(async () => {
    teamName = `Lumen ${process.pid} ${++made}`
    owner = await computer()
  })

  afterEach(async () => {
    await member?.session.close()
    await owner.session.close()
    for (const dir of [owner.dir, member?.dir]) if (dir) rmSync(dir, { recursive: true, force: true })
    member = undefined
    const client = new pg.Client({ connectionString: admin.toString() })
    await client.connect()
    const database = `baton_${teamName.toLowerCase().replace(/ /g, '_')}`
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    const { rows } = await client.query<{ rolname: string }>(`SELECT rolname FROM pg_roles WHERE rolname LIKE $1 ORDER BY rolname = $2`, [`${database}\\_%`, `${database}_admin`])
    for (const { rolname } of rows) await client.query(`DROP ROLE IF EXISTS "${rolname}"`)
    await client.end()
  })

  const setUp = (moveThisWorkspace = false) =>
    owner.call('teamServer.useServer', {
      moveThisWorkspace,
      host: admin.hostname,
      port: Number(admin.port),
      adminUser: decodeURIComponent(admin.username),
      adminPassword: decodeURIComponent(admin.password),
      teamName,
      yourName: 'Olivia Owner',
      email: 'olivia@lumen.test',
    })

  it('sets the team up with the owner signed in, and forgets the administrator’s login', async () => {
    expect(await owner.call('teamServer.status', {})).toMatchObject({ kind: 'solo', fileName: 'baton.sqlite', title: `Baton — ${join(owner.dir, 'solo')} (solo)` })
    const status = await setUp()
    expect(status).toMatchObject({ kind: 'team', teamName, title: `Baton — ${teamName} (team, ${admin.hostname})`, role: 'owner', memberName: 'Olivia Owner', trust: 'this-computer', managed: true })
    const keychain = readFileSync(join(owner.dir, 'keychain.json'), 'utf8')
    expect(keychain).not.toContain(Buffer.from(decodeURIComponent(admin.password)).toString('base64'))
    expect(readFileSync(join(owner.dir, 'team-workspaces.json'), 'utf8')).not.toMatch(/password/i)
    expect((await owner.call('teamServer.members', {})).map((m) => [m.name, m.role, m.isYou])).toEqual([['Olivia Owner', 'owner', true]])
  })

  it('invites a member with an invitation file the member opens to join, and holds them to their role', async () => {
    await setUp()
    const lead = await owner.call('leads.create', { personName: 'Dana Li', owner: 'Olivia Owner' })
    const issued = await owner.call('teamServer.invite', { name: 'Mo Member', email: null, role: 'member' })
    expect(issued.password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/)
    const file = join(owner.dir, 'Mo Member.baton-team')
    owner.platform.savePaths.push(file)
    expect(await owner.call('teamServer.saveInvitation', { memberId: issued.member.id })).toEqual({ path: file })
    expect(owner.platform.savePrompts.at(-1)).toEqual({ suggestedName: 'Mo Member.baton-team', filter: { name: 'Baton team invitation', extensions: ['baton-team'] } })
    const invitation = parseInvitation(readFileSync(file, 'utf8'), 'Mo Member.baton-team')
    expect(invitation).toMatchObject({ team: teamName, member: { name: 'Mo Member', role: 'member' }, login: { user: issued.login, password: issued.password }, issued: { by: 'Olivia Owner' } })

    member = await computer()
    member.platform.invitationFiles.push(file)
    expect(await member.call('teamServer.openInvitation', {})).toMatchObject({ teamName, memberName: 'Mo Member', role: 'member', login: issued.login })
    expect(await member.call('teamServer.join', { source: 'invitation' })).toMatchObject({ kind: 'team', role: 'member', memberName: 'Mo Member' })

    const refused = async (failing: Promise<AppErrorShape>, words: string) => {
      const error = await failing
      expect(error.code).toBe('forbidden')
      expect(error.message).toContain(words)
    }
    await refused(member.fail('preferences.update', { theme: 'dark' }), 'Only the team’s owners can change the workspace’s settings')
    await refused(member.fail('stages.create', { pipelineId: 1, name: 'Demo' }), 'change pipelines and stages')
    await refused(member.fail('leads.delete', { id: lead.id }), 'belongs to someone else, so it was kept')
    const own = await member.call('leads.create', { personName: 'Bo Chen', owner: 'Mo Member' })
    expect(await member.call('leads.delete', { id: own.id })).toEqual({ id: own.id })
    expect(await member.fail('leads.bulk', { leadIds: [lead.id], action: { type: 'delete' } })).toMatchObject({ code: 'forbidden' })
    expect((await member.call('leads.get', { id: lead.id })).personName).toBe('Dana Li')

    // The member's Baton opens the team again at its next start, with the password from its keychain.
    await member.session.close()
    member = await computer(member.dir)
    expect(await member.call('teamServer.status', {})).toMatchObject({ kind: 'team', role: 'member' })

    // Removed: the member's next call fails, and their lead stays theirs on the list.
    const removed = await owner.call('teamServer.remove', { memberId: issued.member.id })
    expect(removed.endedSessions).toBeGreaterThanOrEqual(1)
    expect(await member.fail('leads.list', {})).toMatchObject({ code: 'database' })
    expect(await owner.call('teamServer.members', {})).toContainEqual(expect.objectContaining({ name: 'Mo Member', role: null, archived: true }))
    expect(await owner.fail('teamServer.saveInvitation', { memberId: 9999 })).toMatchObject({ code: 'rule' })
  })

  it('moves the solo workspace into the new team: the same leads, the owner signed in, the solo file kept', async () => {
    for (const [personName, value] of [['Dana Li', 1250_00], ['Bo Chen', 80_00], ['Ana Ruiz', 0]] as const) {
      await owner.call('leads.create', { personName, owner: 'Olivia Owner', valueMinor: value })
    }
    await owner.call('leads.create', { personName: 'Sam Poe', owner: 'Sam Seller' })
    const soloLeads = await owner.call('leads.list', {})
    const status = await setUp(true)
    expect(status).toMatchObject({ kind: 'team', role: 'owner', moved: { leads: 4, soloKeptAt: join(owner.dir, 'solo', 'baton.sqlite') } })
    expect(await owner.call('leads.list', {})).toEqual(soloLeads)
    // The owner's login stays theirs; the solo workspace's other owner is on the team list without one.
    const members = await owner.call('teamServer.members', {})
    expect(members.map((m) => [m.name, m.role, m.isYou])).toEqual(expect.arrayContaining([['Olivia Owner', 'owner', true], ['Sam Seller', null, false]]))
    // New leads on the team come after the moved ones.
    const added = await owner.call('leads.create', { personName: 'New on the team' })
    expect(added.id).toBeGreaterThan(Math.max(...soloLeads.leads.map((l) => l.id)))

    // Save an offline copy: the team as it stands, in a solo file that opens in Baton.
    const file = join(owner.dir, 'offline.sqlite')
    owner.platform.savePaths.push(file)
    expect(await owner.call('teamServer.saveOfflineCopy', {})).toMatchObject({ path: file, leads: 5 })
    const offline = await openDatabase(file)
    try {
      expect((await offline.db.selectFrom('leads').select('person_id').execute()).length).toBe(5)
    } finally {
      await offline.close()
    }
    expect(await owner.call('teamServer.saveOfflineCopy', {})).toBeNull()

    expect(await owner.call('teamServer.openSolo', {})).toMatchObject({ kind: 'solo' })
    expect(await owner.call('leads.list', {})).toEqual(soloLeads)
    expect(await owner.fail('teamServer.saveOfflineCopy', {})).toMatchObject({ code: 'rule' })
  })

  it('goes back to the solo workspace, and opens that at the next start', async () => {
    await setUp()
    expect(await owner.call('teamServer.openSolo', {})).toMatchObject({ kind: 'solo' })
    await owner.session.close()
    owner = await computer(owner.dir)
    expect(await owner.call('teamServer.status', {})).toMatchObject({ kind: 'solo' })
  })

  it('lists the team and the solo workspace to open, most recent first, and switches between them by the list', async () => {
    await setUp()
    const recent = await owner.call('workspaces.recent', {})
    expect(recent).toMatchObject([
      { kind: 'team', isOpen: true, teamName, host: admin.hostname, port: Number(admin.port), memberName: 'Olivia Owner', hostedHere: false },
      { kind: 'solo', isOpen: false, path: join(owner.dir, 'solo'), missing: false },
    ])
    expect(readFileSync(join(owner.dir, 'recent-workspaces.json'), 'utf8')).not.toMatch(/password|baton_/i)
    await owner.call('leads.create', { personName: 'Dana Li' })

    expect(await owner.call('workspaces.open', { key: recent[1]!.key })).toMatchObject({ kind: 'solo', title: `Baton — ${join(owner.dir, 'solo')} (solo)` })
    expect((await owner.call('app.info', {})).leadCount).toBe(0)
    expect(await owner.call('workspaces.open', { key: recent[0]!.key })).toMatchObject({ kind: 'team', title: `Baton — ${teamName} (team, ${admin.hostname})` })
    expect((await owner.call('app.info', {})).leadCount).toBe(1)
    expect((await owner.call('workspaces.recent', {})).map((w) => [w.kind, w.isOpen])).toEqual([
      ['team', true],
      ['solo', false],
    ])
    await owner.session.close()
    owner = await computer(owner.dir)
    expect(await owner.call('teamServer.status', {})).toMatchObject({ kind: 'team', teamName })
  })
})
