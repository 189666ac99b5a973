import { sql } from 'kysely'
import type { Channel } from '@shared/domain/enums'
import type { Lead } from '@shared/domain/leads'
import type { SqlDialect } from '../../db/dialect'
import { fixedQuery } from '../../db/fixed-query'
import type { Db } from '../context'

export const LEAD_OWN_COLUMNS = [
  'l.id',
  'l.person_name',
  'l.company',
  'l.email',
  'l.phone',
  'l.source_campaign_id',
  'l.segment_id',
  'l.pipeline_id',
  'l.stage_id',
  'l.position',
  'l.value_minor',
  'l.probability_override',
  'l.owner',
  'l.notes',
  'l.created_at',
  'l.updated_at',
  'l.stage_entered_at',
  'l.last_activity_at',
  'l.snoozed_until',
  'l.snooze_reason',
  'l.expected_close_on',
  'l.closed_at',
  'l.lost_reason',
  'l.lost_note',
] as const

/** The lead columns every read needs, with its source campaign's name and channel. */
export function selectLeads(db: Db) {
  return db
    .selectFrom('leads as l')
    .leftJoin('campaigns as c', 'c.id', 'l.source_campaign_id')
    .select([...LEAD_OWN_COLUMNS, 'c.name as campaign_name', 'c.channel as campaign_channel'])
}

export type LeadJoinedRow = Awaited<ReturnType<ReturnType<typeof selectLeads>['executeTakeFirstOrThrow']>>

export function toLead(row: LeadJoinedRow, tags: string[]): Lead {
  return {
    id: row.id,
    personName: row.person_name,
    company: row.company,
    email: row.email,
    phone: row.phone,
    sourceCampaignId: row.source_campaign_id,
    sourceCampaignName: row.campaign_name,
    sourceChannel: row.campaign_channel as Channel | null,
    segmentId: row.segment_id,
    pipelineId: row.pipeline_id,
    stageId: row.stage_id,
    position: row.position,
    valueMinor: row.value_minor,
    probabilityOverride: row.probability_override,
    owner: row.owner,
    tags,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    stageEnteredAt: row.stage_entered_at,
    lastActivityAt: row.last_activity_at,
    snoozedUntil: row.snoozed_until,
    snoozeReason: row.snooze_reason,
    expectedCloseOn: row.expected_close_on,
    closedAt: row.closed_at,
    lostReason: row.lost_reason,
    lostNote: row.lost_note,
  }
}

export async function tagsByLead(db: Db, leadIds: number[]): Promise<Map<number, string[]>> {
  const byLead = new Map<number, string[]>()
  if (leadIds.length === 0) return byLead
  const rows = await db.selectFrom('lead_tags').select(['lead_id', 'tag']).where('lead_id', 'in', leadIds).orderBy('tag').execute()
  for (const { lead_id, tag } of rows) {
    const list = byLead.get(lead_id)
    if (list) list.push(tag)
    else byLead.set(lead_id, [tag])
  }
  return byLead
}

export async function withTags(db: Db, rows: LeadJoinedRow[]): Promise<Lead[]> {
  const tags = await tagsByLead(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((row) => toLead(row, tags.get(row.id) ?? []))
}

/** The lead `l`'s tags in order, as one JSON array column `tags_json`. */
export const TAGS_JSON = (dialect: SqlDialect) => `${dialect.jsonArrayOf('tag', 'lead_tags WHERE lead_id = l.id', 'tag')} AS tags_json`

// A lead row as findLead reads it: the campaign by subquery, the tags as one JSON column.
const leadRowColumns = (dialect: SqlDialect) =>
  [
    ...LEAD_OWN_COLUMNS,
    '(SELECT name FROM campaigns WHERE id = l.source_campaign_id) AS campaign_name',
    '(SELECT channel FROM campaigns WHERE id = l.source_campaign_id) AS campaign_channel',
    TAGS_JSON(dialect),
  ].join(', ')

/**
 * One lead with its campaign and tags in one query; every write reads its lead back
 * through here, so it is kept cheap on purpose:
 * - fixed SQL text (fixedQuery) rather than the query builder or a template: building
 *   and compiling this select took ~60 µs a call, five times what SQLite needs to answer it;
 * - subqueries rather than a join: with SQLite 3.54, a cached statement that joins and
 *   has a `col = ?` term is planned again on every run (better-sqlite3 clears the
 *   bindings after each run), which costs more than the read itself.
 */
const leadById = fixedQuery<LeadJoinedRow & { tags_json: string }>((dialect) => `SELECT ${leadRowColumns(dialect)} FROM leads l WHERE l.id = ?`)

export async function findLead(db: Db, id: number): Promise<Lead | undefined> {
  const row = (await leadById(db, id)).rows[0]
  return row && toLead(row, JSON.parse(row.tags_json) as string[])
}

export async function replaceTags(db: Db, leadId: number, tags: string[]): Promise<void> {
  await db.deleteFrom('lead_tags').where('lead_id', '=', leadId).execute()
  const unique = [...new Map(tags.map((t) => [t.toLowerCase(), t])).values()]
  if (unique.length > 0) await db.insertInto('lead_tags').values(unique.map((tag) => ({ lead_id: leadId, tag }))).execute()
}

/** The lead `alias` has `text` in its person, company, email or notes (ASCII case aside). */
export const searchLeadsWhere = (dialect: SqlDialect, text: string, alias = 'l') =>
  sql<boolean>`(${sql.join(
    ['person_name', 'company', 'email', 'notes'].map((column) => dialect.contains(sql.ref(`${alias}.${column}`), text)),
    sql` OR `,
  )})`
