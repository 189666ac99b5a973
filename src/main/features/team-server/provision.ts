import { sql } from 'kysely'
import pg from 'pg'
import { AppError } from '@shared/errors'
import { redactAddress } from '../../db/address'
import { openPostgres, type ServerTarget } from '../../db/open-postgres'
import { teamRoleName, type TeamRole } from '../../db/team-roles'
import { installMemberFunctions } from './member-functions'
import { loginFor, addLogin } from './members'

// Setting up a team on a server, once, with an administrator's login that is then forgotten:
// the group roles, the database (owned by the owner group, C locale), its schema (migrations
// run as the owner group), the rights of each role, the functions that manage logins, and the
// first owner's own login. A failure takes back everything it made.

export interface ProvisionInput {
  /** The server's administrator, on its maintenance database (a superuser, or a role with CREATEROLE and CREATEDB). */
  admin: ServerTarget
  /** The new database's name (see databaseNameFor). */
  database: string
  teamName: string
  owner: { name: string; email: string | null }
  /** Hosted by Baton: nobody but the team may connect to the server's other databases either. */
  closeOtherDatabases?: boolean
}

export interface Provisioned {
  database: string
  owner: { name: string; login: string; password: string }
}

const SERVER_VERSION_MIN = 140000

/** A database name for a team: `baton_` and its name folded to lower-case ASCII letters, digits and underscores. */
export function databaseNameFor(teamName: string): string {
  const slug = teamName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 30)
    .replace(/_+$/, '')
  return `baton_${slug || 'team'}`
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

function onDatabase(target: ServerTarget, database: string): ServerTarget {
  const url = new URL(target.url)
  url.pathname = `/${database}`
  return { ...target, url: url.toString() }
}

async function adminClient(target: ServerTarget): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: target.url, ...(target.ssl ? { ssl: target.ssl } : {}), application_name: 'baton-setup', connectionTimeoutMillis: 10_000 })
  client.on('error', () => undefined)
  await client.connect()
  return client
}

interface AdminRights {
  superuser: boolean
  user: string
}

async function checkAdmin(client: pg.Client, address: string, database: string): Promise<AdminRights> {
  const { rows } = await client.query<{ version: number; superuser: boolean; createrole: boolean; createdb: boolean; user: string; taken: boolean; roles: number }>(
    `SELECT current_setting('server_version_num')::int AS version, r.rolsuper AS superuser, r.rolcreaterole AS createrole, r.rolcreatedb AS createdb, current_user AS user,
            EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS taken,
            (SELECT count(*) FROM pg_roles WHERE rolname LIKE $1 || '\\_%')::int AS roles
     FROM pg_roles r WHERE r.rolname = current_user`,
    [database],
  )
  const row = rows[0]!
  if (row.version < SERVER_VERSION_MIN) {
    throw new AppError('rule', `The server at ${address} runs PostgreSQL ${Math.floor(row.version / 10000)}; Baton needs PostgreSQL 14 or newer.`)
  }
  if (!row.superuser && !(row.createrole && row.createdb)) {
    throw new AppError('rule', `${row.user} may not create databases and logins on ${address}. Sign in as the server's administrator (a superuser, or a role with CREATEDB and CREATEROLE).`)
  }
  if (row.taken || row.roles > 0) {
    throw new AppError('conflict', `The server at ${address} already has a team database or logins named ${database}. Choose another team name.`, 'teamName')
  }
  return { superuser: row.superuser, user: row.user }
}

/** Creates the team on the server; returns the first owner's login and password (shown once). */
export async function provisionTeam(input: ProvisionInput): Promise<Provisioned> {
  const { database } = input
  const address = redactAddress(input.admin.url)
  const roles = { admin: teamRoleName(database, 'admin'), ...Object.fromEntries((['owner', 'member', 'viewer'] as TeamRole[]).map((r) => [r, teamRoleName(database, r)])) } as Record<
    TeamRole | 'admin',
    string
  >
  const client = await adminClient(input.admin)
  const made: string[] = []
  let owner: { login: string; password: string } | undefined
  try {
    const rights = await checkAdmin(client, address, database)
    const run = (statement: string) => client.query(statement)
    await run(`CREATE ROLE ${quote(roles.admin)} NOLOGIN CREATEROLE`)
    made.push(roles.admin)
    for (const role of ['owner', 'member', 'viewer'] as const) {
      await run(`CREATE ROLE ${quote(roles[role])} NOLOGIN`)
      made.push(roles[role])
      await run(`GRANT ${quote(roles[role])} TO ${quote(roles.admin)} WITH ADMIN OPTION`)
    }
    // A non-superuser administrator acts as the owner group and the admin role while it sets up.
    if (!rights.superuser) await run(`GRANT ${quote(roles.owner)}, ${quote(roles.admin)} TO ${quote(rights.user)}`)
    await run(`CREATE DATABASE ${quote(database)} OWNER ${quote(roles.owner)} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0`)
    made.push(`database:${database}`)
    await run(`REVOKE ALL ON DATABASE ${quote(database)} FROM PUBLIC`)
    await run(`GRANT CONNECT ON DATABASE ${quote(database)} TO ${quote(roles.owner)}, ${quote(roles.member)}, ${quote(roles.viewer)}`)
    if (input.closeOtherDatabases) {
      for (const other of ['postgres', 'template1']) await run(`REVOKE CONNECT, TEMPORARY ON DATABASE ${quote(other)} FROM PUBLIC`)
    }

    const target = onDatabase(input.admin, database)
    const inside = await adminClient(target)
    try {
      // Extensions first, as the administrator: the migrations' CREATE EXTENSION IF NOT EXISTS then finds them.
      await inside.query(`CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public`)
      await inside.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`)
      await inside.query(`ALTER SCHEMA public OWNER TO ${quote(roles.owner)}`)
      await inside.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`)
    } finally {
      await inside.end().catch(() => undefined)
    }
    // The schema, made by the owner group (openPostgres migrates a team database as its owners).
    const workspace = await openPostgres(target)
    try {
      await workspace.db.connection().execute(async (db) => {
        await installMemberFunctions(db, database)
        owner = await loginFor(db, database, input.owner.name)
        await addLogin(db, { ...input.owner, ...owner, role: 'owner' })
        await sql`UPDATE settings SET firm_name = ${input.teamName} WHERE firm_name = ''`.execute(db)
      })
    } finally {
      await workspace.close()
    }
    if (!rights.superuser) await run(`REVOKE ${quote(roles.owner)}, ${quote(roles.admin)} FROM ${quote(rights.user)}`)
    return { database, owner: { name: input.owner.name, ...owner! } }
  } catch (error) {
    await undo(client, made, owner?.login)
    throw error
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Takes back what a failed setup made, newest first; what cannot be dropped is left for the administrator. */
async function undo(client: pg.Client, made: string[], ownerLogin: string | undefined): Promise<void> {
  const steps = [...made].reverse().map((name) =>
    name.startsWith('database:') ? `DROP DATABASE IF EXISTS ${quote(name.slice('database:'.length))} WITH (FORCE)` : `DROP ROLE IF EXISTS ${quote(name)}`,
  )
  // The owner's login exists only inside the database's setup; it goes before the groups.
  if (ownerLogin) steps.splice(1, 0, `DROP ROLE IF EXISTS ${quote(ownerLogin)}`)
  for (const statement of steps) await client.query(statement).catch(() => undefined)
}
