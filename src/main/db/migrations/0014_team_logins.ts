import { sql, type Kysely } from 'kysely'
import type { SqlDialect } from '../dialect'

// Frozen in time: this migration must never import today's schema types.
// A team workspace's members sign in as themselves: each person on the team list may be
// linked to the PostgreSQL login they sign in with (a solo workspace leaves it empty). The
// link is what row rules on the server read ("a member may delete the leads they own").
// Whoever is named as an owner still joins the team list when a member (who may not change
// the list themselves) names them: on PostgreSQL the trigger runs as the tables' owner.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 0001_initial.ts
export async function up(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  await sql.raw(`ALTER TABLE team_members ADD COLUMN login ${dialect.engine === 'postgres' ? 'text' : 'TEXT'}`).execute(db)
  await sql.raw(`CREATE UNIQUE INDEX team_members_by_login ON team_members(login) WHERE login IS NOT NULL`).execute(db)
  if (dialect.engine === 'postgres') {
    await sql.raw(`ALTER FUNCTION baton_owner_joins_team() SECURITY DEFINER SET search_path FROM CURRENT`).execute(db)
  }
}
