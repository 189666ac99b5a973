import { sql } from 'kysely'
import type { Channel } from '@shared/domain/enums'
import { dealNameOf, type Lead } from '@shared/domain/leads'
import type { SqlDialect } from '../../db/dialect'
import type { LeadRow } from '../../db/schema'
import { fixedQuery } from '../../db/fixed-query'
import type { Db } from '../context'
import { leadPartyColumns, leadTagsJsonSql } from './leads.parties'

/** The lead's own columns, under the alias `l`. */
export const LEAD_OWN_COLUMNS = [
  'l.id',
  'l.title',
  'l.person_id',
  'l.organization_id',
  'l.source_campaign_id',
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
  'l.version',
] as const

/** A lead row as every read gives it: its own columns, who it is with, its campaign, its tags. */
export interface LeadJoinedRow extends LeadRow {
  person_name: string | null
  email: string | null
  phone: string | null
  company: string | null
  segment_id: number | null
  campaign_name: string | null
  campaign_channel: string | null
  tags_json: string
}

/**
 * The select list of a lead read, over `leads l`: the lead's columns, its person's and
 * organisation's (leads.parties.ts), its campaign and tags — all subqueries, so any query can
 * take it without a join. `campaign` names a joined campaigns alias to read instead, if there is one.
 */
export const leadReadColumns = (dialect: SqlDialect, campaign?: string) =>
  [
    ...LEAD_OWN_COLUMNS,
    leadPartyColumns('l'),
    campaign ? `${campaign}.name AS campaign_name` : '(SELECT name FROM campaigns WHERE id = l.source_campaign_id) AS campaign_name',
    campaign ? `${campaign}.channel AS campaign_channel` : '(SELECT channel FROM campaigns WHERE id = l.source_campaign_id) AS campaign_channel',
    `${leadTagsJsonSql(dialect, 'l')} AS tags_json`,
  ].join(', ')

export function toLead(row: LeadJoinedRow): Lead {
  return {
    id: row.id,
    title: row.title,
    dealName: dealNameOf(row.title, row.person_name, row.company),
    personId: row.person_id,
    personName: row.person_name,
    email: row.email,
    phone: row.phone,
    organizationId: row.organization_id,
    company: row.company,
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
    tags: JSON.parse(row.tags_json) as string[],
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
    version: row.version,
  }
}

/**
 * One lead in one query; every write reads its lead back through here, so it is kept cheap on purpose:
 * - fixed SQL text (fixedQuery) rather than the query builder or a template: building
 *   and compiling this select took ~60 µs a call, five times what SQLite needs to answer it;
 * - subqueries rather than joins: with SQLite 3.54, a cached statement that joins and
 *   has a `col = ?` term is planned again on every run (better-sqlite3 clears the
 *   bindings after each run), which costs more than the read itself.
 */
const leadById = fixedQuery<LeadJoinedRow>((dialect) => `SELECT ${leadReadColumns(dialect)} FROM leads l WHERE l.id = ?`)

export async function findLead(db: Db, id: number): Promise<Lead | undefined> {
  const row = (await leadById(db, id)).rows[0]
  return row && toLead(row)
}

// The read after every edit: whether the lead has custom values comes with it (an index probe),
// so a lead without any is read in one query rather than also fetching the firm's field list.
const leadWithCustomFlagById = fixedQuery<LeadJoinedRow & { has_custom_values: number }>(
  (dialect) =>
    `SELECT ${leadReadColumns(dialect)}, CASE WHEN EXISTS (SELECT 1 FROM custom_field_values WHERE lead_id = l.id) THEN 1 ELSE 0 END AS has_custom_values FROM leads l WHERE l.id = ?`,
)

/** One lead, and whether any custom value is stored for it. */
export async function findLeadForDetail(db: Db, id: number): Promise<{ lead: Lead; hasCustomValues: boolean } | undefined> {
  const row = (await leadWithCustomFlagById(db, id)).rows[0]
  return row && { lead: toLead(row), hasCustomValues: Number(row.has_custom_values) === 1 }
}

/**
 * The lead `alias` has `text` in its title or notes, or in its person's name, emails or phones, or
 * its organisation's name or aliases (ASCII case aside). The people and organisations that match
 * are each found once per query (uncorrelated IN), not once per lead.
 */
export const searchLeadsWhere = (dialect: SqlDialect, text: string, alias = 'l') => {
  const has = (column: string) => dialect.contains(sql.ref(column), text)
  return sql<boolean>`(${has(`${alias}.title`)} OR ${has(`${alias}.notes`)}
    OR ${sql.ref(`${alias}.person_id`)} IN (
      SELECT sp.id FROM people sp WHERE ${has('sp.name')} OR ${has('sp.email')} OR ${has('sp.phone')}
      UNION SELECT se.person_id FROM person_emails se WHERE ${has('se.email')}
      UNION SELECT sf.person_id FROM person_phones sf WHERE ${has('sf.phone')})
    OR ${sql.ref(`${alias}.organization_id`)} IN (
      SELECT so.id FROM organizations so WHERE ${has('so.name')}
      UNION SELECT sa.organization_id FROM organization_aliases sa WHERE ${has('sa.alias')})
    OR ${sql.ref(`${alias}.id`)} IN (
      SELECT cv.lead_id FROM custom_field_values cv WHERE cv.lead_id IS NOT NULL AND ${has('cv.text_value')}
        AND cv.field_id IN (SELECT cf.id FROM custom_fields cf WHERE cf.archived_at IS NULL)))`
}

/** What a list needs to name a lead `lead`: its title, its person's and its organisation's names (for dealNameOf). */
export const leadNameSelections = (lead = 'l') =>
  [
    sql<string | null>`${sql.ref(`${lead}.title`)}`.as('title'),
    sql<string | null>`(SELECT name FROM people WHERE id = ${sql.ref(`${lead}.person_id`)})`.as('person_name'),
    sql<string | null>`(SELECT name FROM organizations WHERE id = ${sql.ref(`${lead}.organization_id`)})`.as('company'),
  ] as const

export const dealNameOfRow = (row: { title: string | null; person_name: string | null; company: string | null }) => dealNameOf(row.title, row.person_name, row.company)
