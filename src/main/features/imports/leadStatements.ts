import type { ImportConnection } from './importConnection'

// The prepared statements a leads import runs for every row, made once per import on its own connection.
// Parameters compared or selected without a column to take a type from are cast, as PostgreSQL asks.

export function statements(db: ImportConnection) {
  // An email matched up to case, in the form each engine's index on it answers.
  const caselessEmail = (column: string) => (db.engine === 'sqlite' ? `${column} = ? COLLATE NOCASE` : `lower(${column}) = lower(CAST(? AS text))`)
  return {
    insertBatch: db.prepare('INSERT INTO import_batches (file_name, created_at) VALUES (?, ?) RETURNING id', { pluck: true }),
    finishBatch: db.prepare(
      'UPDATE import_batches SET rows_read = ?, created_count = ?, updated_count = ?, skipped_count = ?, rejected_count = ?, currency_rates = ? WHERE id = ?',
    ),
    batchLead: db.prepare('INSERT INTO import_batch_leads (batch_id, lead_id, action, before) VALUES (?, ?, ?, ?)'),
    batchLeadBefore: db.prepare('SELECT before FROM import_batch_leads WHERE batch_id = ? AND lead_id = ?', { pluck: true }),
    // The record of a lead a later row of the file touched again, rewritten whole (JSON is merged in JavaScript, as either engine keeps it).
    rewriteBatchLead: db.prepare('UPDATE import_batch_leads SET before = ? WHERE batch_id = ? AND lead_id = ?'),
    batchRecord: db.prepare('INSERT INTO import_batch_records (batch_id, kind, record_id) VALUES (?, ?, ?)'),
    // A lead already in Baton that a row repeats: one whose person has the row's email, or (without
    // one) whose person has the row's name at the row's organisation — as before people had records.
    byEmail: db
      .prepare(
        `SELECT l.id FROM leads l WHERE l.person_id IN (SELECT id FROM people WHERE ${caselessEmail('email')} UNION SELECT person_id FROM person_emails WHERE ${caselessEmail('email')})
         ORDER BY l.id LIMIT 1`,
        { pluck: true },
      ),
    byCompanyPerson: db
      .prepare(`SELECT l.id FROM leads l JOIN people p ON p.id = l.person_id WHERE l.organization_id = ? AND p.name_key = ? ORDER BY l.id LIMIT 1`, { pluck: true }),
    insertLead: db.prepare(`INSERT INTO leads (person_id, organization_id, source_campaign_id, pipeline_id, stage_id, position, value_minor,
        owner, notes, created_at, updated_at, stage_entered_at, expected_close_on, closed_at, lost_reason, title)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, { pluck: true }),
    // In a file with deal titles, a row repeats a deal when its person (or, without one, its organisation) has a deal of that title.
    leadByPersonTitle: db.prepare(`SELECT id FROM leads WHERE person_id = ? AND lower(title) = lower(CAST(? AS text)) ORDER BY id LIMIT 1`, { pluck: true }),
    leadByOrganizationTitle: db
      .prepare(`SELECT id FROM leads WHERE organization_id = ? AND person_id IS NULL AND lower(title) = lower(CAST(? AS text)) ORDER BY id LIMIT 1`, { pluck: true }),
    duplicateOf: db.prepare(
      `SELECT (SELECT name FROM people WHERE id = l.person_id) AS "personName", (SELECT email FROM people WHERE id = l.person_id) AS email,
         (SELECT name FROM organizations WHERE id = l.organization_id) AS company FROM leads l WHERE l.id = ?`,
    ),
    // People and organisations, matched as leads.who.ts matches them (email, then name at the organisation; a company by its normalised name).
    peopleByEmail: db.prepare(
      `SELECT id, name_key AS "nameKey", organization_id AS "organizationId" FROM people WHERE ${caselessEmail('email')}
       UNION SELECT p.id, p.name_key, p.organization_id FROM person_emails e JOIN people p ON p.id = e.person_id WHERE ${caselessEmail('e.email')}
       ORDER BY 1`,
    ),
    personAt: db.prepare('SELECT id FROM people WHERE organization_id = ? AND name_key = ? ORDER BY id LIMIT 1', { pluck: true }),
    organizationByKey: db
      .prepare('SELECT id FROM organizations WHERE name_key = ? UNION SELECT organization_id FROM organization_aliases WHERE name_key = ? ORDER BY 1 LIMIT 1', { pluck: true }),
    organizationByDomain: db.prepare('SELECT id FROM organizations WHERE domain = ? ORDER BY id LIMIT 1', { pluck: true }),
    insertOrganization: db
      .prepare('INSERT INTO organizations (name, name_key, owner, created_at, updated_at, domain, industry, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id', { pluck: true }),
    insertPerson: db
      .prepare(
        `INSERT INTO people (name, name_key, email, phone, organization_id, owner, first_campaign_id, created_at, updated_at, job_title)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        { pluck: true },
      ),
    person: db.prepare('SELECT id, name, name_key, email, phone, organization_id, job_title FROM people WHERE id = ?'),
    setPersonJobTitle: db.prepare('UPDATE people SET job_title = ?, updated_at = ?, version = version + 1 WHERE id = ?'),
    organizationDetails: db.prepare('SELECT id, domain, industry, size FROM organizations WHERE id = ?'),
    setOrganizationDetails: db.prepare(
      'UPDATE organizations SET domain = coalesce(?, domain), industry = coalesce(?, industry), size = coalesce(?, size), updated_at = ?, version = version + 1 WHERE id = ?',
    ),
    renamePerson: db.prepare('UPDATE people SET name = ?, name_key = ?, updated_at = ?, version = version + 1 WHERE id = ?'),
    setPersonEmail: db.prepare('UPDATE people SET email = ?, updated_at = ?, version = version + 1 WHERE id = ?'),
    setPersonPhone: db.prepare('UPDATE people SET phone = ?, updated_at = ?, version = version + 1 WHERE id = ?'),
    setPersonOrganization: db.prepare('UPDATE people SET organization_id = ?, updated_at = ?, version = version + 1 WHERE id = ?'),
    restorePerson: db.prepare('UPDATE people SET name = ?, name_key = ?, email = ?, phone = ?, organization_id = ? WHERE id = ?'),
    likelyDuplicate: db.prepare(
      // The pair as the table keeps it: the smaller id first (the caller orders them).
      `INSERT INTO likely_duplicate_people (person_id, other_person_id, reason, found_at) VALUES (?, ?, 'same_email', ?) ON CONFLICT DO NOTHING`,
    ),
    history: db.prepare(
      `INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, to_kind, at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      { pluck: true },
    ),
    historyFrom: db.prepare('SELECT from_stage_id FROM stage_history WHERE id = ?', { pluck: true }),
    retargetHistory: db.prepare('UPDATE stage_history SET to_stage_id = ?, to_stage_name = ?, to_kind = ?, at = ? WHERE id = ?'),
    deleteHistory: db.prepare('DELETE FROM stage_history WHERE id = ?'),
    deleteLeadHistory: db.prepare('DELETE FROM stage_history WHERE lead_id = ?'),
    personTag: db.prepare('INSERT INTO person_tags (person_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING'),
    organizationTag: db.prepare('INSERT INTO organization_tags (organization_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING'),
    tagsOfPerson: db.prepare('SELECT tag FROM person_tags WHERE person_id = ? ORDER BY tag', { pluck: true }),
    leadRow: db.prepare('SELECT * FROM leads WHERE id = ?'),
    stageName: db.prepare('SELECT name FROM stages WHERE id = ?', { pluck: true }),
    maxPosition: db.prepare('SELECT max(position) FROM leads WHERE stage_id = ?', { pluck: true }),
    insertCampaign: db.prepare(
      `INSERT INTO campaigns (name, channel, status, created_at, updated_at) VALUES (?, 'other', 'active', ?, ?) RETURNING id`,
      { pluck: true },
    ),
    insertStage: db.prepare(
      `INSERT INTO stages (pipeline_id, name, position, kind, win_probability, color, created_at) VALUES (?, ?, ?, 'open', 20, '#64748b', ?) RETURNING id`,
      { pluck: true },
    ),
    insertLostReason: db
      .prepare('INSERT INTO lost_reasons (label, position) VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM lost_reasons)) RETURNING id', { pluck: true }),
    shiftClosedStages: db.prepare(`UPDATE stages SET position = position + 1 WHERE pipeline_id = ? AND kind <> 'open'`),
  }
}

export type Statements = ReturnType<typeof statements>
