import { sql } from 'kysely'
import type { TeamMember } from '@shared/contract/team'
import { nowIso } from '@shared/domain/dates'
import { AppError, notFound } from '@shared/errors'
import { dialectOf } from '../../db/dialect'
import { isUniqueViolation } from '../../db/dialect/errors'
import type { Db } from '../context'

const selectMembers = (db: Db) =>
  db
    .selectFrom('team_members as m')
    .select((eb) => [
      'm.id',
      'm.name',
      'm.email',
      'm.archived_at',
      eb.selectFrom('leads as l').select(eb.fn.countAll<number>().as('n')).whereRef('l.owner', '=', 'm.name').as('lead_count'),
    ])

type MemberRow = { id: number; name: string; email: string | null; archived_at: string | null; lead_count: number | null }

const toMember = (row: MemberRow): TeamMember => ({
  id: row.id,
  name: row.name,
  email: row.email,
  archived: row.archived_at !== null,
  leadCount: Number(row.lead_count ?? 0),
})

export async function listTeam(db: Db): Promise<TeamMember[]> {
  const rows = await selectMembers(db).orderBy((eb) => eb.case().when('m.archived_at', 'is', null).then(0).else(1).end()).orderBy('m.name').execute()
  return rows.map(toMember)
}

async function getMember(db: Db, id: number): Promise<TeamMember> {
  const row = await selectMembers(db).where('m.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('That team member')
  return toMember(row)
}

const taken = (name: string) => new AppError('conflict', `${name} is already on the team.`, 'name')

export async function addMember(db: Db, name: string, email: string | null): Promise<TeamMember> {
  try {
    const { id } = await db.insertInto('team_members').values({ name, email, created_at: nowIso() }).returning('id').executeTakeFirstOrThrow()
    return getMember(db, id)
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(name)
    throw error
  }
}

/** The member's leads and goals are renamed with them, so filters, reports and goals by owner keep working. */
export async function renameMember(db: Db, id: number, name: string): Promise<TeamMember> {
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('team_members').select('name').where('id', '=', id).executeTakeFirst()
    if (!current) throw notFound('That team member')
    const clash = await trx.selectFrom('team_members').select('id').where('name', '=', name).where('id', '!=', id).executeTakeFirst()
    if (clash) throw taken(name)
    await trx.updateTable('team_members').set({ name }).where('id', '=', id).execute()
    // Names match as the team does (case aside), so an owner typed "sam" follows "Sam".
    await sql`UPDATE leads SET owner = ${name} WHERE lower(owner) = lower(${current.name})`.execute(trx)
    await sql`UPDATE goals SET owner = ${name} WHERE lower(owner) = lower(${current.name})`.execute(trx)
    // Goals and saved reports narrowed to this owner keep counting the same person.
    const dialect = dialectOf(trx)
    const narrowed = async (table: 'goals' | 'saved_reports', column: string, path: string[]) => {
      await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${dialect.jsonWithText(column, path, name)}
                WHERE ${dialect.jsonText(column, path)} = ${current.name}`.execute(trx)
    }
    await narrowed('goals', 'filters', ['owner'])
    await narrowed('saved_reports', 'settings', ['filters', 'owner'])
  })
  return getMember(db, id)
}

export async function setMemberEmail(db: Db, id: number, email: string | null): Promise<TeamMember> {
  const result = await db.updateTable('team_members').set({ email }).where('id', '=', id).executeTakeFirst()
  if (Number(result.numUpdatedRows) === 0) throw notFound('That team member')
  return getMember(db, id)
}

export async function setMemberArchived(db: Db, id: number, archived: boolean): Promise<TeamMember> {
  const result = await db
    .updateTable('team_members')
    .set({ archived_at: archived ? nowIso() : null })
    .where('id', '=', id)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) === 0) throw notFound('That team member')
  return getMember(db, id)
}
