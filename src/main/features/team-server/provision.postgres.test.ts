import pg from 'pg'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { openPostgres } from '../../db/open-postgres'
import { inviteMember, listAccess } from './members'
import { provisionTeam } from './provision'

// "Use your PostgreSQL server" with what a managed service hands out: an administrator that
// may create databases and roles but is not a superuser. The test run's server plays the
// service; its superuser makes that administrator first.

const adminUrl = inject('postgresAdminUrl')
const suffix = `${process.pid}_${Date.now() % 100_000}`

async function asSuperuser<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

function urlAs(login: string, password: string, database = 'postgres'): string {
  const url = new URL(adminUrl)
  url.username = login
  url.password = password
  url.pathname = `/${database}`
  return url.toString()
}

const made: { roles: string[]; databases: string[] } = { roles: [], databases: [] }

async function makeAdministrator(attributes: string): Promise<string> {
  const login = `service_admin_${suffix}_${made.roles.length}`
  await asSuperuser((client) => client.query(`CREATE ROLE "${login}" LOGIN ${attributes} PASSWORD 'service-secret'`))
  made.roles.push(login)
  return urlAs(login, 'service-secret')
}

afterEach(async () => {
  await asSuperuser(async (client) => {
    for (const database of made.databases.splice(0)) {
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
      const { rows } = await client.query<{ rolname: string }>(`SELECT rolname FROM pg_roles WHERE rolname LIKE $1 ORDER BY rolcanlogin DESC, rolname = $2`, [
        `${database}\\_%`,
        `${database}_admin`,
      ])
      for (const { rolname } of rows) await client.query(`DROP ROLE IF EXISTS "${rolname}"`)
    }
    for (const role of made.roles.splice(0)) await client.query(`DROP ROLE IF EXISTS "${role}"`)
  })
})

describe('setting a team up on a server the firm already has', () => {
  it('works with an administrator that may create databases and roles but is not a superuser, and keeps none of the team’s rights afterwards', async () => {
    const admin = await makeAdministrator('CREATEDB CREATEROLE')
    const database = `baton_svc_${suffix}`
    made.databases.push(database)

    const team = await provisionTeam({ admin: { url: admin }, database, teamName: 'Lumen & Co', owner: { name: 'Olivia Grant', email: null } })

    const owner = await openPostgres(urlAs(team.owner.login, team.owner.password, database))
    try {
      const mo = await inviteMember(owner.db, { name: 'Mo Haddad', email: null, role: 'viewer' })
      expect((await listAccess(owner.db)).map((m) => [m.name, m.role, m.isYou])).toEqual([
        ['Mo Haddad', 'viewer', false],
        ['Olivia Grant', 'owner', true],
      ])
      const viewer = new pg.Client({ connectionString: urlAs(mo.login, mo.password, database) })
      await viewer.connect()
      try {
        await expect(viewer.query(`UPDATE settings SET firm_name = 'Mine'`)).rejects.toMatchObject({ code: '42501' })
      } finally {
        await viewer.end()
      }
    } finally {
      await owner.close()
    }
    // The administrator acted as the team's owners only while it set the team up: it keeps no
    // rights in the team (on PostgreSQL 16 and newer it keeps the ADMIN option on the roles it
    // created, as every CREATEROLE role does, but neither their privileges nor SET ROLE).
    const held = await asSuperuser((client) =>
      client.query<{ owner: boolean; ownerSet: boolean; admin: boolean }>(
        `SELECT pg_has_role($1, $2, 'USAGE') AS owner, pg_has_role($1, $2, 'SET') AS "ownerSet", pg_has_role($1, $3, 'USAGE') AS admin`,
        [made.roles[0], `${database}_owner`, `${database}_admin`],
      ),
    )
    expect(held.rows[0]).toEqual({ owner: false, ownerSet: false, admin: false })
    const outsider = new pg.Client({ connectionString: urlAs(made.roles[0]!, 'service-secret', database) })
    outsider.on('error', () => undefined)
    await expect(outsider.connect()).rejects.toMatchObject({ code: '42501' })
  })

  it('says what the administrator lacks when it may not create databases, and makes nothing', async () => {
    const admin = await makeAdministrator('CREATEROLE')
    const database = `baton_svc_${suffix}_no`
    made.databases.push(database)

    await expect(provisionTeam({ admin: { url: admin }, database, teamName: 'Lumen & Co', owner: { name: 'Olivia Grant', email: null } })).rejects.toThrow(
      /may not create databases and logins on postgres:\/\/service_admin_\w+:\*+@127\.0\.0\.1:\d+\/postgres\. Sign in as the server's administrator/,
    )
    const left = await asSuperuser((client) => client.query(`SELECT 1 FROM pg_roles WHERE rolname LIKE $1 UNION ALL SELECT 1 FROM pg_database WHERE datname = $2`, [`${database}\\_%`, database]))
    expect(left.rowCount).toBe(0)
  })
})
