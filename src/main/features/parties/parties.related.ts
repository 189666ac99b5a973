import { sql } from 'kysely'
import type { ActivityKind, StageKind } from '@shared/domain/enums'
import { dealNameOf } from '@shared/domain/leads'
import type { PartyActivity, PartyCampaign, PartyLead, PartyMatch } from '@shared/domain/people'
import type { OrganizationPerson } from '@shared/domain/partyTables'
import { searchWords } from '@shared/domain/search'
import { dialectOf } from '../../db/dialect'
import type { Db } from '../context'
import { customValuesSearch } from '../custom-fields/customFields.sql'
import { PARTY, type PartyKind } from './parties'
import { ORGANIZATIONS_SEARCH, PEOPLE_SEARCH } from './parties.table'

// What a person's or an organisation's page lists: their deals, the activities on them, the
// campaigns that touched them, an organisation's people, and the picker's lookup. Each reads the
// party's deals through leads_by_person / leads_by_organization.

interface LeadRow {
  id: number
  title: string | null
  person_id: number | null
  person_name: string | null
  organization_id: number | null
  company: string | null
  pipeline_id: number
  stage_id: number
  stage_name: string
  stage_kind: string
  value_minor: number
  owner: string | null
  created_at: string
  expected_close_on: string | null
  closed_at: string | null
  lost_reason: string | null
}

/** Their deals: open ones first (newest first), then closed ones (latest close first). */
export async function partyLeads(db: Db, kind: PartyKind, id: number): Promise<PartyLead[]> {
  const { rows } = await sql<LeadRow>`
    SELECT l.id, l.title, l.person_id, (SELECT name FROM people WHERE id = l.person_id) AS person_name,
      l.organization_id, (SELECT name FROM organizations WHERE id = l.organization_id) AS company,
      l.pipeline_id, l.stage_id, s.name AS stage_name, s.kind AS stage_kind, l.value_minor, l.owner, l.created_at, l.expected_close_on, l.closed_at, l.lost_reason
    FROM leads l JOIN stages s ON s.id = l.stage_id
    WHERE ${sql.ref(`l.${PARTY[kind].key}`)} = ${id}
    ORDER BY CASE WHEN l.closed_at IS NULL THEN 0 ELSE 1 END, coalesce(l.closed_at, l.created_at) DESC, l.id DESC`.execute(db)
  return rows.map((row) => ({
    id: row.id,
    dealName: dealNameOf(row.title, row.person_name, row.company),
    personId: row.person_id,
    personName: row.person_name,
    organizationId: row.organization_id,
    company: row.company,
    pipelineId: row.pipeline_id,
    stageId: row.stage_id,
    stageName: row.stage_name,
    stageKind: row.stage_kind as StageKind,
    valueMinor: Number(row.value_minor),
    owner: row.owner,
    createdAt: row.created_at,
    expectedCloseOn: row.expected_close_on,
    closedAt: row.closed_at,
    lostReason: row.lost_reason,
  }))
}

interface ActivityRow {
  id: number
  lead_id: number
  title: string | null
  person_name: string | null
  company: string | null
  kind: string
  subject: string
  body: string | null
  due_at: string | null
  done_at: string | null
  created_at: string
}

/** The activities on all their deals, newest first (by when done, else due, else written). */
export async function partyActivities(db: Db, kind: PartyKind, id: number, offset: number, limit: number): Promise<PartyActivity[]> {
  const { rows } = await sql<ActivityRow>`
    SELECT a.id, a.lead_id, l.title, (SELECT name FROM people WHERE id = l.person_id) AS person_name,
      (SELECT name FROM organizations WHERE id = l.organization_id) AS company,
      a.kind, a.subject, a.body, a.due_at, a.done_at, a.created_at
    FROM leads l JOIN activities a ON a.lead_id = l.id
    WHERE ${sql.ref(`l.${PARTY[kind].key}`)} = ${id}
    ORDER BY coalesce(a.done_at, a.due_at, a.created_at) DESC, a.id DESC
    LIMIT ${limit} OFFSET ${offset}`.execute(db)
  return rows.map((row) => ({
    id: row.id,
    leadId: row.lead_id,
    dealName: dealNameOf(row.title, row.person_name, row.company),
    kind: row.kind as ActivityKind,
    subject: row.subject,
    body: row.body,
    dueAt: row.due_at,
    doneAt: row.done_at,
    createdAt: row.created_at,
  }))
}

