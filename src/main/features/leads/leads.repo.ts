import { sql } from 'kysely'
import type { Channel } from '@shared/domain/enums'
import type { Lead } from '@shared/domain/leads'
import type { Db } from '../context'

/** The lead columns every read needs, with its source campaign's name and channel. */
export function selectLeads(db: Db) {
  return db
    .selectFrom('leads as l')
    .leftJoin('campaigns as c', 'c.id', 'l.source_campaign_id')
    .select([
      'l.id',
      'l.person_name',
      'l.company',
      'l.email',
      'l.phone',
      'l.source_campaign_id',
      'c.name as campaign_name',
      'c.channel as campaign_channel',
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
    ])
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

export async function findLead(db: Db, id: number): Promise<Lead | undefined> {
  const row = await selectLeads(db).where('l.id', '=', id).executeTakeFirst()
  if (!row) return undefined
  const [lead] = await withTags(db, [row])
  return lead
}

export async function replaceTags(db: Db, leadId: number, tags: string[]): Promise<void> {
  await db.deleteFrom('lead_tags').where('lead_id', '=', leadId).execute()
  const unique = [...new Map(tags.map((t) => [t.toLowerCase(), t])).values()]
  if (unique.length > 0) await db.insertInto('lead_tags').values(unique.map((tag) => ({ lead_id: leadId, tag }))).execute()
}

/** Escapes a user's text for LIKE '%…%' with ESCAPE '\'. */
export const likePattern = (text: string) => `%${text.replace(/[%_\\]/g, '\\$&')}%`

export const searchLeadsWhere = (text: string) => {
  const like = likePattern(text)
  return sql<boolean>`(l.person_name LIKE ${like} ESCAPE '\\' OR l.company LIKE ${like} ESCAPE '\\' OR l.email LIKE ${like} ESCAPE '\\' OR l.notes LIKE ${like} ESCAPE '\\')`
}
