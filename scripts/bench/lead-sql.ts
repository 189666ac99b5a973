// The raw SQL the lead and pipeline cases share: a lead row as the app reads it, and its tags.
import type BetterSqlite3 from 'better-sqlite3'
import { sqliteDialect } from '../../src/main/db/dialect/sqlite'
import { leadPartyColumns, leadTagsJsonSql } from '../../src/main/features/leads/leads.parties'

// Who the lead is with is read from its person and organisation, as leads.parties.ts reads it.
export const LEAD_COLUMNS = `l.id, l.title, l.person_id, l.organization_id, l.version, ${leadPartyColumns('l')}, l.source_campaign_id, c.name AS campaign_name, c.channel AS campaign_channel,
  l.pipeline_id, l.stage_id, l.position, l.value_minor, l.probability_override, l.owner, l.notes, l.created_at, l.updated_at,
  l.stage_entered_at, l.last_activity_at, l.snoozed_until, l.snooze_reason, l.expected_close_on, l.closed_at, l.lost_reason, l.lost_note`

/** A lead's tags as one JSON column. */
export const TAGS_JSON = `${leadTagsJsonSql(sqliteDialect, 'l')} AS tags_json`

/** One lead as findLead reads it: campaign by subquery (not a join: see findLead), tags as one JSON column. */
export const LEAD_ROW = `${LEAD_COLUMNS.replace('c.name AS campaign_name', '(SELECT name FROM campaigns WHERE id = l.source_campaign_id) AS campaign_name').replace(
  'c.channel AS campaign_channel',
  '(SELECT channel FROM campaigns WHERE id = l.source_campaign_id) AS campaign_channel',
)}, ${TAGS_JSON}`

/** `SELECT lead_id, tag … WHERE lead_id IN (…)`, prepared once per list length, grouped by lead. */
export function rawTags(sqlite: BetterSqlite3.Database) {
  const byLength = new Map<number, BetterSqlite3.Statement>()
  return (ids: number[]) => {
    const tags = new Map<number, string[]>()
    if (ids.length === 0) return tags
    let statement = byLength.get(ids.length)
    if (!statement) {
      statement = sqlite.prepare(
        `SELECT l.id AS lead_id, t.tag FROM leads l JOIN person_tags t ON t.person_id = l.person_id WHERE l.id IN (${ids.map(() => '?').join(', ')}) ORDER BY t.tag`,
      )
      byLength.set(ids.length, statement)
    }
    for (const { lead_id, tag } of statement.all(...ids) as Array<{ lead_id: number; tag: string }>) {
      const list = tags.get(lead_id)
      if (list) list.push(tag)
      else tags.set(lead_id, [tag])
    }
    return tags
  }
}
