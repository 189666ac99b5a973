import { sql, type Kysely } from 'kysely'
import type { TeamAccessMember, TeamRole } from '@shared/contract/teamServer'
import { nowIso } from '@shared/domain/dates'
import { AppError, notFound } from '@shared/errors'
import { engineCode } from '../../db/dialect/errors'
import type { Database } from '../../db/schema'
import { teamRolesOf } from '../../db/team-roles'
import { generatePassword, scramVerifier } from './passwords'

// The team's members as people (the team list owner fields pick from) and as logins with a
// role. Reads come from the catalog, so what the list says is what the server enforces; every
// change goes through the baton_team functions (member-functions.ts).

type Db = Kysely<Database>

const MAX_LOGIN = 63

/** The login's name part: a person's name folded to lower-case ASCII. */
function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  return slug || 'member'
}

/** A login name not taken on the server (`<db>_dana_li`, `<db>_dana_li_2`…) and a new password. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- reads the catalog
export async function loginFor(db: Kysely<any>, database: string, name: string): Promise<{ login: string; password: string }> {
  const base = `${database}_${slugOf(name)}`.slice(0, MAX_LOGIN - 3).replace(/_+$/, '')
  const { rows } = await sql<{ rolname: string }>`SELECT rolname FROM pg_roles WHERE rolname LIKE ${`${base}%`}`.execute(db)
  const taken = new Set(rows.map((r) => r.rolname))
  let login = base
  for (let n = 2; taken.has(login); n++) login = `${base}_${n}`
  return { login, password: generatePassword() }
}

const ROLE_NAMES: Record<TeamRole, string> = { owner: 'an owner', member: 'a member', viewer: 'a viewer' }

/** What the server said, in words, for the refusals the baton_team functions make. */
function refused(error: unknown, name: string): never {
  const code = engineCode(error)
  if (code === '2BP01') throw new AppError('rule', `The team needs at least one owner: make someone else an owner before changing ${name}.`)
  if (code === '42501') throw new AppError('forbidden', "Only the team's owners can change who is on the team.")
  if (code === '42704') throw new AppError('not_found', `${name} no longer has a login on this team.`)
  throw error
}

interface MemberRow {
  id: number
  name: string
  email: string | null
  login: string | null
  archived_at: string | null
  role: TeamRole | null
  signed_in: boolean
  is_you: boolean
  lead_count: number
}

/** Everyone on the team list, with their login's role and whether they are signed in now. */
export async function listAccess(db: Db): Promise<TeamAccessMember[]> {
  const roles = await teamRolesOf(db)
  if (!roles) throw new AppError('rule', 'This workspace has no team logins: it was not set up by Baton as a team.')
  const { rows } = await sql<MemberRow>`
    SELECT m.id, m.name, m.email, m.login, m.archived_at,
           CASE WHEN r.oid IS NULL OR NOT r.rolcanlogin THEN NULL
                WHEN pg_has_role(r.oid, ${roles.owner}, 'MEMBER') THEN 'owner'
                WHEN pg_has_role(r.oid, ${roles.member}, 'MEMBER') THEN 'member'
                WHEN pg_has_role(r.oid, ${roles.viewer}, 'MEMBER') THEN 'viewer' END AS role,
           EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.usename = m.login) AS signed_in,
           coalesce(m.login = session_user, false) AS is_you,
           (SELECT count(*) FROM leads l WHERE l.owner = m.name) AS lead_count
    FROM team_members m LEFT JOIN pg_roles r ON r.rolname = m.login
    ORDER BY CASE WHEN m.archived_at IS NULL THEN 0 ELSE 1 END, m.name`.execute(db)
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    login: row.role ? row.login : null,
    role: row.role,
    signedIn: row.signed_in,
    isYou: row.is_you,
    archived: row.archived_at !== null,
    leadCount: Number(row.lead_count),
  }))
}

async function memberById(db: Db, id: number): Promise<TeamAccessMember> {
  const member = (await listAccess(db)).find((m) => m.id === id)
  if (!member) throw notFound('That team member')
  return member
}

