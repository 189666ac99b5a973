import { sql, type Kysely } from 'kysely'
import type { SqlDialect } from '../../dialect'
import type { MigrationProgress } from '../progress'
import { groupLeads, type Grouped, type OldLead } from './grouping'
import { POSTGRES_SEARCH, SQLITE_SEARCH } from './search'
import { IMPORT_RECORD_KINDS, KEPT_LEAD_COLUMNS, leadIndexes, ownersJoinTeam, partyTables, POSTGRES_LEADS_AFTER, POSTGRES_LEADS_BEFORE, SQLITE_LEADS, VERSIONED } from './tables'

// Frozen in time: this migration must never import today's schema types (nor today's matching rules).
// People and organisations become records of their own. Each version 1 lead becomes a deal that
// belongs to a person and/or an organisation (grouping.ts says how they are found); the person's
// name, email, phone, tags and segment and the company's name move off the lead; a lead keeps what
// describes the deal. Nothing a person typed is lost: every spelling, address and number stays on
// the record it now belongs to (aliases, further emails and phones), and a value that now lives
// once and disagreed (a segment, a name's spelling) is written into the record's notes.
//
// SQLite rebuilds the leads table (a column with a foreign key cannot be dropped in place), so this
// migration runs with foreign keys off; the runner checks them all before it commits.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen: no schema types
type AnyDb = Kysely<any>

const run = async (db: AnyDb, statements: readonly string[]) => {
  for (const statement of statements) await sql.raw(statement).execute(db)
}

/** Rows of one table in statements of up to `perStatement` rows (well under both engines' parameter limits). */
async function insertRows(db: AnyDb, table: string, columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>, perStatement = 400): Promise<void> {
  const into = sql.raw(`INSERT INTO ${table} (${columns.join(', ')}) VALUES `)
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement)
    await sql`${into}${sql.join(chunk.map((row) => sql`(${sql.join(row.map((value) => sql`${value}`))})`))}`.execute(db)
  }
}

interface LeadRow {
  id: number
  person_name: string
  company: string | null
  email: string | null
  phone: string | null
  owner: string | null
  segment_id: number | null
  source_campaign_id: number | null
  created_at: string
  updated_at: string
}

/** Version 1's leads with their tags and first touch, as grouping.ts reads them. */
async function readLeads(db: AnyDb): Promise<OldLead[]> {
  const { rows } = await sql<LeadRow>`
    SELECT id, person_name, company, email, phone, owner, segment_id, source_campaign_id, created_at, updated_at FROM leads ORDER BY id`.execute(db)
  const tags = new Map<number, string[]>()
  for (const { lead_id, tag } of (await sql<{ lead_id: number; tag: string }>`SELECT lead_id, tag FROM lead_tags ORDER BY lead_id, tag`.execute(db)).rows) {
    const list = tags.get(lead_id)
    if (list) list.push(tag)
    else tags.set(lead_id, [tag])
  }
  // A lead's first touch is its source (migration 11); a source without touches was touched at the lead's creation.
  const firstTouches = new Map<number, { campaignId: number; at: string }>()
  const touches = await sql<{ lead_id: number; campaign_id: number; at: string }>`SELECT lead_id, campaign_id, at FROM touchpoints ORDER BY lead_id, at, id`.execute(db)
  for (const touch of touches.rows) if (!firstTouches.has(touch.lead_id)) firstTouches.set(touch.lead_id, { campaignId: touch.campaign_id, at: touch.at })
  return rows.map((row) => ({
    id: row.id,
    personName: row.person_name,
    company: row.company,
    email: row.email,
    phone: row.phone,
    owner: row.owner,
    segmentId: row.segment_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    tags: tags.get(row.id) ?? [],
    firstTouch: firstTouches.get(row.id) ?? (row.source_campaign_id === null ? null : { campaignId: row.source_campaign_id, at: row.created_at }),
  }))
}

