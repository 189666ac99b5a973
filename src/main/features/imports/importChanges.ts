import { countOf, noun, LEAD } from '@shared/domain/plural'
import type { ImportConnection } from './importConnection'

// An import that updates records Baton already had is a bulk change: each record it changed is
// one version further, and the change log (features/versions) says so, so a drawer open on one
// of them is refused with "Sam updated 12 leads from “leads.csv” a minute ago" rather than
// overwriting what the file brought. One INSERT … SELECT per kind of record, at the end.

const CAMPAIGN = noun('campaign')

/** Who is importing, for the log: the member signed in to a team server; nobody in a solo workspace. */
const member = (db: ImportConnection) => `(SELECT tm.name FROM team_members tm WHERE tm.login = ${db.engine === 'postgres' ? 'session_user' : 'NULL'})`

const logRows = (db: ImportConnection, record: string, table: string, where: string) =>
  db.prepare(
    `INSERT INTO record_changes (record_type, record_id, version, changed_by, fields, summary, at)
     SELECT '${record}', m.id, m.version, ${member(db)}, '', CAST(? AS TEXT), CAST(? AS TEXT) FROM ${table} m WHERE ${where}`,
  )

/**
 * The leads a leads import updated, and the people and organisations it changed (those it made are
 * new, not changed: their ids are above the largest before the import, and their first version has no log).
 */
export async function logLeadImport(db: ImportConnection, batchId: number, fileName: string, updated: number, before: { person: number; organization: number }, now: string): Promise<void> {
  if (updated === 0) return
  const summary = `updated ${countOf(updated, LEAD)} from “${fileName}”`
  await logRows(db, 'lead', 'leads', `m.id IN (SELECT b.lead_id FROM import_batch_leads b WHERE b.batch_id = CAST(? AS bigint) AND b.action = 'updated')`).run(summary, now, batchId)
  await logRows(db, 'person', 'people', 'm.updated_at = ? AND m.id <= ?').run(summary, now, now, before.person)
  await logRows(db, 'organization', 'organizations', 'm.updated_at = ? AND m.id <= ?').run(summary, now, now, before.organization)
}

/** The campaigns a campaigns import updated (each already one version further). */
export async function logCampaignImport(db: ImportConnection, batchId: number, fileName: string, updated: number, now: string): Promise<void> {
  if (updated === 0) return
  const summary = `updated ${countOf(updated, CAMPAIGN)} from “${fileName}”`
  await logRows(db, 'campaign', 'campaigns', 'm.id IN (SELECT b.campaign_id FROM import_batch_campaigns b WHERE b.batch_id = CAST(? AS bigint))').run(summary, now, batchId)
}
