// The command palette's search at scale: one prefix search over 100,000 leads and their
// activities (plus campaigns and goals) through dispatch, against the same four FTS5
// queries on raw prepared statements.
import type BetterSqlite3 from 'better-sqlite3'
import type { Dispatch } from '../../src/main/ipc/dispatch'
import { searchWords, type SearchResults } from '../../src/shared/domain/search'
import type { BenchCase, BenchKit } from './kit'
import { readCases, type ReadBench } from './read'

const LIMIT = 6

const RAW_QUERIES = [
  `SELECT l.id FROM leads_fts f JOIN leads l ON l.id = f.rowid JOIN stages s ON s.id = l.stage_id
   WHERE leads_fts MATCH ? ORDER BY bm25(leads_fts, 10.0, 5.0, 3.0, 1.0), l.id LIMIT ?`,
  `SELECT a.id FROM activities_fts f JOIN activities a ON a.id = f.rowid JOIN leads l ON l.id = a.lead_id
   WHERE activities_fts MATCH ? ORDER BY bm25(activities_fts, 4.0, 1.0), a.id DESC LIMIT ?`,
  `SELECT c.id FROM campaigns_fts f JOIN campaigns c ON c.id = f.rowid
   WHERE campaigns_fts MATCH ? ORDER BY bm25(campaigns_fts, 8.0, 2.0, 1.0), c.id LIMIT ?`,
  `SELECT g.id FROM goals_fts f JOIN goals g ON g.id = f.rowid
   WHERE goals_fts MATCH ? ORDER BY bm25(goals_fts, 5.0, 1.0), g.id LIMIT ?`,
]

/** What the palette shows first for a person typing part of a name and part of a company. */
interface Picked {
  text: string
}

const searchLeads100k: ReadBench<Picked> = {
  name: 'search-100k',
  pick(sqlite: BetterSqlite3.Database): Picked {
    const row = sqlite
      .prepare(
        `SELECT p.name AS person_name, o.name AS company FROM leads l JOIN people p ON p.id = l.person_id JOIN organizations o ON o.id = l.organization_id
         ORDER BY l.id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM leads)`,
      )
      .get() as {
      person_name: string
      company: string
    }
    return { text: `${row.person_name.slice(0, 3)} ${row.company.slice(0, 2)}` }
  },
  async baton(dispatch: Dispatch, picked: Picked): Promise<unknown> {
    const result = await dispatch('search.query', { text: picked.text, limit: LIMIT })
    if (!result.ok) throw new Error(`search.query failed: ${result.error.message}`)
    return (result.value as SearchResults).groups.map((group) => group.hits.map((hit) => hit.id)).filter((ids) => ids.length > 0)
  },
  raw(sqlite: BetterSqlite3.Database, picked: Picked): () => unknown {
    const statements = RAW_QUERIES.map((sql) => sqlite.prepare(sql).pluck())
    // The FTS5 query the SQLite dialect builds from the words: each a quoted prefix term.
    const match = (searchWords(picked.text) ?? []).map((word) => `"${word}"*`).join(' ')
    return () => statements.map((statement) => statement.all(match, LIMIT) as number[]).filter((ids) => ids.length > 0)
  },
}

export function searchCases(kit: BenchKit): BenchCase[] {
  return readCases(kit, searchLeads100k)
}
