import { randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join as joinPath } from 'node:path'
import type { z } from 'zod'
import type { HostInput, InvitationPreview, IssuedInvitation, OfflineCopy, TeamRole, TypedJoinInput, UseServerInput, WorkspaceMoved, WorkspaceStatus } from '@shared/contract/teamServer'
import { AppError } from '@shared/errors'
import { openDatabase } from '../../db/open'
import type { HandlerContext, WorkspaceSession } from '../context'
import { moveToServer, writeSoloCopy } from '../workspace-copy/workspaceCopy.service'
import { isThisComputer, targetFor, trustFor, type TeamProfile, type Trust } from './connection'
import { networkAddresses, passwordKey, startHostedTeam } from './hosting'
import { formatInvitation, INVITATION_EXTENSION, makeInvitation, parseInvitation, trustOf, type Invitation } from './invitation'
import { databaseNameFor, provisionTeam } from './provision'
import { workspaceStatus } from './status'

// The three ways to a team (host it here, set it up on the firm's server, join with an
// invitation) and the invitations an owner hands out. Each way ends by opening the team
// workspace in place of the one open now; the window then reloads everything it shows.

/** What this window holds in memory only: the invitation file opened to join, and passwords issued but not yet saved. */
interface Pending {
  invitation?: { invitation: Invitation; fileName: string }
  issued: Map<number, { login: string; password: string; name: string; role: TeamRole }>
}
const pending = new WeakMap<WorkspaceSession, Pending>()
const pendingFor = (session: WorkspaceSession): Pending => {
  let found = pending.get(session)
  if (!found) pending.set(session, (found = { issued: new Map() }))
  return found
}

const HOST_FOLDER = 'team-server'

function checkListen(listen: string): void {
  if (listen === '127.0.0.1' || listen === '0.0.0.0') return
  if (!networkAddresses().some((a) => a.address === listen)) {
    throw new AppError('invalid_input', `${listen} is not an address of this computer. Choose one from the list.`, 'listen')
  }
}

/**
 * Opens the new team in place of the solo workspace and, asked to, copies the solo workspace
 * into it first thing (moveToServer: one checked transaction). A move that fails goes back to
 * the solo workspace, unchanged, and says why; the team's database is left empty.
 */
async function openMoving(ctx: HandlerContext, target: Parameters<WorkspaceSession['switchTo']>[0], move: boolean): Promise<WorkspaceStatus> {
  const solo = ctx.safety.database
  if (move && solo.engine !== 'sqlite') throw new AppError('rule', 'A team workspace is open: open your solo workspace first, then move it to a team server.')
  const next = await ctx.session.switchTo(target)
  if (!move || solo.engine !== 'sqlite') return workspaceStatus(next)
  let moved: WorkspaceMoved
  try {
    const file = await openDatabase(solo.file)
    try {
      const summary = await moveToServer(file, next.safety.database)
      moved = { tables: summary.tables, rows: summary.rows, leads: summary.leads, soloKeptAt: solo.file }
    } finally {
      await file.close()
    }
  } catch (error) {
    await ctx.session.switchTo({ kind: 'solo' })
    throw error
  }
  movedInto.set(ctx.session, { context: next, moved })
  return statusWithMove(next)
}

// What the last move copied, said on Settings → Team for as long as that team stays open.
const movedInto = new WeakMap<WorkspaceSession, { context: HandlerContext; moved: WorkspaceMoved }>()

/** The open workspace's status, with what was moved into it when it was opened by a move. */
export async function statusWithMove(ctx: HandlerContext): Promise<WorkspaceStatus> {
  const status = await workspaceStatus(ctx)
  const last = movedInto.get(ctx.session)
  return status.kind === 'team' && last && last.context.safety === ctx.safety ? { ...status, moved: last.moved } : status
}

async function open(ctx: HandlerContext, profile: TeamProfile, password: string, move = false): Promise<WorkspaceStatus> {
  await ctx.session.keychain.set(passwordKey(profile.id), password)
  try {
    return await openMoving(ctx, { kind: 'team', profile }, move)
  } catch (error) {
    await ctx.session.keychain.delete(passwordKey(profile.id))
    throw error
  }
}

/** Host it on this computer: the server in Baton's folder, the team set up with this person as its owner. */
export async function hostHere(ctx: HandlerContext, input: z.infer<typeof HostInput>): Promise<WorkspaceStatus> {
  if (ctx.safety.database.engine !== 'sqlite') throw new AppError('rule', 'A team workspace is open. Open your solo workspace first, then host a new team.')
  checkListen(input.listen)
  const hosted = await startHostedTeam({
    dataDir: joinPath(ctx.session.appDataDir, HOST_FOLDER),
    port: input.port,
    listen: input.listen,
    keychain: ctx.session.keychain,
    teamName: input.teamName,
    owner: { name: input.yourName, email: input.email },
  })
  try {
    return await openMoving(ctx, { kind: 'team', profile: hosted.profile, hosted: hosted.server }, input.moveThisWorkspace)
  } catch (error) {
    await hosted.server.stop().catch(() => undefined)
    throw error
  }
}

/** Use a PostgreSQL server the firm has: the admin login sets the team up, then is forgotten. */
export async function useServer(ctx: HandlerContext, input: z.infer<typeof UseServerInput>): Promise<WorkspaceStatus> {
  const trust = await trustFor(input.host, input.port, input.fingerprint)
  const admin = targetFor({ host: input.host, port: input.port, database: 'postgres', login: input.adminUser, trust }, input.adminPassword)
  const provisioned = await provisionTeam({ admin, database: databaseNameFor(input.teamName), teamName: input.teamName, owner: { name: input.yourName, email: input.email } })
  const profile: TeamProfile = {
    id: randomUUID(),
    teamName: input.teamName,
    host: input.host,
    port: input.port,
    database: provisioned.database,
    login: provisioned.owner.login,
    memberName: input.yourName,
    trust,
  }
  return open(ctx, profile, provisioned.owner.password, input.moveThisWorkspace)
}

