import { sql, type RawBuilder } from 'kysely'
import type { z } from 'zod'
import type { PartyFilters } from '@shared/contract/parties'
import { searchWords } from '@shared/domain/search'
import { readFirmCalendar } from '../../db/calendar'
import { dialectOf, type SearchDocument, type SqlDialect } from '../../db/dialect'
import type { Db } from '../context'
import { customFiltersSql, customSortKey, customValuesMatchSql, sortField } from '../custom-fields/customFields.sql'
import { readCustomValues } from '../custom-fields/customFields.values'
import { idIn } from '../leads/idList'
import { personSegmentSql } from '../leads/leads.parties'
import { lastActivityOfSql, openDealsOfSql, wonLeadSql, wonRevenueOfSql } from '../metrics/customers.repo'
import type { CustomValues } from '@shared/domain/customFields'
import { PARTY, type PartyKind } from './parties'

// The people and organisations tables, sorted, filtered and paged in SQL like the lead table.
// A page is read in two steps: the ids of the page in order (only the sort key is worked out for
// every row that passes the filters), then the page's rows with their figures (worked out for those
// rows alone) — SQLite would otherwise compute every column of every row before sorting.

/** The search indexes of people and organisations (migration 13): name first, then the rest. */
export const PEOPLE_SEARCH: SearchDocument = { table: 'people', columns: [['name', 10], ['emails', 4], ['phones', 2], ['job_title', 1]], stored: true }
export const ORGANIZATIONS_SEARCH: SearchDocument = { table: 'organizations', columns: [['name', 10], ['aliases', 5], ['domain', 3]], stored: true }

export interface SortKey {
  /** SQL over the party's row `p`. */
  sql: (dialect: SqlDialect) => string
  nullable?: boolean
}

/** Sort keys every party table has; each table adds its own. */
export const commonSorts = (kind: PartyKind): Record<'name' | 'owner' | 'createdAt' | 'lifetimeRevenue' | 'openDeals' | 'lastActivityAt', SortKey> => ({
  name: { sql: (dialect) => dialect.caseless('p.name') },
  owner: { sql: (dialect) => dialect.caseless('p.owner'), nullable: true },
  createdAt: { sql: () => 'p.created_at' },
  lifetimeRevenue: { sql: () => wonRevenueOfSql(kind, 'p') },
  openDeals: { sql: () => openDealsOfSql(kind, 'p') },
  lastActivityAt: { sql: () => lastActivityOfSql(kind, 'p'), nullable: true },
})

/** The filters as one condition over the party's row `p`. */
async function filtersSql(db: Db, kind: PartyKind, filters: z.output<typeof PartyFilters>): Promise<RawBuilder<boolean>> {
  const dialect = dialectOf(db)
  const { key, tags } = PARTY[kind]
  const conditions: Array<RawBuilder<unknown>> = [sql`1 = 1`]
  const words = filters.search ? searchWords(filters.search) : null
  if (words) {
    const match = dialect.search(kind === 'person' ? PEOPLE_SEARCH : ORGANIZATIONS_SEARCH, 'sx', words)
    // Their own words, or the text the firm keeps in its custom fields (a VAT number, a second email).
    conditions.push(sql`(p.id IN (SELECT sx.id FROM ${match.from} WHERE ${match.where}) OR ${customValuesMatchSql(dialect, kind, 'p', words)})`)
  }
  if (filters.owner !== undefined) conditions.push(sql`p.owner = ${filters.owner}`)
  // A person's segment is their organisation's, else their own (as a lead's is).
  if (filters.segmentId !== undefined) conditions.push(sql`${sql.raw(kind === 'person' ? personSegmentSql('p') : 'p.segment_id')} = ${filters.segmentId}`)
  if (filters.tag !== undefined) conditions.push(sql`EXISTS (SELECT 1 FROM ${sql.table(tags)} ft WHERE ${sql.ref(`ft.${key}`)} = p.id AND ft.tag = ${filters.tag})`)
  if (filters.organizationId !== undefined && kind === 'person') conditions.push(sql`p.organization_id = ${filters.organizationId}`)
  const created = (await readFirmCalendar(db)).instants({ from: filters.createdFrom, to: filters.createdTo })
  if (created.from !== null) conditions.push(sql`p.created_at >= ${created.from}`)
  if (created.until !== null) conditions.push(sql`p.created_at < ${created.until}`)
  if (filters.customer !== undefined) {
    const won = sql`EXISTS (SELECT 1 FROM leads cl WHERE ${sql.ref(`cl.${key}`)} = p.id AND ${sql.raw(wonLeadSql('cl'))})`
    conditions.push(filters.customer ? won : sql`NOT ${won}`)
  }
  conditions.push(...customFiltersSql(dialect, kind, 'p', filters.custom))
  return sql<boolean>`${sql.join(conditions, sql` AND `)}`
}

