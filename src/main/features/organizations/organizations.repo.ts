import { sql } from 'kysely'
import { domainOf, organizationNameKey } from '@shared/domain/matching'
import type { Organization } from '@shared/domain/people'
import type { SqlDialect } from '../../db/dialect'
import { fixedQuery } from '../../db/fixed-query'
import type { Db } from '../context'

interface OrganizationRead {
  id: number
  name: string
  domain: string | null
  website: string | null
  industry: string | null
  size: string | null
  region: string | null
  address: string | null
  owner: string | null
  segment_id: number | null
  notes: string | null
  created_at: string
  updated_at: string
  version: number
  aliases: string
  tags: string
}

const organizationById = fixedQuery<OrganizationRead>(
  (dialect: SqlDialect) => `SELECT o.id, o.name, o.domain, o.website, o.industry, o.size, o.region, o.address, o.owner, o.segment_id, o.notes,
    o.created_at, o.updated_at, o.version,
    ${dialect.jsonArrayOf('alias', 'organization_aliases WHERE organization_id = o.id', 'alias')} AS aliases,
    ${dialect.jsonArrayOf('tag', 'organization_tags WHERE organization_id = o.id', 'tag')} AS tags
  FROM organizations o WHERE o.id = ?`,
)

export async function findOrganization(db: Db, id: number): Promise<Organization | undefined> {
  const row = (await organizationById(db, id)).rows[0]
  if (!row) return undefined
  return {
    id: row.id,
    name: row.name,
    aliases: JSON.parse(row.aliases) as string[],
    domain: row.domain,
    website: row.website,
    industry: row.industry,
    size: row.size,
    region: row.region,
    address: row.address,
    owner: row.owner,
    segmentId: row.segment_id,
    tags: JSON.parse(row.tags) as string[],
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  }
}

export async function organizationExists(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('organizations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
}

/**
 * The organisation a company name (or a domain) means: one whose name or alias is the same up to
 * case, accents, punctuation and spacing, else one with that domain; the oldest when several are.
 */
export async function matchOrganization(db: Db, match: { name?: string | null; domain?: string | null }): Promise<number | undefined> {
  const key = match.name ? organizationNameKey(match.name) : ''
  if (key !== '') {
    const { rows } = await sql<{ id: number }>`
      SELECT id FROM organizations WHERE name_key = ${key}
      UNION SELECT organization_id FROM organization_aliases WHERE name_key = ${key}
      ORDER BY id LIMIT 1`.execute(db)
    if (rows[0]) return rows[0].id
  }
  const domain = match.domain ? domainOf(match.domain) : null
  if (domain === null) return undefined
  const byDomain = await db.selectFrom('organizations').select('id').where('domain', '=', domain).orderBy('id').limit(1).executeTakeFirst()
  return byDomain?.id
}
