import { sql } from 'kysely'
import type { Db, Trx } from '../context'

// What people and organisations share as "parties" (who a deal is with): their tags, the column
// their deals point at them by, and the counts a refused delete names.

export type PartyKind = 'person' | 'organization'

export const PARTY = {
  person: { table: 'people', tags: 'person_tags', key: 'person_id', one: 'person', many: 'people' },
  organization: { table: 'organizations', tags: 'organization_tags', key: 'organization_id', one: 'organisation', many: 'organisations' },
} as const

/** Tags, each once whatever its case (the first spelling wins). */
export const uniqueTags = (tags: readonly string[]) => [...new Map(tags.map((tag) => [tag.toLowerCase(), tag])).values()]

export async function replacePartyTags(trx: Db | Trx, kind: PartyKind, id: number, tags: readonly string[]): Promise<void> {
  const { tags: table, key } = PARTY[kind]
  await sql`DELETE FROM ${sql.table(table)} WHERE ${sql.ref(key)} = ${id}`.execute(trx)
  await addPartyTags(trx, kind, id, tags)
}

/** Adds tags a party does not have yet (in any case). */
export async function addPartyTags(trx: Db | Trx, kind: PartyKind, id: number, tags: readonly string[]): Promise<void> {
  const unique = uniqueTags(tags)
  if (unique.length === 0) return
  const { tags: table, key } = PARTY[kind]
  await sql`INSERT INTO ${sql.table(table)} (${sql.ref(key)}, tag) VALUES ${sql.join(unique.map((tag) => sql`(${id}, ${tag})`))} ON CONFLICT DO NOTHING`.execute(trx)
}

/** The party's deals: how many there are. */
export async function leadCountOf(db: Db | Trx, kind: PartyKind, id: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM leads WHERE ${sql.ref(PARTY[kind].key)} = ${id}`.execute(db)
  return Number(rows[0]?.n ?? 0)
}