export interface PageQuery<C extends string> {
  filters: z.output<typeof PartyFilters>
  /** One of the table's columns, or a custom field's (`custom:<field id>`). */
  sort: { column: C | `custom:${number}`; direction: 'asc' | 'desc' }
  offset: number
  limit: number
}

/**
 * The ids of one page of a party table in order, and how many rows pass the filters. The caller
 * reads the rows of those ids (partyRowsIn) and keeps this order.
 */
export async function partyPageIds<C extends string>(db: Db, kind: PartyKind, sorts: Record<C, SortKey>, query: PageQuery<C>): Promise<{ ids: number[]; total: number }> {
  const dialect = dialectOf(db)
  const where = await filtersSql(db, kind, query.filters)
  const column = query.sort.column
  const custom = column.startsWith('custom:') ? await sortField(db, kind, column as `custom:${number}`) : null
  const { sql: keySql, nullable } = custom ? { sql: (d: SqlDialect) => customSortKey(d, custom, 'p'), nullable: true } : sorts[column as C]
  const dir = query.sort.direction === 'asc' ? 'ASC' : 'DESC'
  const order = sql.raw(`${keySql(dialect)} ${dir}${nullable ? ' NULLS LAST' : ''}, p.id ${dir}`)
  const table = sql.table(PARTY[kind].table)
  const [page, count] = await Promise.all([
    sql<{ id: number }>`SELECT p.id FROM ${table} p WHERE ${where} ORDER BY ${order} LIMIT ${query.limit} OFFSET ${query.offset}`.execute(db),
    sql<{ n: number }>`SELECT count(*) AS n FROM ${table} p WHERE ${where}`.execute(db),
  ])
  return { ids: page.rows.map((row) => row.id), total: Number(count.rows[0]?.n ?? 0) }
}

/** The figures every party row shows, over the party's row `p`. */
export const partyFigureColumns = (kind: PartyKind) =>
  sql.raw(
    [
      `${wonRevenueOfSql(kind, 'p')} AS lifetime_revenue_minor`,
      `${openDealsOfSql(kind, 'p')} AS open_deals`,
      `${lastActivityOfSql(kind, 'p')} AS last_activity_at`,
    ].join(', '),
  )

/** Reads `columns` for the rows `ids` of a party table, in the order of `ids`. */
export async function partyRowsIn<Row extends { id: number }>(db: Db, kind: PartyKind, columns: RawBuilder<unknown>, ids: number[]): Promise<Row[]> {
  if (ids.length === 0) return []
  const { rows } = await sql<Row>`SELECT ${columns} FROM ${sql.table(PARTY[kind].table)} p WHERE ${idIn(db, ids, 'p.id')}`.execute(db)
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** What every party row reads besides its own columns (see partyFigureColumns). */
export interface CommonPartyRow {
  id: number
  name: string
  owner: string | null
  segment_id: number | null
  tags: string
  created_at: string
  version: number
  lifetime_revenue_minor: number
  open_deals: number
  last_activity_at: string | null
}

/** The fields every party table row has, from the columns every party row reads. */
export const commonPartyFields = (row: CommonPartyRow) => ({
  id: row.id,
  name: row.name,
  owner: row.owner,
  segmentId: row.segment_id,
  tags: JSON.parse(row.tags) as string[],
  createdAt: row.created_at,
  version: row.version,
  lifetimeRevenueMinor: Number(row.lifetime_revenue_minor),
  openDeals: Number(row.open_deals),
  lastActivityAt: row.last_activity_at,
})

/** One page of a party table: the page's ids in order, then their rows read with `columns`, mapped by `toRow`. */
export async function partyPage<C extends string, Row extends CommonPartyRow, Out>(
  db: Db,
  kind: PartyKind,
  sorts: Record<C, SortKey>,
  columns: RawBuilder<unknown>,
  query: PageQuery<C>,
  toRow: (row: Row) => Out,
): Promise<{ rows: Array<Out & { customFields: CustomValues }>; total: number }> {
  const { ids, total } = await partyPageIds(db, kind, sorts, query)
  const rows = await partyRowsIn<Row>(db, kind, columns, ids)
  const values = await readCustomValues(db, kind, ids)
  return { total, rows: rows.map((row) => ({ ...toRow(row), customFields: values.get(row.id) ?? {} })) }
}
