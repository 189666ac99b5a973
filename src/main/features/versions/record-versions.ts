import { sql, type RawBuilder } from 'kysely'
import { describeNewerChanges, type NewerChange, type VersionedRecord } from '@shared/domain/recordChanges'
import { AppError, notFound } from '@shared/errors'
import { dialectOf } from '../../db/dialect'
import type { Db, Trx } from '../context'

// Nobody overwrites anybody silently (issue 19). A save of a lead, person, organisation,
// campaign or goal names the version it was based on; `claimVersion`, first thing in the save's
// transaction, holds the record's row (two saves of one record take turns) and refuses the save
// when the record has moved on, saying who changed what and when. `recordVersion`, last thing
// in the same transaction, writes down who saved which fields (record_changes, migration 0015),
// which is what the next refusal reads.

const TABLES: Record<VersionedRecord, 'leads' | 'people' | 'organizations' | 'campaigns' | 'goals'> = {
  lead: 'leads',
  person: 'people',
  organization: 'organizations',
  campaign: 'campaigns',
  goal: 'goals',
}

// The columns people edit, compared before and after a save; bookkeeping (positions, name keys,
// updated_at) is left out.
const TRACKED: Record<VersionedRecord, readonly string[]> = {
  lead: ['title', 'value_minor', 'probability_override', 'owner', 'notes', 'expected_close_on', 'source_campaign_id', 'person_id', 'organization_id', 'stage_id', 'lost_reason'],
  person: ['name', 'email', 'phone', 'job_title', 'organization_id', 'owner', 'segment_id', 'notes'],
  organization: ['name', 'domain', 'website', 'industry', 'size', 'region', 'address', 'owner', 'segment_id', 'notes'],
  campaign: ['name', 'channel', 'objective', 'segment_id', 'budget_minor', 'starts_on', 'ends_on', 'status', 'tracking_code', 'notes'],
  goal: ['title', 'description', 'metric', 'target', 'baseline', 'starts_on', 'ends_on', 'team', 'filters', 'status', 'owner', 'why'],
}

type Row = Record<string, unknown> & { version: number }

export interface Claimed {
  record: VersionedRecord
  id: number
  before: Row
}

const WHAT: Record<VersionedRecord, string> = { lead: 'That lead', person: 'That person', organization: 'That organisation', campaign: 'That campaign', goal: 'That goal' }

async function readTracked(trx: Db | Trx, record: VersionedRecord, id: number): Promise<Row | undefined> {
  const columns = [...TRACKED[record], 'version'].map((c) => sql.ref(c))
  const { rows } = await sql<Row>`SELECT ${sql.join(columns)} FROM ${sql.table(TABLES[record])} WHERE id = ${id}`.execute(trx)
  return rows[0]
}

/** The refusal of a save based on `basedOn`: who changed what since, and when. */
export async function staleSave(db: Db | Trx, record: VersionedRecord, id: number, basedOn: number, now = Date.now()): Promise<AppError> {
  const rows = await db
    .selectFrom('record_changes')
    .select(['changed_by', 'fields', 'at', 'summary'])
    .where('record_type', '=', record)
    .where('record_id', '=', id)
    .where('version', '>', basedOn)
    .orderBy('version')
    .execute()
  const changes: NewerChange[] = rows.map((r) => ({ by: r.changed_by, fields: r.fields === '' ? [] : r.fields.split(','), at: r.at, summary: r.summary }))
  if (changes.length === 0) {
    // Saved by a path that keeps no log (a merge, a workspace written before the log): say when at least.
    const { rows: touched } = await sql<{ at: string }>`SELECT updated_at AS at FROM ${sql.table(TABLES[record])} WHERE id = ${id}`.execute(db)
    if (touched[0]) changes.push({ by: null, fields: [], at: touched[0].at })
  }
  return new AppError('stale', `${describeNewerChanges(record, changes, now)} Your changes are not saved yet: they are still in the form.`)
}

