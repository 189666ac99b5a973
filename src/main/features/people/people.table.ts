import { sql } from 'kysely'
import type { z } from 'zod'
import type { PeopleTableQuery } from '@shared/contract/people'
import type { PeoplePage, PeopleSortColumn, PersonTableRow } from '@shared/domain/partyTables'
import { dialectOf, type SqlDialect } from '../../db/dialect'
import type { Db } from '../context'
import { personSegmentSql } from '../leads/leads.parties'
import { commonPartyFields, commonSorts, partyFigureColumns, partyPage, type CommonPartyRow, type SortKey } from '../parties/parties.table'

const SORTS: Record<PeopleSortColumn, SortKey> = {
  ...commonSorts('person'),
  email: { sql: () => 'p.email', nullable: true },
  organization: { sql: (dialect) => dialect.caseless('(SELECT name FROM organizations WHERE id = p.organization_id)'), nullable: true },
}

interface Row extends CommonPartyRow {
  email: string | null
  phone: string | null
  job_title: string | null
  organization_id: number | null
  organization_name: string | null
}

const columns = (dialect: SqlDialect) =>
  sql`p.id, p.name, p.email, p.phone, p.job_title, p.organization_id, (SELECT name FROM organizations WHERE id = p.organization_id) AS organization_name,
      p.owner, ${sql.raw(personSegmentSql('p'))} AS segment_id, ${sql.raw(dialect.jsonArrayOf('tag', 'person_tags WHERE person_id = p.id', 'tag'))} AS tags,
      p.created_at, p.version, ${partyFigureColumns('person')}`

/** One page of the people table, filtered and sorted in SQL, with the total. */
export function peopleTable(db: Db, query: z.output<typeof PeopleTableQuery>): Promise<PeoplePage> {
  return partyPage(
    db,
    'person',
    SORTS,
    columns(dialectOf(db)),
    query,
    (row: Row): PersonTableRow => ({
      ...commonPartyFields(row),
      email: row.email,
      phone: row.phone,
      jobTitle: row.job_title,
      organizationId: row.organization_id,
      organizationName: row.organization_name,
    }),
  )
}