/** Reads an invitation the person picked; kept in memory until they join or pick another. */
export async function openInvitation(ctx: HandlerContext): Promise<InvitationPreview | null> {
  const path = await ctx.platform.pickInvitationFile()
  if (path === null) return null
  const fileName = basename(path)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new AppError('not_found', `Baton could not read ${fileName}. Check the file is still there, then try again.`)
  }
  const invitation = parseInvitation(text, fileName)
  pendingFor(ctx.session).invitation = { invitation, fileName }
  return {
    fileName,
    teamName: invitation.team,
    memberName: invitation.member.name,
    role: invitation.member.role,
    host: invitation.server.host,
    port: invitation.server.port,
    database: invitation.server.database,
    login: invitation.login.user,
    fingerprint: invitation.tls.mode === 'pinned' ? invitation.tls.fingerprint : null,
  }
}

/** Joins with the invitation just opened, or with the same details typed by hand (the certificate fetched and checked against the fingerprint). */
export async function join(ctx: HandlerContext, input: { source: 'invitation' } | z.infer<typeof TypedJoinInput>): Promise<WorkspaceStatus> {
  if (input.source === 'invitation') {
    const opened = pendingFor(ctx.session).invitation
    if (!opened) throw new AppError('rule', 'Open the invitation file first.')
    const { invitation } = opened
    const profile: TeamProfile = {
      id: randomUUID(),
      teamName: invitation.team,
      ...invitation.server,
      login: invitation.login.user,
      memberName: invitation.member.name,
      trust: trustOf(invitation),
    }
    const status = await open(ctx, profile, invitation.login.password)
    pendingFor(ctx.session).invitation = undefined
    return status
  }
  const trust = await trustFor(input.host, input.port, input.fingerprint)
  const profile: TeamProfile = { id: randomUUID(), teamName: input.database, host: input.host, port: input.port, database: input.database, login: input.login, memberName: null, trust }
  return open(ctx, profile, input.password)
}

/** Writes the open team workspace, from one consistent snapshot, to a solo file the person picks. */
export async function saveOfflineCopy(ctx: HandlerContext): Promise<OfflineCopy | null> {
  const database = ctx.safety.database
  if (database.engine !== 'postgres') throw new AppError('rule', 'This is a solo workspace: its file is already on this computer. Back it up from Settings → Backups.')
  const status = await workspaceStatus(ctx)
  const name = status.kind === 'team' ? status.teamName : 'Team workspace'
  const day = new Date().toISOString().slice(0, 10)
  const path = await ctx.platform.pickSavePath(`${name.replace(/[\\/:*?"<>|]/g, '-')} offline copy ${day}.sqlite`, { name: 'Baton workspace', extensions: ['sqlite'] })
  if (path === null) return null
  const copy = await writeSoloCopy(database, path)
  return { path, leads: copy.leads, rows: copy.rows }
}

export async function openSolo(ctx: HandlerContext): Promise<WorkspaceStatus> {
  return workspaceStatus(await ctx.session.switchTo({ kind: 'solo' }))
}

/** Remembers an issued password in this window only, for "Save invitation…". */
export function rememberIssued(ctx: HandlerContext, issued: IssuedInvitation): IssuedInvitation {
  pendingFor(ctx.session).issued.set(issued.member.id, { login: issued.login, password: issued.password, name: issued.member.name, role: issued.member.role ?? 'member' })
  return issued
}

/** How members reach the server: the profile's address, or for a hosted server one of this computer's network addresses. */
function invitationAddress(status: Extract<WorkspaceStatus, { kind: 'team' }>): string {
  if (!status.hostedHere) return status.host
  if (status.hostedHere.listen === '127.0.0.1') return '127.0.0.1'
  return status.hostedHere.addresses[0] ?? status.host
}

/** Writes the invitation issued in this window for the member to a .baton-team file the person picks. */
export async function saveInvitation(ctx: HandlerContext, memberId: number): Promise<{ path: string } | null> {
  const issued = pendingFor(ctx.session).issued.get(memberId)
  if (!issued) throw new AppError('rule', 'Baton keeps a new password only until its invitation is saved or the window closes. Make a new password for this member, then save the invitation.')
  const status = await workspaceStatus(ctx)
  if (status.kind !== 'team') throw new AppError('rule', 'Invitations are for a team workspace.')
  const trust: Trust = ctx.session.profile?.trust ?? { mode: isThisComputer(status.host) ? 'this-computer' : 'public' }
  const host = invitationAddress(status)
  if (trust.mode === 'this-computer' && !isThisComputer(host)) throw new AppError('rule', 'This server offers no TLS, so only this computer may connect to it.')
  const path = await ctx.platform.pickSavePath(`${issued.name}.${INVITATION_EXTENSION}`, { name: 'Baton team invitation', extensions: [INVITATION_EXTENSION] })
  if (path === null) return null
  const invitation = makeInvitation({
    teamName: status.teamName,
    host,
    port: status.port,
    database: status.database,
    memberName: issued.name,
    role: issued.role,
    login: issued.login,
    password: issued.password,
    trust,
    issuedBy: status.memberName,
  })
  // The file holds a password: only its owner may read it.
  writeFileSync(path, formatInvitation(invitation), { mode: 0o600 })
  return { path }
}
