import { sql, type Selectable } from 'kysely'
import type { ActivitiesTable, CustomFieldValuesTable, FeedbackTable, LeadsTable, StageHistoryTable, TouchpointsTable } from '../../db/schema'
import type { Trx } from '../context'
import { emptyOrganization, insertOrganization } from '../organizations/organizations.write'
import { matchOrganization } from '../organizations/organizations.repo'
import { addPartyTags } from '../parties/parties'
import { insertPerson } from '../people/people.write'
import { idIn } from './idList'
import { matchPerson, setPartySegment, type Parties } from './leads.who'

/** Who a deleted lead was with, to find them again (or make them anew) if they went meanwhile. */
interface PartyKeptForUndo {
  id: number
  name: string
  email?: string | null
  phone?: string | null
}

/**
 * Everything a bulk delete removes, as rows, so an undo can put it back exactly. The people and
 * organisations stay when their leads go; they are kept here by name for the rare undo after one
 * of them was deleted too.
 */
export interface DeleteSnapshot {
  version: 2
  deletedAt: string
  leads: Array<Selectable<LeadsTable>>
  people: PartyKeptForUndo[]
  organizations: PartyKeptForUndo[]
  touchpoints: Array<Selectable<TouchpointsTable>>
  stageHistory: Array<Selectable<StageHistoryTable>>
  activities: Array<Selectable<ActivitiesTable>>
  feedback: Array<Selectable<FeedbackTable>>
  /** The leads' custom field values (left out of snapshots taken before custom fields). */
  customValues?: Array<Selectable<CustomFieldValuesTable>>
}

/** A snapshot written before people and organisations had records of their own: who a lead was with is in its row. */
interface DeleteSnapshotV1 {
  version: 1
  deletedAt: string
  leads: Array<Record<string, unknown> & { id: number; person_name: string; company: string | null; email: string | null; phone: string | null; segment_id: number | null }>
  tags: Array<{ lead_id: number; tag: string }>
  touchpoints: Array<Selectable<TouchpointsTable>>
  stageHistory: Array<Selectable<StageHistoryTable>>
  activities: Array<Selectable<ActivitiesTable>>
  feedback: Array<Selectable<FeedbackTable>>
}

export type StoredDeleteSnapshot = DeleteSnapshot | DeleteSnapshotV1

export async function takeSnapshot(trx: Trx, ids: number[], at: string): Promise<DeleteSnapshot> {
  const byLead = idIn(trx, ids, 'lead_id')
  const ofLeads = (column: string) => sql`SELECT ${sql.ref(column)} FROM leads m WHERE ${idIn(trx, ids)}`
  return {
    version: 2,
    deletedAt: at,
    leads: await trx.selectFrom('leads').selectAll().where(idIn(trx, ids, 'id')).orderBy('id').execute(),
    people: (await sql<PartyKeptForUndo>`SELECT id, name, email, phone FROM people WHERE id IN (${ofLeads('m.person_id')})`.execute(trx)).rows,
    organizations: (await sql<PartyKeptForUndo>`SELECT id, name FROM organizations WHERE id IN (${ofLeads('m.organization_id')})`.execute(trx)).rows,
    touchpoints: await trx.selectFrom('touchpoints').selectAll().where(byLead).orderBy('id').execute(),
    stageHistory: await trx.selectFrom('stage_history').selectAll().where(byLead).orderBy('id').execute(),
    activities: await trx.selectFrom('activities').selectAll().where(byLead).orderBy('id').execute(),
    feedback: await trx.selectFrom('feedback').selectAll().where(byLead).orderBy('id').execute(),
    customValues: await trx.selectFrom('custom_field_values').selectAll().where(byLead).orderBy('field_id').orderBy('item').execute(),
  }
}

type Row = Record<string, unknown>
type Table = 'leads' | 'touchpoints' | 'stage_history' | 'activities' | 'feedback' | 'custom_field_values'