export interface NewLogin {
  name: string
  email: string | null
  login: string
  password: string
  role: TeamRole
}

/**
 * Creates the login and links it to the person on the team list (a person already on it, who
 * may own leads, keeps them). One transaction: the login exists only if the link does.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs during setup too, before the workspace's types apply
export async function addLogin(db: Kysely<any>, input: NewLogin): Promise<number> {
  return (db as Db).transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('team_members').select(['id', 'login']).where(sql<boolean>`lower(name) = lower(${input.name})`).executeTakeFirst()
    if (existing?.login) throw new AppError('conflict', `${input.name} is already on the team.`, 'name')
    await sql`SELECT baton_team.add_login(${input.login}, ${scramVerifier(input.password)}, ${input.role})`.execute(trx).catch((error: unknown) => refused(error, input.name))
    if (existing) {
      await trx.updateTable('team_members').set({ login: input.login, archived_at: null, ...(input.email ? { email: input.email } : {}) }).where('id', '=', existing.id).execute()
      return existing.id
    }
    const row = await trx
      .insertInto('team_members')
      .values({ name: input.name, email: input.email, login: input.login, created_at: nowIso() })
      .returning('id')
      .executeTakeFirstOrThrow()
    return row.id
  })
}

/** Invites someone: a login with a new password (shown once, put in the invitation). */
export async function inviteMember(db: Db, input: { name: string; email: string | null; role: TeamRole }): Promise<{ member: TeamAccessMember; login: string; password: string }> {
  const roles = await teamRolesOf(db)
  if (!roles) throw new AppError('rule', 'This workspace has no team logins: it was not set up by Baton as a team.')
  const made = await loginFor(db, roles.database, input.name)
  const id = await addLogin(db, { ...input, ...made })
  return { member: await memberById(db, id), ...made }
}

async function loginOf(db: Db, id: number): Promise<{ name: string; login: string }> {
  const row = await db.selectFrom('team_members').select(['name', 'login']).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('That team member')
  if (!row.login) throw new AppError('rule', `${row.name} has no login on this team: invite them first.`)
  return { name: row.name, login: row.login }
}

/** A new password for a member (their old one stops working): for a lost invitation. */
export async function newPassword(db: Db, id: number): Promise<{ member: TeamAccessMember; login: string; password: string }> {
  const { name, login } = await loginOf(db, id)
  const password = generatePassword()
  await sql`SELECT baton_team.set_password(${login}, ${scramVerifier(password)})`.execute(db).catch((error: unknown) => refused(error, name))
  return { member: await memberById(db, id), login, password }
}

export async function setMemberRole(db: Db, id: number, role: TeamRole): Promise<TeamAccessMember> {
  const { name, login } = await loginOf(db, id)
  await sql`SELECT baton_team.set_role(${login}, ${role})`.execute(db).catch((error: unknown) => refused(error, name))
  return memberById(db, id)
}

/**
 * Removes a member: their login stops at once (no new sign-in, no rights left in a session
 * still open), then their open sessions end and the login is dropped. Their leads stay theirs;
 * they stay on the team list, archived, so the leads still name their owner.
 */
export async function removeMember(db: Db, id: number): Promise<{ name: string; endedSessions: number }> {
  const { name, login } = await loginOf(db, id)
  const you = await sql<{ you: boolean }>`SELECT ${login} = session_user AS you`.execute(db)
  if (you.rows[0]?.you) throw new AppError('rule', 'You cannot remove yourself from the team. Ask another owner to do it.')
  await db.transaction().execute(async (trx) => {
    await sql`SELECT baton_team.disable_login(${login})`.execute(trx).catch((error: unknown) => refused(error, name))
    await trx.updateTable('team_members').set({ login: null, archived_at: nowIso() }).where('id', '=', id).execute()
  })
  // Only now, with the login unable to sign in again, are its sessions cut off.
  const { rows } = await sql<{ ended: number }>`SELECT baton_team.end_sessions(${login}) AS ended`.execute(db)
  return { name, endedSessions: Number(rows[0]?.ended ?? 0) }
}

export const roleLabel = (role: TeamRole) => ROLE_NAMES[role]
