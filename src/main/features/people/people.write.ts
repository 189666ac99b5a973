import { sql } from 'kysely'
import { emailKey, personNameKey, phoneKey } from '@shared/domain/matching'
import type { Db, Trx } from '../context'
import { addPartyTags } from '../parties/parties'

// The writes a person's record is made of, shared by the people service and by a lead that
// creates or changes its person (leads.who.ts). They run inside the caller's transaction.

export interface NewPersonFields {
  name: string
  emails: readonly string[]
  phones: readonly string[]
  jobTitle: string | null
  organizationId: number | null
  owner: string | null
  segmentId: number | null
  tags: readonly string[]
  notes: string | null
  firstCampaignId: number | null
}

/** Each address once (ignoring case), each number once (by its digits), in order. */
export const uniqueEmails = (emails: readonly string[]) => [...new Map(emails.map((email) => [emailKey(email), email])).values()]
export const uniquePhones = (phones: readonly string[]) => [...new Map(phones.map((phone) => [phoneKey(phone) || phone, phone])).values()]

export async function insertPerson(trx: Db | Trx, fields: NewPersonFields, now: string): Promise<number> {
  const emails = uniqueEmails(fields.emails)
  const phones = uniquePhones(fields.phones)
  const { id } = await trx
    .insertInto('people')
    .values({
      name: fields.name,
      name_key: personNameKey(fields.name),
      email: emails[0] ?? null,
      phone: phones[0] ?? null,
      job_title: fields.jobTitle,
      organization_id: fields.organizationId,
      owner: fields.owner,
      segment_id: fields.segmentId,
      notes: fields.notes,
      first_campaign_id: fields.firstCampaignId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await writeOthers(trx, id, 'email', emails.slice(1))
  await writeOthers(trx, id, 'phone', phones.slice(1))
  await addPartyTags(trx, 'person', id, fields.tags)
  return id
}

async function writeOthers(trx: Db | Trx, personId: number, kind: 'email' | 'phone', values: readonly string[]): Promise<void> {
  if (values.length === 0) return
  const table = kind === 'email' ? 'person_emails' : 'person_phones'
  await sql`INSERT INTO ${sql.table(table)} (person_id, ${sql.ref(kind)}, position)
            VALUES ${sql.join(values.map((value, i) => sql`(${personId}, ${value}, ${i + 1})`))}`.execute(trx)
}

/** Replaces every address (or number) of the person: the first goes on the person, the others after it in order. */
export async function replaceContacts(trx: Db | Trx, personId: number, kind: 'email' | 'phone', values: readonly string[]): Promise<void> {
  const unique = kind === 'email' ? uniqueEmails(values) : uniquePhones(values)
  await trx
    .updateTable('people')
    .set(kind === 'email' ? { email: unique[0] ?? null } : { phone: unique[0] ?? null })
    .where('id', '=', personId)
    .execute()
  await sql`DELETE FROM ${sql.table(kind === 'email' ? 'person_emails' : 'person_phones')} WHERE person_id = ${personId}`.execute(trx)
  await writeOthers(trx, personId, kind, unique.slice(1))
}

/**
 * Makes `value` the person's first address (or number): one they already have moves to the
 * front; a new one takes the place of the first, which stays on as a further one unless `replace`.
 */
export async function setFirstContact(trx: Db | Trx, personId: number, kind: 'email' | 'phone', value: string | null, replace: boolean): Promise<void> {
  const person = await trx.selectFrom('people').select(['email', 'phone']).where('id', '=', personId).executeTakeFirstOrThrow()
  const table = kind === 'email' ? 'person_emails' : 'person_phones'
  const others = (await sql<{ value: string }>`SELECT ${sql.ref(kind)} AS value FROM ${sql.table(table)} WHERE person_id = ${personId} ORDER BY position`.execute(trx)).rows.map(
    (row) => row.value,
  )
  const first = kind === 'email' ? person.email : person.phone
  const rest = [...(first !== null && !replace ? [first] : []), ...others]
  await replaceContacts(trx, personId, kind, value === null ? rest : [value, ...rest])
}

/** Marks a person changed: one more version, and when. */
export async function touchPerson(trx: Db | Trx, personId: number, now: string): Promise<void> {
  await sql`UPDATE people SET version = version + 1, updated_at = ${now} WHERE id = ${personId}`.execute(trx)
}

/** Adds an address (or number) the person does not have yet: as their first when they have none, else after the others. */
export async function addContact(trx: Db | Trx, personId: number, kind: 'email' | 'phone', value: string): Promise<boolean> {
  const person = await trx.selectFrom('people').select(['email', 'phone']).where('id', '=', personId).executeTakeFirstOrThrow()
  const table = kind === 'email' ? 'person_emails' : 'person_phones'
  const others = (await sql<{ value: string }>`SELECT ${sql.ref(kind)} AS value FROM ${sql.table(table)} WHERE person_id = ${personId} ORDER BY position`.execute(trx)).rows.map(
    (row) => row.value,
  )
  const first = kind === 'email' ? person.email : person.phone
  const all = [...(first === null ? [] : [first]), ...others]
  const key = kind === 'email' ? emailKey : (text: string) => phoneKey(text) || text
  if (all.some((existing) => key(existing) === key(value))) return false
  await replaceContacts(trx, personId, kind, [...all, value])
  return true
}

/** Records two people as likely one (for merging to offer), the pair in id order, once. */
export async function recordLikelyDuplicate(trx: Db | Trx, a: number, b: number, reason: 'same_email' | 'same_name', now: string): Promise<void> {
  if (a === b) return
  const [first, second] = a < b ? [a, b] : [b, a]
  await sql`INSERT INTO likely_duplicate_people (person_id, other_person_id, reason, found_at) VALUES (${first}, ${second}, ${reason}, ${now}) ON CONFLICT DO NOTHING`.execute(trx)
}
