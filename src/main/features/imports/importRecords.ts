import type { ImportConnection } from './importConnection'
// The leads search document as the schema's triggers write it (migration 13 defines the index).
import { sqliteLeadDocuments } from '../../db/migrations/0013_people_and_organizations/search'

// What a leads import records of what it made, once its rows are written: the batch's created
// leads, their opening history and first touches, their search documents, and the team members,
// people and organisations it added (undo removes them when nothing else uses them).

/** The largest person and organisation ids before the import: the ones above were made by it. */
export interface PartiesBefore {
  person: number
  organization: number
}

/**
 * The import holds the write lock from its start to COMMIT (beginImport) and a new row takes an
 * id above every other, so the leads (and team members) with an id above the largest before
 * the import are exactly the ones it created. One INSERT … SELECT each is far quicker than a
 * call per row.
 */
export async function recordCreated(db: ImportConnection, batchId: number, lastIdBefore: number, lastMemberBefore: number, partiesBefore: PartiesBefore): Promise<void> {
  await db.prepare(`INSERT INTO import_batch_leads (batch_id, lead_id, action, before) SELECT CAST(? AS bigint), id, 'created', NULL FROM leads WHERE id > ?`).run(batchId, lastIdBefore)
  // Won and lost leads wrote theirs as they were created (opened, then closed).
  await db.prepare(
    `INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, to_kind, at)
     SELECT l.id, NULL, l.stage_id, NULL, s.name, s.kind, l.created_at FROM leads l JOIN stages s ON s.id = l.stage_id WHERE l.id > ? AND s.kind = 'open'`,
  ).run(lastIdBefore)
  await db.prepare(`INSERT INTO touchpoints (lead_id, campaign_id, at, note) SELECT id, source_campaign_id, created_at, NULL FROM leads WHERE id > ? AND source_campaign_id IS NOT NULL`).run(
    lastIdBefore,
  )
  if (db.engine === 'sqlite') {
    // The new leads' search documents in one statement (their triggers were deferred), shaped as the search index defines them.
    await db.prepare(sqliteLeadDocuments('l.id > ?')).run(lastIdBefore)
    await db.prepare('UPDATE search_index_deferred SET above_id = NULL WHERE id = 1').run()
  }
  await db.prepare(`INSERT INTO import_batch_records (batch_id, kind, record_id) SELECT CAST(? AS bigint), 'team_member', id FROM team_members WHERE id > ?`).run(batchId, lastMemberBefore)
  await db.prepare(`INSERT INTO import_batch_records (batch_id, kind, record_id) SELECT CAST(? AS bigint), 'person', id FROM people WHERE id > ?`).run(batchId, partiesBefore.person)
  await db.prepare(`INSERT INTO import_batch_records (batch_id, kind, record_id) SELECT CAST(? AS bigint), 'organization', id FROM organizations WHERE id > ?`).run(batchId, partiesBefore.organization)
}