async function writeRecords(db: AnyDb, engine: SqlDialect['engine'], grouped: Grouped, now: string, progress: (share: number) => void | Promise<void>): Promise<void> {
  const { organizations, people } = grouped
  await insertRows(
    db,
    'organizations',
    ['id', 'name', 'name_key', 'owner', 'segment_id', 'notes', 'created_at', 'updated_at'],
    organizations.map((o) => [o.id, o.name, o.nameKey, o.owner, o.segmentId, o.notes, o.createdAt, o.updatedAt]),
  )
  await insertRows(
    db,
    'organization_aliases',
    ['organization_id', 'alias', 'name_key'],
    organizations.flatMap((o) => o.aliases.map((a) => [o.id, a.alias, a.nameKey])),
  )
  await insertRows(
    db,
    'organization_tags',
    ['organization_id', 'tag'],
    organizations.flatMap((o) => o.tags.map((tag) => [o.id, tag])),
  )
  await progress(0.2)
  await insertRows(
    db,
    'people',
    ['id', 'name', 'name_key', 'email', 'phone', 'organization_id', 'owner', 'segment_id', 'notes', 'first_campaign_id', 'created_at', 'updated_at'],
    people.map((p) => [p.id, p.name, p.nameKey, p.email, p.phone, p.organizationId, p.owner, p.segmentId, p.notes, p.firstCampaignId, p.createdAt, p.updatedAt]),
  )
  await progress(0.7)
  await insertRows(
    db,
    'person_emails',
    ['person_id', 'email', 'position'],
    people.flatMap((p) => p.otherEmails.map((email, i) => [p.id, email, i + 1])),
  )
  await insertRows(
    db,
    'person_phones',
    ['person_id', 'phone', 'position'],
    people.flatMap((p) => p.otherPhones.map((phone, i) => [p.id, phone, i + 1])),
  )
  await insertRows(
    db,
    'person_tags',
    ['person_id', 'tag'],
    people.flatMap((p) => p.tags.map((tag) => [p.id, tag])),
  )
  await insertRows(
    db,
    'likely_duplicate_people',
    ['person_id', 'other_person_id', 'reason', 'found_at'],
    grouped.duplicates.map((d) => [d.personId, d.otherPersonId, d.reason, now]),
  )
  const int = engine === 'sqlite' ? 'INTEGER' : 'bigint'
  await sql.raw(`CREATE TEMPORARY TABLE lead_parties (lead_id ${int} PRIMARY KEY, person_id ${int}, organization_id ${int})`).execute(db)
  await insertRows(
    db,
    'lead_parties',
    ['lead_id', 'person_id', 'organization_id'],
    grouped.links.map((l) => [l.leadId, l.personId, l.organizationId]),
    800,
  )
  await progress(1)
}

/** SQLite: the leads table rebuilt without the columns that moved, its triggers and indexes put back. */
async function rebuildSqliteLeads(db: AnyDb): Promise<void> {
  // The triggers on leads other than its search index (owners join the team, the source is the first touch) come back as they were.
  const kept = await sql<{ sql: string }>`
    SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'leads' AND name NOT LIKE 'leads_fts_%' ORDER BY name`.execute(db)
  await run(db, [`DROP TABLE leads_fts`, SQLITE_LEADS])
  const columns = KEPT_LEAD_COLUMNS.map((c) => `l.${c}`).join(', ')
  await sql
    .raw(
      `INSERT INTO leads_next (${KEPT_LEAD_COLUMNS.join(', ')}, person_id, organization_id, title, version)
       SELECT ${columns}, t.person_id, t.organization_id, NULL, 1 FROM leads l JOIN lead_parties t ON t.lead_id = l.id ORDER BY l.id`,
    )
    .execute(db)
  // Renaming checks every trigger in the file against the schema; those on touchpoints name the
  // leads table, which is missing for a moment in between. The legacy rename skips that check.
  await run(db, [`DROP TABLE lead_tags`, `DROP TABLE leads`, `PRAGMA legacy_alter_table = ON`, `ALTER TABLE leads_next RENAME TO leads`, `PRAGMA legacy_alter_table = OFF`])
  await run(
    db,
    kept.rows.map((row) => row.sql),
  )
}

async function changePostgresLeads(db: AnyDb): Promise<void> {
  await run(db, POSTGRES_LEADS_BEFORE)
  await sql`UPDATE leads SET person_id = t.person_id, organization_id = t.organization_id FROM lead_parties t WHERE t.lead_id = leads.id`.execute(db)
  await run(db, [...POSTGRES_LEADS_AFTER, `DROP TABLE lead_tags`])
}

async function segmentNames(db: AnyDb): Promise<Map<number, string>> {
  const { rows } = await sql<{ id: number; name: string }>`SELECT id, name FROM segments`.execute(db)
  return new Map(rows.map((row) => [row.id, row.name]))
}

export async function up(db: AnyDb, dialect: SqlDialect, progress: MigrationProgress = () => undefined): Promise<void> {
  const { engine } = dialect
  // Shares of the work, for the progress bar: reading, writing the records, the leads table, indexes and search.
  const STEPS = 100
  await progress(0, STEPS)
  await run(db, partyTables(engine))
  const grouped = groupLeads(await readLeads(db), await segmentNames(db))
  await progress(15, STEPS)
  await writeRecords(db, engine, grouped, new Date().toISOString(), (share) => progress(15 + Math.round(share * 35), STEPS))
  if (engine === 'sqlite') await rebuildSqliteLeads(db)
  else await changePostgresLeads(db)
  await progress(70, STEPS)
  await run(db, [...leadIndexes(engine), ...VERSIONED[engine], ...ownersJoinTeam(engine), ...IMPORT_RECORD_KINDS[engine], `DROP TABLE lead_parties`])
  await progress(85, STEPS)
  await run(db, engine === 'sqlite' ? SQLITE_SEARCH : POSTGRES_SEARCH)
  // Rows were written with their ids: new ones follow them.
  await dialect.idsTaken(db, ['people', 'organizations'])
  await progress(STEPS, STEPS)
}
