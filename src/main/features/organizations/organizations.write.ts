import { sql } from 'kysely'
import { domainOf, organizationNameKey } from '@shared/domain/matching'
import type { Db, Trx } from '../context'
import { addPartyTags } from '../parties/parties'

// The writes an organisation's record is made of, shared by the organisations service and by a
// lead that names a new company (leads.who.ts). They run inside the caller's transaction.

export interface NewOrganizationFields {
  name: string
  aliases: readonly string[]
  domain: string | null
  website: string | null
  industry: string | null
  size: string | null
  region: string | null
  address: string | null
  owner: string | null
  segmentId: number | null
  tags: readonly string[]
  notes: string | null
}

export const emptyOrganization = (name: string): NewOrganizationFields => ({
  name,
  aliases: [],
  domain: null,
  website: null,
  industry: null,
  size: null,
  region: null,
  address: null,
  owner: null,
  segmentId: null,
  tags: [],
  notes: null,
})

/** The bare domain to keep for what was typed as a domain or, failing that, the website. */
export const domainFrom = (domain: string | null, website: string | null) => (domain !== null ? domainOf(domain) : null) ?? (website !== null ? domainOf(website) : null)

export async function insertOrganization(trx: Db | Trx, fields: NewOrganizationFields, now: string): Promise<number> {
  const { id } = await trx
    .insertInto('organizations')
    .values({
      name: fields.name,
      name_key: organizationNameKey(fields.name),
      domain: domainFrom(fields.domain, fields.website),
      website: fields.website,
      industry: fields.industry,
      size: fields.size,
      region: fields.region,
      address: fields.address,
      owner: fields.owner,
      segment_id: fields.segmentId,
      notes: fields.notes,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await replaceAliases(trx, id, fields.name, fields.aliases)
  await addPartyTags(trx, 'organization', id, fields.tags)
  return id
}

/** The organisation's other spellings: each once, never its own name. */
export async function replaceAliases(trx: Db | Trx, organizationId: number, name: string, aliases: readonly string[]): Promise<void> {
  await trx.deleteFrom('organization_aliases').where('organization_id', '=', organizationId).execute()
  const unique = [...new Map(aliases.filter((alias) => alias !== name).map((alias) => [alias, alias])).values()]
  if (unique.length === 0) return
  await trx
    .insertInto('organization_aliases')
    .values(unique.map((alias) => ({ organization_id: organizationId, alias, name_key: organizationNameKey(alias) })))
    .execute()
}

/** Keeps a spelling of the name the organisation does not have yet as an alias (matching and search find it). */
export async function addAlias(trx: Db | Trx, organizationId: number, alias: string): Promise<void> {
  await sql`INSERT INTO organization_aliases (organization_id, alias, name_key) VALUES (${organizationId}, ${alias}, ${organizationNameKey(alias)}) ON CONFLICT DO NOTHING`.execute(trx)
}

/** Marks an organisation changed: one more version, and when. */
export async function touchOrganization(trx: Db | Trx, organizationId: number, now: string): Promise<void> {
  await sql`UPDATE organizations SET version = version + 1, updated_at = ${now} WHERE id = ${organizationId}`.execute(trx)
}
