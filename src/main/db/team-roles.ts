import { sql, type Kysely } from 'kysely'

// What each role of a team workspace may do, enforced by the PostgreSQL server itself, so
// that a member who connects with psql or a spreadsheet's ODBC driver meets the same rules
// as Baton's window:
//
// - owner: everything. The tables belong to the database's owner group `<db>_owner`, and
//   owners are its members. Migrations run as that group, so every table they add is the
//   group's, and the default privileges below cover it the moment it is created.
// - member: reads everything; adds and edits records; deletes what is part of editing
//   (a tag, an activity, a touch, a spend line, a link) and the leads they own (a row rule:
//   like Pipedrive's regular users, whose own deals stay theirs to remove), but not other
//   people's leads, campaigns, goals, segments, people or organisations; never changes the
//   team, pipelines and stages, lost reasons or the firm's settings.
// - viewer: reads (and so exports) everything, writes nothing.
//
// The roles are NOLOGIN group roles named after the database; each person signs in with a
// login of their own that belongs to one of them (see features/team-server/members.ts).

export type TeamRole = 'owner' | 'member' | 'viewer'
export const TEAM_ROLES: readonly TeamRole[] = ['owner', 'member', 'viewer']

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- reads the catalog, not Baton's tables
type AnyDb = Kysely<any>

/** The group role of `role` in the team database `database`; the admin role runs the member functions. */
export const teamRoleName = (database: string, role: TeamRole | 'admin') => `${database}_${role}`

/** Only the owners may write these at all. */
const OWNER_ONLY_TABLES = ['settings', 'pipelines', 'stages', 'lost_reasons', 'team_members', 'schema_migrations']
/** Members add and edit these; only owners delete them (leads: members their own, by a row rule). */
const OWNER_DELETES_TABLES = ['campaigns', 'goals', 'segments', 'people', 'organizations', 'leads']

export interface TeamRoles {
  database: string
  owner: string
  member: string
  viewer: string
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** The group roles of the database `db` is connected to, or null when it is not a team database (a plain PostgreSQL workspace). */
export async function teamRolesOf(db: AnyDb): Promise<TeamRoles | null> {
  const { rows } = await sql<{ database: string; found: number }>`
    SELECT current_database() AS database,
           (SELECT count(*) FROM pg_roles WHERE rolname IN (current_database() || '_owner', current_database() || '_member', current_database() || '_viewer'))::int AS found`.execute(db)
  const row = rows[0]
  if (!row || row.found < 3) return null
  return { database: row.database, owner: teamRoleName(row.database, 'owner'), member: teamRoleName(row.database, 'member'), viewer: teamRoleName(row.database, 'viewer') }
}

/** The role the signed-in login holds: by its group, else (a plain workspace) by what it may do. */
export async function roleOfSession(db: AnyDb): Promise<TeamRole> {
  const roles = await teamRolesOf(db)
  if (roles) {
    const { rows } = await sql<{ owner: boolean; member: boolean }>`
      SELECT pg_has_role(session_user, ${roles.owner}, 'MEMBER') AS owner, pg_has_role(session_user, ${roles.member}, 'MEMBER') AS member`.execute(db)
    if (rows[0]?.owner) return 'owner'
    if (rows[0]?.member) return 'member'
    return 'viewer'
  }
  const { rows } = await sql<{ settings: boolean; leads: boolean }>`
    SELECT has_table_privilege('settings', 'UPDATE') AS settings, has_table_privilege('leads', 'INSERT') AS leads`.execute(db)
  return rows[0]?.settings ? 'owner' : rows[0]?.leads ? 'member' : 'viewer'
}

/** A member or viewer opened a team workspace that this build would migrate: only an owner may change its tables. */
export class TeamUpdateNeedsOwnerError extends Error {
  constructor(readonly address: string) {
    super(
      `This team workspace (${address}) needs an update that comes with this version of Baton, and only one of the team's owners may make it. ` +
        'Nothing was changed. Ask an owner to open the workspace with this version of Baton first, then try again.',
    )
    this.name = 'TeamUpdateNeedsOwnerError'
  }
}

/**
 * Runs `migrate` on a team database as its owner group, so what it creates belongs to the
 * group (not to whichever owner happened to open the workspace first), then grants each role
 * what it may do on every table there is now. A plain PostgreSQL workspace just migrates.
 * `connection` must be one connection: SET ROLE holds for it alone.
 */
export async function migrateAsTeam(connection: AnyDb, address: string, pending: boolean, migrate: () => Promise<unknown>): Promise<void> {
  const roles = pending ? await teamRolesOf(connection) : null
  if (!roles) {
    if (pending) await migrate()
    return
  }
  const { rows } = await sql<{ owner: boolean }>`SELECT pg_has_role(current_user, ${roles.owner}, 'MEMBER') AS owner`.execute(connection)
  if (!rows[0]?.owner) throw new TeamUpdateNeedsOwnerError(address)
  await sql.raw(`SET ROLE ${quote(roles.owner)}`).execute(connection)
  try {
    await migrate()
    await connection.transaction().execute((trx) => grantTeamPrivileges(trx, roles))
  } finally {
    await sql`RESET ROLE`.execute(connection)
  }
}

/**
 * Grants each role what it may do, on every table present and (through default privileges)
 * on every table a later migration adds. Safe to run again: it states the whole policy.
 * Must run as the owner group (it changes the group's default privileges).
 */
export async function grantTeamPrivileges(db: AnyDb, roles: TeamRoles): Promise<void> {
  const { owner, member, viewer } = { owner: quote(roles.owner), member: quote(roles.member), viewer: quote(roles.viewer) }
  const { rows } = await sql<{ name: string }>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`.execute(db)
  const present = new Set(rows.map((r) => r.name))
  const only = (tables: string[]) => tables.filter((t) => present.has(t)).map(quote)
  const statements = [
    `GRANT USAGE ON SCHEMA public TO ${member}, ${viewer}`,
    // Tables and sequences later migrations create (as the owner group).
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT SELECT ON TABLES TO ${member}, ${viewer}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO ${member}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${member}`,
    // Every table there is now.
    `GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${member}, ${viewer}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${viewer}`,
    `GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${member}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${member}`,
    `REVOKE INSERT, UPDATE, DELETE ON ${only(OWNER_ONLY_TABLES).join(', ')} FROM ${member}`,
    `REVOKE DELETE ON ${only(OWNER_DELETES_TABLES).join(', ')} FROM ${member}`,
    // A member deletes the leads they own: DELETE is granted back, and a row rule narrows it.
    `GRANT DELETE ON leads TO ${member}`,
    `ALTER TABLE leads ENABLE ROW LEVEL SECURITY`,
    ...['team_read', 'team_add', 'team_edit', 'team_delete_own'].map((policy) => `DROP POLICY IF EXISTS ${policy} ON leads`),
    `CREATE POLICY team_read ON leads FOR SELECT USING (true)`,
    `CREATE POLICY team_add ON leads FOR INSERT WITH CHECK (true)`,
    `CREATE POLICY team_edit ON leads FOR UPDATE USING (true) WITH CHECK (true)`,
    // The owner group owns the table and so is not held by these rules; members are.
    `CREATE POLICY team_delete_own ON leads FOR DELETE
       USING (owner IS NOT NULL AND lower(owner) = lower((SELECT name FROM team_members WHERE login = session_user)))`,
  ]
  for (const statement of statements) await sql.raw(statement).execute(db)
}
