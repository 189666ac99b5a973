import { sql } from 'kysely'
import { dealNameOf } from '@shared/domain/leads'
import type { SearchHit, SearchKind } from '@shared/domain/search'
import { dialectOf, type SearchDocument, type SearchMatch } from '../../db/dialect'
import type { Db } from '../context'
import { customValuesSearch } from '../custom-fields/customFields.sql'

// One query per kind against its own search index (FTS5 on SQLite, tsvector on PostgreSQL).
// The weights say which column counts most: a match in a person's name outranks one in their notes.

// A lead's document holds its title and person's name, its organisation's name and aliases, its
// person's emails and its notes (migration 13 keeps it in step with the person and organisation).
export const LEADS_SEARCH: SearchDocument = { table: 'leads', columns: [['name', 10], ['company', 5], ['email', 3], ['notes', 1]], stored: true }
const ACTIVITIES: SearchDocument = { table: 'activities', columns: [['subject', 4], ['body', 1]] }
const CAMPAIGNS: SearchDocument = { table: 'campaigns', columns: [['name', 8], ['objective', 2], ['notes', 1]] }
const GOALS: SearchDocument = { table: 'goals', columns: [['title', 5], ['description', 1]] }

interface Row {
  id: number
  title: string
  detail: string | null
  lead_id: number | null
}

interface LeadRow {
  id: number
  title: string | null
  person_name: string | null
  company: string | null
  stage_name: string
}

const toHit =
  (kind: SearchKind) =>
  (row: Row): SearchHit => ({ kind, id: row.id, title: row.title, detail: row.detail, leadId: row.lead_id })

async function leadRows(db: Db, match: SearchMatch, except: readonly number[], limit: number): Promise<LeadRow[]> {
  const { rows } = await sql<LeadRow>`
    SELECT l.id, l.title, (SELECT name FROM people WHERE id = l.person_id) AS person_name,
      (SELECT name FROM organizations WHERE id = l.organization_id) AS company, s.name AS stage_name
    FROM ${match.from} JOIN stages s ON s.id = l.stage_id
    WHERE ${match.where} ${except.length > 0 ? sql`AND l.id NOT IN (${sql.join(except)})` : sql``}
    ORDER BY ${match.rank}, l.id
    LIMIT ${limit}`.execute(db)
  return rows
}

/** Leads by their own words first, then those found by a custom value alone (an order number, a contract URL). */
export async function searchLeads(db: Db, words: readonly string[], limit: number): Promise<SearchHit[]> {
  const dialect = dialectOf(db)
  const rows = await leadRows(db, dialect.search(LEADS_SEARCH, 'l', words), [], limit)
  if (rows.length < limit) rows.push(...(await leadRows(db, customValuesSearch(dialect, 'lead', 'l', words), rows.map((row) => row.id), limit - rows.length)))
  return rows.map((row) => ({
    kind: 'lead',
    id: row.id,
    title: dealNameOf(row.title, row.person_name, row.company),
    detail: row.company === null ? row.stage_name : `${row.company} · ${row.stage_name}`,
    leadId: row.id,
  }))
}

export async function searchActivities(db: Db, words: readonly string[], limit: number): Promise<SearchHit[]> {
  const match = dialectOf(db).search(ACTIVITIES, 'a', words)
  const { rows } = await sql<Row>`
    SELECT a.id, a.subject AS title,
      coalesce(l.title, (SELECT name FROM people WHERE id = l.person_id), (SELECT name FROM organizations WHERE id = l.organization_id)) AS detail, a.lead_id
    FROM ${match.from} JOIN leads l ON l.id = a.lead_id
    WHERE ${match.where}
    ORDER BY ${match.rank}, a.id DESC
    LIMIT ${limit}`.execute(db)
  return rows.map(toHit('activity'))
}

export async function searchCampaigns(db: Db, words: readonly string[], limit: number): Promise<SearchHit[]> {
  const match = dialectOf(db).search(CAMPAIGNS, 'c', words)
  const { rows } = await sql<Row>`
    SELECT c.id, c.name AS title, c.objective AS detail, NULL AS lead_id
    FROM ${match.from}
    WHERE ${match.where}
    ORDER BY ${match.rank}, c.id
    LIMIT ${limit}`.execute(db)
  return rows.map(toHit('campaign'))
}

export async function searchGoals(db: Db, words: readonly string[], limit: number): Promise<SearchHit[]> {
  const match = dialectOf(db).search(GOALS, 'g', words)
  const { rows } = await sql<Row>`
    SELECT g.id, g.title AS title, g.description AS detail, NULL AS lead_id
    FROM ${match.from}
    WHERE ${match.where}
    ORDER BY ${match.rank}, g.id
    LIMIT ${limit}`.execute(db)
  return rows.map(toHit('goal'))
}