/**
 * First thing in a save's transaction: holds the record's row until the transaction ends and,
 * when the save names the version it was based on, refuses it if the record has moved on since.
 * Returns what the tracked fields were, for `recordVersion`.
 */
export async function claimVersion(trx: Trx, record: VersionedRecord, id: number, basedOn: number | undefined): Promise<Claimed> {
  // A no-op UPDATE takes the row's write lock on PostgreSQL (a second save waits here, then reads
  // the first one's version) and SQLite's write lock; it changes nothing.
  await sql`UPDATE ${sql.table(TABLES[record])} SET version = version WHERE id = ${id}`.execute(trx)
  const before = await readTracked(trx, record, id)
  if (!before) throw notFound(WHAT[record])
  if (basedOn !== undefined && Number(before.version) !== basedOn) throw await staleSave(trx, record, id, basedOn)
  return { record, id, before }
}

// Numbers may come back as numbers or numeric strings, depending on the engine and column type.
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null) || (typeof a !== 'object' && typeof b !== 'object' && `${a as string}` === `${b as string}`)

/**
 * Last thing in a save's transaction: writes down the new version with who saved it (the member
 * signed in, on a team server) and which fields changed, besides `alsoChanged` (lists kept in
 * their own tables: tags, emails).
 */
export async function recordVersion(trx: Trx, claimed: Claimed, at: string, alsoChanged: readonly string[] = []): Promise<void> {
  const after = await readTracked(trx, claimed.record, claimed.id)
  if (!after || Number(after.version) === Number(claimed.before.version)) return
  const fields = [...TRACKED[claimed.record].filter((f) => !same(claimed.before[f], after[f])), ...alsoChanged]
  const login = dialectOf(trx).signedInLogin()
  await sql`INSERT INTO record_changes (record_type, record_id, version, changed_by, fields, at)
            VALUES (${claimed.record}, ${claimed.id}, ${after.version}, (SELECT m.name FROM team_members m WHERE m.login = ${login}), ${fields.join(',')}, ${at})`.execute(trx)
}

/** A move of a lead to another stage, in the change log (the move made its new version itself). */
export async function recordMove(trx: Trx, leadId: number, fields: readonly string[], at: string): Promise<void> {
  const login = dialectOf(trx).signedInLogin()
  await sql`INSERT INTO record_changes (record_type, record_id, version, changed_by, fields, at)
            SELECT 'lead', l.id, l.version, (SELECT m.name FROM team_members m WHERE m.login = ${login}), ${fields.join(',')}, ${at}
            FROM leads l WHERE l.id = ${leadId}`.execute(trx)
}

export interface BulkChange {
  /** What was done, said after the member's name: "moved 40 leads to Qualified". */
  summary: string
  /** The columns it changed (record_changes.fields), or a list kept in its own table ('tags'). */
  fields: readonly string[]
  at: string
}

/**
 * A bulk change, undo or import in the change log: one row for each record matching `which` (a
 * condition over the record's table as `m`), at the version it has now, or one further when
 * `beforeBump` (written before the statement that makes the new version). One statement however
 * many records, so a bulk change costs the same per record as before.
 */
export async function recordBulkChange(trx: Trx, record: VersionedRecord, which: RawBuilder<boolean>, change: BulkChange, beforeBump = false): Promise<void> {
  const login = dialectOf(trx).signedInLogin()
  const version = beforeBump ? sql`m.version + 1` : sql`m.version`
  // Parameters in a SELECT list are cast: PostgreSQL cannot tell their type from an INSERT's columns.
  await sql`INSERT INTO record_changes (record_type, record_id, version, changed_by, fields, summary, at)
            SELECT CAST(${record} AS TEXT), m.id, ${version}, (SELECT tm.name FROM team_members tm WHERE tm.login = ${login}),
                   CAST(${change.fields.join(',')} AS TEXT), CAST(${change.summary} AS TEXT), CAST(${change.at} AS TEXT)
            FROM ${sql.table(TABLES[record])} m WHERE ${which}`.execute(trx)
}
