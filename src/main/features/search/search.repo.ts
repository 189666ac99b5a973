import { sql } from 'kysely'
import type { SearchHit, SearchKind } from '@shared/domain/search'
import type { Db } from '../context'

// One query per kind against its own FTS5 table. bm25() weights say which column counts
// most: a match in a person's name outranks one in their notes.

interface Row {
  id: number
  title: string
  detail: string | null
  lead_id: number | null
}

const toHit =
  (kind: SearchKind) =>
  (row: Row): SearchHit => ({ kind, id: row.id, title: row.title, detail: row.detail, leadId: row.lead_id })

export async function searchLeads(db: Db, match: string, limit: number): Promise<SearchHit[]> {
  const { rows } = await sql<Row>`
    SELECT l.id, l.person_name AS title,
      CASE WHEN l.company IS NULL THEN s.name ELSE l.company || ' · ' || s.name END AS detail,
      l.id AS lead_id
    FROM leads_fts f JOIN leads l ON l.id = f.rowid JOIN stages s ON s.id = l.stage_id
    WHERE leads_fts MATCH ${match}
    ORDER BY bm25(leads_fts, 10.0, 5.0, 3.0, 1.0), l.id
    LIMIT ${limit}`.execute(db)
  return rows.map(toHit('lead'))
}

export async function searchActivities(db: Db, match: string, limit: number): Promise<SearchHit[]> {
  const { rows } = await sql<Row>`
    SELECT a.id, a.subject AS title, l.person_name AS detail, a.lead_id
    FROM activities_fts f JOIN activities a ON a.id = f.rowid JOIN leads l ON l.id = a.lead_id
    WHERE activities_fts MATCH ${match}
    ORDER BY bm25(activities_fts, 4.0, 1.0), a.id DESC
    LIMIT ${limit}`.execute(db)
  return rows.map(toHit('activity'))
}

export async function searchCampaigns(db: Db, match: string, limit: number): Promise<SearchHit[]> {
  const { rows } = await sql<Row>`
    SELECT c.id, c.name AS title, c.objective AS detail, NULL AS lead_id
    FROM campaigns_fts f JOIN campaigns c ON c.id = f.rowid
    WHERE campaigns_fts MATCH ${match}
    ORDER BY bm25(campaigns_fts, 8.0, 2.0, 1.0), c.id
    LIMIT ${limit}`.execute(db)
  return rows.map(toHit('campaign'))
}

export async function searchGoals(db: Db, match: string, limit: number): Promise<SearchHit[]> {
  const { rows } = await sql<Row>`
    SELECT g.id, g.title AS title, g.description AS detail, NULL AS lead_id
    FROM goals_fts f JOIN goals g ON g.id = f.rowid
    WHERE goals_fts MATCH ${match}
    ORDER BY bm25(goals_fts, 5.0, 1.0), g.id
    LIMIT ${limit}`.execute(db)
  return rows.map(toHit('goal'))
}
