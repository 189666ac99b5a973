import type BetterSqlite3 from 'better-sqlite3'

// The prepared statements a leads import runs for every row, made once per import on its own connection.

export function statements(db: BetterSqlite3.Database) {
  return {
    insertBatch: db.prepare('INSERT INTO import_batches (file_name, created_at) VALUES (?, ?)'),
    finishBatch: db.prepare(
      'UPDATE import_batches SET rows_read = ?, created_count = ?, updated_count = ?, skipped_count = ?, rejected_count = ?, currency_rates = ? WHERE id = ?',
    ),
    batchLead: db.prepare('INSERT INTO import_batch_leads (batch_id, lead_id, action, before) VALUES (?, ?, ?, ?)'),
    batchLeadBefore: db.prepare('SELECT before FROM import_batch_leads WHERE batch_id = ? AND lead_id = ?').pluck(),
    batchLeadHistory: db.prepare(`UPDATE import_batch_leads SET before = json_set(before, '$.historyId', ?) WHERE batch_id = ? AND lead_id = ?`),
    batchRecord: db.prepare('INSERT INTO import_batch_records (batch_id, kind, record_id) VALUES (?, ?, ?)'),
    byEmail: db.prepare('SELECT id FROM leads WHERE email = ? COLLATE NOCASE AND email IS NOT NULL LIMIT 1').pluck(),
    byCompanyPerson: db
      .prepare('SELECT id FROM leads WHERE company = ? COLLATE NOCASE AND person_name = ? COLLATE NOCASE AND company IS NOT NULL LIMIT 1')
      .pluck(),
    insertLead: db.prepare(`INSERT INTO leads (person_name, company, email, phone, source_campaign_id, pipeline_id, stage_id, position, value_minor,
        owner, notes, created_at, updated_at, stage_entered_at, expected_close_on, closed_at, lost_reason)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    duplicateOf: db.prepare('SELECT person_name AS personName, email, company FROM leads WHERE id = ?'),
    history: db.prepare(
      `INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, to_kind, at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    historyFrom: db.prepare('SELECT from_stage_id FROM stage_history WHERE id = ?').pluck(),
    retargetHistory: db.prepare('UPDATE stage_history SET to_stage_id = ?, to_stage_name = ?, to_kind = ?, at = ? WHERE id = ?'),
    deleteHistory: db.prepare('DELETE FROM stage_history WHERE id = ?'),
    deleteLeadHistory: db.prepare('DELETE FROM stage_history WHERE lead_id = ?'),
    tag: db.prepare('INSERT OR IGNORE INTO lead_tags (lead_id, tag) VALUES (?, ?)'),
    tagsOf: db.prepare('SELECT tag FROM lead_tags WHERE lead_id = ? ORDER BY tag').pluck(),
    leadRow: db.prepare('SELECT * FROM leads WHERE id = ?'),
    stageName: db.prepare('SELECT name FROM stages WHERE id = ?').pluck(),
    maxPosition: db.prepare('SELECT max(position) FROM leads WHERE stage_id = ?').pluck(),
    insertCampaign: db.prepare(
      `INSERT INTO campaigns (name, channel, status, created_at, updated_at) VALUES (?, 'other', 'active', ?, ?) RETURNING id`,
    ).pluck(),
    insertStage: db.prepare(
      `INSERT INTO stages (pipeline_id, name, position, kind, win_probability, color, created_at) VALUES (?, ?, ?, 'open', 20, '#64748b', ?) RETURNING id`,
    ).pluck(),
    insertLostReason: db
      .prepare('INSERT INTO lost_reasons (label, position) VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM lost_reasons)) RETURNING id')
      .pluck(),
    shiftClosedStages: db.prepare(`UPDATE stages SET position = position + 1 WHERE pipeline_id = ? AND kind <> 'open'`),
  }
}

export type Statements = ReturnType<typeof statements>