async function insertRows(trx: Trx, table: Table, rows: Row[]): Promise<void> {
  const chunkSize = 100
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize)
    const columns = Object.keys(chunk[0] as Row)
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
              VALUES ${sql.join(chunk.map((row) => sql`(${sql.join(columns.map((c) => row[c]))})`))}`.execute(trx)
  }
}

async function takenIds(trx: Trx, table: Table, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const rows = await sql<{ id: number }>`SELECT id FROM ${sql.table(table)} WHERE ${idIn(trx, ids, 'id')}`.execute(trx)
  return new Set(rows.rows.map((r) => r.id))
}

/** Rows keep their ids; one whose id was reused since the delete gets a new id instead. */
async function insertKeepingIds(trx: Trx, table: Table, rows: Array<Row & { id: number }>): Promise<void> {
  const taken = await takenIds(
    trx,
    table,
    rows.map((r) => r.id),
  )
  const free = rows.filter((r) => !taken.has(r.id))
  if (free.length > 0) await insertRows(trx, table, free)
  const renumbered = rows.filter((r) => taken.has(r.id)).map(({ id: _id, ...rest }) => rest)
  if (renumbered.length > 0) await insertRows(trx, table, renumbered)
}

/**
 * The person and organisation a restored lead is with: the same records when they are still
 * there, else the ones its kept names match (made anew when none does).
 */
async function partiesAgain(trx: Trx, lead: LeadToRestore, at: string): Promise<Parties> {
  const { person, organization } = lead
  const owner = lead.row.owner
  let organizationId: number | null = null
  if (organization) {
    const still = await trx.selectFrom('organizations').select('id').where('id', '=', organization.id).executeTakeFirst()
    organizationId = still?.id ?? (await matchOrganization(trx, { name: organization.name })) ?? (await insertOrganization(trx, { ...emptyOrganization(organization.name), owner }, at))
  }
  let personId: number | null = null
  if (person) {
    const still = await trx.selectFrom('people').select('id').where('id', '=', person.id).executeTakeFirst()
    personId =
      still?.id ??
      (await matchPerson(trx, { name: person.name, email: person.email ?? null, organizationId })).personId ??
      (await insertPerson(
        trx,
        {
          name: person.name,
          emails: person.email ? [person.email] : [],
          phones: person.phone ? [person.phone] : [],
          jobTitle: null,
          organizationId,
          owner,
          segmentId: null,
          tags: [],
          notes: null,
          firstCampaignId: null,
        },
        at,
      ))
  }
  return { personId, organizationId }
}

/** One lead to put back: its row (without who it is with) and who it was with. */
interface LeadToRestore {
  row: Row & { id: number; stage_id: number; pipeline_id: number; owner: string | null; source_campaign_id: number | null }
  person: PartyKeptForUndo | null
  organization: PartyKeptForUndo | null
  /** What a version 1 snapshot kept on the lead itself: now its person's (or organisation's). */
  tags: string[]
  segmentId: number | null
}

function leadsToRestore(stored: StoredDeleteSnapshot): LeadToRestore[] {
  if (stored.version === 1) {
    return stored.leads.map(({ person_name, company, email, phone, segment_id, ...row }) => ({
      row: row as LeadToRestore['row'],
      person: person_name.trim() === '' && company ? null : { id: 0, name: person_name, email, phone },
      organization: company ? { id: 0, name: company } : null,
      tags: stored.tags.filter((tag) => tag.lead_id === row.id).map((tag) => tag.tag),
      segmentId: segment_id,
    }))
  }
  const people = new Map(stored.people.map((p) => [p.id, p]))
  const organizations = new Map(stored.organizations.map((o) => [o.id, o]))
  return stored.leads.map(({ person_id, organization_id, ...row }) => ({
    row,
    person: person_id === null ? null : (people.get(person_id) ?? { id: person_id, name: 'Unknown person' }),
    organization: organization_id === null ? null : (organizations.get(organization_id) ?? { id: organization_id, name: 'Unknown organisation' }),
    tags: [],
    segmentId: null,
  }))
}

/**
 * Puts the snapshot back. What changed meanwhile is respected rather than fought:
 * a deleted campaign leaves the link empty (as its ON DELETE would have), a deleted person or
 * organisation is found again by name (or made anew), a deleted stage sends the lead to its
 * pipeline's first open stage, and a reused id gets a new one. Returns the ids of the leads that came back.
 */
export async function restoreSnapshot(trx: Trx, snapshot: StoredDeleteSnapshot): Promise<number[]> {
  const stages = await trx.selectFrom('stages').select(['id', 'pipeline_id', 'kind', 'position']).orderBy('position').orderBy('id').execute()
  const stageById = new Map(stages.map((s) => [s.id, s]))
  const campaigns = new Set((await trx.selectFrom('campaigns').select('id').execute()).map((r) => r.id))
  const segments = new Set((await trx.selectFrom('segments').select('id').execute()).map((r) => r.id))
  const firstPipeline = await trx.selectFrom('pipelines').select('id').orderBy('position').orderBy('id').executeTakeFirst()
  const firstOpenStage = (pipelineId: number) =>
    stages.find((s) => s.pipeline_id === pipelineId && s.kind === 'open') ?? stages.find((s) => s.pipeline_id === firstPipeline?.id && s.kind === 'open')
  const campaignOrNull = (id: number | null) => (id !== null && campaigns.has(id) ? id : null)
  const stageOrNull = (id: number | null) => (id !== null && stageById.has(id) ? id : null)

  const toRestore = leadsToRestore(snapshot)
  const taken = await takenIds(
    trx,
    'leads',
    toRestore.map((l) => l.row.id),
  )
  const leadIds = new Map<number, number>()
  for (const restoring of toRestore) {
    const lead = restoring.row
    const stage = stageById.get(lead.stage_id) ?? firstOpenStage(lead.pipeline_id)
    if (!stage) continue
    const parties = await partiesAgain(trx, restoring, snapshot.deletedAt)
    // The source comes back with the touches (it is their first one); set below for a lead that had no touch.
    const row: Row = {
      ...lead,
      person_id: parties.personId,
      organization_id: parties.organizationId,
      stage_id: stage.id,
      pipeline_id: stage.pipeline_id,
      source_campaign_id: null,
    }
    if (!taken.has(lead.id)) {
      await insertRows(trx, 'leads', [row])
      leadIds.set(lead.id, lead.id)
    } else {
      delete row.id
      const columns = Object.keys(row)
      const inserted = await sql<{ id: number }>`INSERT INTO leads (${sql.join(columns.map((c) => sql.ref(c)))})
        VALUES (${sql.join(columns.map((c) => row[c]))}) RETURNING id`.execute(trx)
      leadIds.set(lead.id, (inserted.rows[0] as { id: number }).id)
    }
    if (parties.personId !== null) await addPartyTags(trx, 'person', parties.personId, restoring.tags)
    else if (parties.organizationId !== null) await addPartyTags(trx, 'organization', parties.organizationId, restoring.tags)
    if (restoring.segmentId !== null && segments.has(restoring.segmentId)) await setPartySegment(trx, parties, restoring.segmentId, snapshot.deletedAt)
  }
  const lead = <T extends { lead_id: number }>(rows: T[]) =>
    rows.filter((r) => leadIds.has(r.lead_id)).map((r) => ({ ...r, lead_id: leadIds.get(r.lead_id) as number }))

  await insertKeepingIds(
    trx,
    'touchpoints',
    lead(snapshot.touchpoints).filter((t) => campaigns.has(t.campaign_id)),
  )
  for (const { row: lead } of toRestore) {
    const id = leadIds.get(lead.id)
    const source = campaignOrNull(lead.source_campaign_id)
    if (id === undefined || source === null) continue
    await trx.updateTable('leads').set({ source_campaign_id: source }).where('id', '=', id).where('source_campaign_id', 'is', null).execute()
  }
  await insertKeepingIds(
    trx,
    'stage_history',
    lead(snapshot.stageHistory).map((h) => ({ ...h, from_stage_id: stageOrNull(h.from_stage_id), to_stage_id: stageOrNull(h.to_stage_id) })),
  )
  await insertKeepingIds(trx, 'activities', lead(snapshot.activities))
  await insertKeepingIds(
    trx,
    'feedback',
    lead(snapshot.feedback).map((f) => ({ ...f, campaign_id: campaignOrNull(f.campaign_id) })),
  )
  // Custom values come back with their lead, for the fields that are still defined (archived ones too).
  const kept = snapshot.version === 2 ? (snapshot.customValues ?? []) : []
  if (kept.length > 0) {
    const fields = new Set((await trx.selectFrom('custom_fields').select('id').execute()).map((f) => f.id))
    const values = kept.flatMap((v) => (v.lead_id !== null && leadIds.has(v.lead_id) && fields.has(v.field_id) ? [{ ...v, lead_id: leadIds.get(v.lead_id) as number }] : []))
    if (values.length > 0) await insertRows(trx, 'custom_field_values', values)
  }
  return [...leadIds.values()]
}
