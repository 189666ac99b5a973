import { sql } from 'kysely'
import type { z } from 'zod'
import type { OrganizationsTableQuery } from '@shared/contract/organizations'
import type { OrganizationPage, OrganizationSortColumn, OrganizationTableRow } from '@shared/domain/partyTables'
import { dialectOf, type SqlDialect } from '../../db/dialect'
import type { Db } from '../context'
import { commonPartyFields, commonSorts, partyFigureColumns, partyPage, type CommonPartyRow, type SortKey } from '../parties/parties.table'

const PEOPLE_COUNT = '(SELECT count(*) FROM people pc WHERE pc.organization_id = p.id)'

const SORTS: Record<OrganizationSortColumn, SortKey> = {
  ...commonSorts('organization'),
  domain: { sql: () => 'p.domain', nullable: true },
  people: { sql: () => PEOPLE_COUNT },
}

interface Row extends CommonPartyRow {
  domain: string | null
  industry: string | null
  size: string | null
  region: string | null
  people: number
}

const columns = (dialect: SqlDialect) =>
  sql`p.id, p.name, p.domain, p.industry, p.size, p.region, p.owner, p.segment_id,
      ${sql.raw(dialect.jsonArrayOf('tag', 'organization_tags WHERE organization_id = p.id', 'tag'))} AS tags,
      ${sql.raw(PEOPLE_COUNT)} AS people, p.created_at, p.version, ${partyFigureColumns('organization')}`

/** One page of the organisations table, filtered and sorted in SQL, with the total. */
export function organizationsTable(db: Db, query: z.output<typeof OrganizationsTableQuery>): Promise<OrganizationPage> {
  return partyPage(
    db,
    'organization',
    SORTS,
    columns(dialectOf(db)),
    query,
    (row: Row): OrganizationTableRow => ({
      ...commonPartyFields(row),
      domain: row.domain,
      industry: row.industry,
      size: row.size,
      region: row.region,
      people: Number(row.people),
    }),
  )
}
