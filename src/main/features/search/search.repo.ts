import { sql } from 'kysely'
import type { SearchHit, SearchKind } from '@shared/domain/search'
import { dialectOf, type SearchDocument } from '../../db/dialect'
import type { Db } from '../context'

// One query per kind against its own search index (FTS5 on SQLite, tsvector on PostgreSQL).
// The weights say which column counts most: a match in a person's name outranks one in their notes.

const LEADS: SearchDocument = { table: 'leads', columns: [['person_name', 10], ['company', 5], ['email', 3], ['notes', 1]] }
const ACTIVITIES: SearchDocument = { table: 'activities', columns: [['subject', 4], ['body', 1]] }
const CAMPAIGNS: SearchDocument = { table: 'campaigns', columns: [['name', 8], ['objective', 2], ['notes', 1]] }
const GOALS: SearchDocument = { table: 'goals', columns: [['title', 5], ['description', 1]] }

interface Row {
  id: number
  title: string
  detail: string | null
  lead_id: number | null
}

const toHit =
  (kind: SearchKind) =>
  (row: Row): SearchHit => ({ kind, id: row.id, title: row.title, detail: row.detail, leadId: row.lead_id })

export async function searchLeads(db: Db, words: readonly string[], limit: number): Promise<SearchHit[]> {
  const match = dialectOf(db).search(LEADS, 'l', words)
  const { rows } = await sql<Row>`
    SELECT l.id, l.person_name AS title,
      CASE WHEN l.company IS NULL THEN s.name ELSE l.company || ' · ' || s.name END AS detail,
      l.id AS lead_id
    FROM ${match.from} JOIN stages s ON s.id = l.stage_id
    WHERE ${match.where}
    ORDER BY ${match.rank}, l.id
    LIMIT ${limit}`.execute(db)
  return rows.map(toHit('lead'))
}

export async function searchActivities(db: Db, words: readonly string[], limit: number): Promise<SearchHit[]> {
  const match = dialectOf(db).search(ACTIVITIES, 'a', words)
  const { rows } = await sql<Row>`
    SELECT a.id, a.subject AS title, l.person_name AS detail, a.lead_id
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
