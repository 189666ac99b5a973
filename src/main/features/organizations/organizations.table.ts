import { sql } from 'kysely'
import type { z } from 'zod'
import type { OrganizationsTableQuery } from '@shared/contract/organizations'
import type { OrganizationPage, OrganizationSortColumn, OrganizationTableRow } from '@shared/domain/partyTables'
import { dialectOf, type SqlDialect } from '../../db/dialect'
import { readCustomValues } from '../custom-fields/customFields.values'
import type { Db } from '../context'
import { commonSorts, partyFigureColumns, partyPageIds, partyRowsIn, type SortKey } from '../parties/parties.table'

const PEOPLE_COUNT = '(SELECT count(*) FROM people pc WHERE pc.organization_id = p.id)'

const SORTS: Record<OrganizationSortColumn, SortKey> = {
  ...commonSorts('organization'),
  domain: { sql: () => 'p.domain', nullable: true },
  people: { sql: () => PEOPLE_COUNT },
}

interface Row {
  id: number
  name: string
  domain: string | null
  industry: string | null
  size: string | null
  region: string | null
  owner: string | null
  segment_id: number | null
  tags: string
  people: number
  created_at: string
  version: number
  lifetime_revenue_minor: number
  open_deals: number
  last_activity_at: string | null
}

const columns = (dialect: SqlDialect) =>
  sql`p.id, p.name, p.domain, p.industry, p.size, p.region, p.owner, p.segment_id,
      ${sql.raw(dialect.jsonArrayOf('tag', 'organization_tags WHERE organization_id = p.id', 'tag'))} AS tags,
      ${sql.raw(PEOPLE_COUNT)} AS people, p.created_at, p.version, ${partyFigureColumns('organization')}`

/** One page of the organisations table, filtered and sorted in SQL, with the total. */
export async function organizationsTable(db: Db, query: z.output<typeof OrganizationsTableQuery>): Promise<OrganizationPage> {
  const { ids, total } = await partyPageIds(db, 'organization', SORTS, query)
  const rows = await partyRowsIn<Row>(db, 'organization', columns(dialectOf(db)), ids)
  const values = await readCustomValues(db, 'organization', ids)
  return {
    total,
    rows: rows.map(
      (row): OrganizationTableRow => ({
        id: row.id,
        name: row.name,
        domain: row.domain,
        industry: row.industry,
        size: row.size,
        region: row.region,
        owner: row.owner,
        segmentId: row.segment_id,
        tags: JSON.parse(row.tags) as string[],
        people: Number(row.people),
        createdAt: row.created_at,
        version: row.version,
        lifetimeRevenueMinor: Number(row.lifetime_revenue_minor),
        openDeals: Number(row.open_deals),
        lastActivityAt: row.last_activity_at,
        customFields: values.get(row.id) ?? {},
      }),
    ),
  }
}
