import type { Person } from '@shared/domain/people'
import type { SqlDialect } from '../../db/dialect'
import { dialectOf } from '../../db/dialect'
import { fixedQuery } from '../../db/fixed-query'
import type { Db } from '../context'

interface PersonRead {
  id: number
  name: string
  email: string | null
  phone: string | null
  job_title: string | null
  organization_id: number | null
  organization_name: string | null
  owner: string | null
  segment_id: number | null
  notes: string | null
  first_campaign_id: number | null
  first_campaign_name: string | null
  created_at: string
  updated_at: string
  version: number
  other_emails: string
  other_phones: string
  tags: string
}

// One person in one query: their organisation's and first campaign's names, further emails and
// phones and tags as JSON arrays (fixed text, subqueries: see findLead).
const personById = fixedQuery<PersonRead>(
  (dialect: SqlDialect) => `SELECT p.id, p.name, p.email, p.phone, p.job_title, p.organization_id,
    (SELECT name FROM organizations WHERE id = p.organization_id) AS organization_name,
    p.owner, p.segment_id, p.notes, p.first_campaign_id,
    (SELECT name FROM campaigns WHERE id = p.first_campaign_id) AS first_campaign_name,
    p.created_at, p.updated_at, p.version,
    ${dialect.jsonArrayOf('email', 'person_emails WHERE person_id = p.id', 'position')} AS other_emails,
    ${dialect.jsonArrayOf('phone', 'person_phones WHERE person_id = p.id', 'position')} AS other_phones,
    ${dialect.jsonArrayOf('tag', 'person_tags WHERE person_id = p.id', 'tag')} AS tags
  FROM people p WHERE p.id = ?`,
)

const withFirst = (first: string | null, others: string) => [...(first === null ? [] : [first]), ...(JSON.parse(others) as string[])]

export async function findPerson(db: Db, id: number): Promise<Person | undefined> {
  const row = (await personById(db, id)).rows[0]
  if (!row) return undefined
  return {
    id: row.id,
    name: row.name,
    emails: withFirst(row.email, row.other_emails),
    phones: withFirst(row.phone, row.other_phones),
    jobTitle: row.job_title,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    owner: row.owner,
    segmentId: row.segment_id,
    tags: JSON.parse(row.tags) as string[],
    notes: row.notes,
    firstCampaignId: row.first_campaign_id,
    firstCampaignName: row.first_campaign_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  }
}

export async function personExists(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
}

/** The people who have `email` among their addresses (ignoring case), oldest first. */
export async function peopleWithEmail(db: Db, email: string): Promise<Array<{ id: number; name: string; name_key: string; organization_id: number | null }>> {
  const dialect = dialectOf(db)
  const wanted = email.normalize('NFC').toLowerCase()
  return db
    .selectFrom('people')
    .select(['id', 'name', 'name_key', 'organization_id'])
    .where((eb) =>
      eb.or([
        dialect.equalsCaseless('email', wanted),
        eb('id', 'in', eb.selectFrom('person_emails').select('person_id').where(dialect.equalsCaseless('email', wanted))),
      ]),
    )
    .orderBy('id')
    .limit(20)
    .execute()
}
