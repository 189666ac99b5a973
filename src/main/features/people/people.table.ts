import { sql } from 'kysely'
import type { z } from 'zod'
import type { PeopleTableQuery } from '@shared/contract/people'
import type { PeoplePage, PeopleSortColumn, PersonTableRow } from '@shared/domain/partyTables'
import { dialectOf, type SqlDialect } from '../../db/dialect'
import { readCustomValues } from '../custom-fields/customFields.values'
import type { Db } from '../context'
import { personSegmentSql } from '../leads/leads.parties'
import { commonSorts, partyFigureColumns, partyPageIds, partyRowsIn, type SortKey } from '../parties/parties.table'

const SORTS: Record<PeopleSortColumn, SortKey> = {
  ...commonSorts('person'),
  email: { sql: () => 'p.email', nullable: true },
  organization: { sql: (dialect) => dialect.caseless('(SELECT name FROM organizations WHERE id = p.organization_id)'), nullable: true },
}

interface Row {
  id: number
  name: string
  email: string | null
  phone: string | null
  job_title: string | null
  organization_id: number | null
  organization_name: string | null
  owner: string | null
  segment_id: number | null
  tags: string
  created_at: string
  version: number
  lifetime_revenue_minor: number
  open_deals: number
  last_activity_at: string | null
}

const columns = (dialect: SqlDialect) =>
  sql`p.id, p.name, p.email, p.phone, p.job_title, p.organization_id, (SELECT name FROM organizations WHERE id = p.organization_id) AS organization_name,
      p.owner, ${sql.raw(personSegmentSql('p'))} AS segment_id, ${sql.raw(dialect.jsonArrayOf('tag', 'person_tags WHERE person_id = p.id', 'tag'))} AS tags,
      p.created_at, p.version, ${partyFigureColumns('person')}`

/** One page of the people table, filtered and sorted in SQL, with the total. */
export async function peopleTable(db: Db, query: z.output<typeof PeopleTableQuery>): Promise<PeoplePage> {
  const { ids, total } = await partyPageIds(db, 'person', SORTS, query)
  const rows = await partyRowsIn<Row>(db, 'person', columns(dialectOf(db)), ids)
  const values = await readCustomValues(db, 'person', ids)
  return {
    total,
    rows: rows.map(
      (row): PersonTableRow => ({
        id: row.id,
        name: row.name,
        email: row.email,
        phone: row.phone,
        jobTitle: row.job_title,
        organizationId: row.organization_id,
        organizationName: row.organization_name,
        owner: row.owner,
        segmentId: row.segment_id,
        tags: JSON.parse(row.tags) as string[],
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