/** The campaigns that touched any of their deals: how often, first and last, the latest first. */
export async function partyCampaigns(db: Db, kind: PartyKind, id: number): Promise<PartyCampaign[]> {
  const { rows } = await sql<{ campaign_id: number; name: string; channel: string; touches: number; first_at: string; last_at: string }>`
    SELECT t.campaign_id, c.name, c.channel, count(*) AS touches, min(t.at) AS first_at, max(t.at) AS last_at
    FROM leads l JOIN touchpoints t ON t.lead_id = l.id JOIN campaigns c ON c.id = t.campaign_id
    WHERE ${sql.ref(`l.${PARTY[kind].key}`)} = ${id}
    GROUP BY t.campaign_id, c.name, c.channel
    ORDER BY last_at DESC, t.campaign_id`.execute(db)
  return rows.map((row) => ({ campaignId: row.campaign_id, name: row.name, channel: row.channel, touches: Number(row.touches), firstTouchAt: row.first_at, lastTouchAt: row.last_at }))
}

/** An organisation's people, by name, with their open deals. */
export async function organizationPeople(db: Db, organizationId: number): Promise<OrganizationPerson[]> {
  const dialect = dialectOf(db)
  const { rows } = await sql<{ id: number; name: string; email: string | null; phone: string | null; job_title: string | null; open_deals: number }>`
    SELECT p.id, p.name, p.email, p.phone, p.job_title, (SELECT count(*) FROM leads l WHERE l.person_id = p.id AND l.closed_at IS NULL) AS open_deals
    FROM people p WHERE p.organization_id = ${organizationId}
    ORDER BY ${sql.raw(dialect.caseless('p.name'))}, p.id`.execute(db)
  return rows.map((row) => ({ id: row.id, name: row.name, email: row.email, phone: row.phone, jobTitle: row.job_title, openDeals: Number(row.open_deals) }))
}

/**
 * People or organisations a picker offers while a name is typed: every word typed starts a word of
 * their name, an email, phone, alias or domain (the search index), best match first.
 */
export async function partyLookup(db: Db, kind: PartyKind, text: string, limit: number): Promise<PartyMatch[]> {
  const words = searchWords(text)
  if (!words) return []
  const dialect = dialectOf(db)
  const match = dialect.search(kind === 'person' ? PEOPLE_SEARCH : ORGANIZATIONS_SEARCH, 'p', words)
  const detail =
    kind === 'person'
      ? sql`CASE WHEN p.email IS NULL THEN (SELECT name FROM organizations WHERE id = p.organization_id)
               ELSE p.email || coalesce(' · ' || (SELECT name FROM organizations WHERE id = p.organization_id), '') END`
      : sql`p.domain`
  const { rows } = await sql<{ id: number; name: string; detail: string | null }>`
    SELECT p.id, p.name, ${detail} AS detail FROM ${match.from} WHERE ${match.where} ORDER BY ${match.rank}, p.id LIMIT ${limit}`.execute(db)
  if (rows.length >= limit) return rows
  // Then those found by a custom value alone (a VAT number, a second email), after the name matches.
  const custom = customValuesSearch(dialect, kind, 'p', words)
  const found = rows.map((row) => row.id)
  const more = await sql<{ id: number; name: string; detail: string | null }>`
    SELECT p.id, p.name, ${detail} AS detail FROM ${custom.from}
    WHERE ${custom.where} ${found.length > 0 ? sql`AND p.id NOT IN (${sql.join(found)})` : sql``}
    ORDER BY ${custom.rank}, p.id LIMIT ${limit - rows.length}`.execute(db)
  return [...rows, ...more.rows]
}
