import { sql } from 'kysely'
import type { StageKind } from '@shared/domain/enums'
import type { StageChange } from '@shared/domain/history'
import type { LeadMatch } from '@shared/domain/leadMatches'
import { dealNameOf } from '@shared/domain/leads'
import { notFound } from '@shared/errors'
import type { Db } from '../context'
import { peopleWithEmail } from '../people/people.repo'
import { idIn } from './idList'

/** The lead's stage changes, oldest first, with stage names as they were at the time. */
export async function leadHistory(db: Db, leadId: number): Promise<StageChange[]> {
  const lead = await db.selectFrom('leads').select('id').where('id', '=', leadId).executeTakeFirst()
  if (!lead) throw notFound('That lead')
  const rows = await db
    .selectFrom('stage_history')
    .select(['id', 'from_stage_name', 'to_stage_name', 'to_kind', 'at'])
    .where('lead_id', '=', leadId)
    .orderBy('at')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({ id: r.id, fromStageName: r.from_stage_name, toStageName: r.to_stage_name, toKind: r.to_kind as StageKind, at: r.at }))
}

/**
 * Leads whose person already uses `email` (ignoring case), for the duplicate warning while typing:
 * each names the deal and its person, so the form can offer a new deal for that person instead.
 * The lead being edited and its own person's other deals are not duplicates of it.
 */
export async function leadsWithEmail(db: Db, email: string, excludeId?: number): Promise<LeadMatch[]> {
  if (email === '') return []
  const people = (await peopleWithEmail(db, email)).map((person) => person.id)
  if (people.length === 0) return []
  const excluded = excludeId === undefined ? undefined : await db.selectFrom('leads').select('person_id').where('id', '=', excludeId).executeTakeFirst()
  const { rows } = await sql<{ id: number; title: string | null; person_id: number | null; person_name: string | null; company: string | null }>`
    SELECT l.id, l.title, l.person_id, (SELECT name FROM people WHERE id = l.person_id) AS person_name,
      (SELECT name FROM organizations WHERE id = l.organization_id) AS company
    FROM leads l
    WHERE ${idIn(db, people, 'l.person_id')}
      ${excludeId === undefined ? sql`` : sql`AND l.id <> ${excludeId}`}
      ${excluded?.person_id == null ? sql`` : sql`AND l.person_id <> ${excluded.person_id}`}
    ORDER BY l.id LIMIT 10`.execute(db)
  return rows.map((r) => ({ id: r.id, dealName: dealNameOf(r.title, r.person_name, r.company), personId: r.person_id, personName: r.person_name, company: r.company }))
}

export async function distinctOwners(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('leads').select('owner').distinct().where('owner', 'is not', null).execute()
  return rows.map((r) => r.owner as string).sort((a, b) => a.localeCompare(b))
}

/** Every tag a lead can show: its person's, or its organisation's (each once, "VIP" and "vip" alike). */
export async function distinctTags(db: Db): Promise<string[]> {
  const { rows } = await sql<{ tag: string }>`SELECT tag FROM person_tags UNION SELECT tag FROM organization_tags`.execute(db)
  const unique = new Map(rows.map((r) => [r.tag.toLowerCase(), r.tag]))
  return [...unique.values()].sort((a, b) => a.localeCompare(b))
}
