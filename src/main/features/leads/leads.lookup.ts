import { dialectOf } from '../../db/dialect'
import type { StageKind } from '@shared/domain/enums'
import type { StageChange } from '@shared/domain/history'
import type { LeadMatch } from '@shared/domain/leadMatches'
import { notFound } from '@shared/errors'
import type { Db } from '../context'

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

/** Leads already using `email` (ignoring case), for the duplicate warning while typing. */
export async function leadsWithEmail(db: Db, email: string, excludeId?: number): Promise<LeadMatch[]> {
  if (email === '') return []
  // Stored addresses are NFC and lower case by JavaScript's rules (NOCASE folds ASCII only).
  const wanted = email.normalize('NFC').toLowerCase()
  let q = db
    .selectFrom('leads')
    .select(['id', 'person_name', 'company'])
    // Ignoring case the way the leads_by_email index does, so the index answers it.
    .where(dialectOf(db).equalsCaseless('email', wanted))
    .orderBy('id')
    .limit(10)
  if (excludeId !== undefined) q = q.where('id', '!=', excludeId)
  const rows = await q.execute()
  return rows.map((r) => ({ id: r.id, personName: r.person_name, company: r.company }))
}

export async function distinctOwners(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('leads').select('owner').distinct().where('owner', 'is not', null).execute()
  return rows.map((r) => r.owner as string).sort((a, b) => a.localeCompare(b))
}

export async function distinctTags(db: Db): Promise<string[]> {
  // lead_tags.tag is COLLATE NOCASE, so "VIP" and "vip" count once.
  const rows = await db.selectFrom('lead_tags').select('tag').distinct().execute()
  return rows.map((r) => r.tag).sort((a, b) => a.localeCompare(b))
}
