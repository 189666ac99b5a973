import { sql } from 'kysely'
import type { ImportBatch } from '@shared/domain/importResults'
import { AppError, notFound } from '@shared/errors'
import { nowIso } from '@shared/domain/dates'
import { personNameKey } from '@shared/domain/matching'
import type { Db, Trx } from '../context'
import { dialectOf } from '../../db/dialect'
import { replacePartyTags } from '../parties/parties'
import { recordBulkChange } from '../versions/record-versions'
import { removeAddedFields, restoreCustomValues } from './customColumns.undo'
import { restoreUpdatedParties } from './contactRows.undo'

export { summarizeFile } from './summary'

export async function listBatches(db: Db): Promise<ImportBatch[]> {
  const rows = await db
    .selectFrom('import_batches as b')
    .selectAll('b')
    // A batch of leads that wrote no lead was a contacts file (people and organisations alone).
    .select((eb) => eb.exists(eb.selectFrom('import_batch_leads as l').select('l.lead_id').whereRef('l.batch_id', '=', 'b.id')).as('has_leads'))
    .orderBy('b.id', 'desc')
    .limit(20)
    .execute()
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind === 'leads' && !row.has_leads ? 'contacts' : row.kind,
    fileName: row.file_name,
    createdAt: row.created_at,
    created: row.created_count,
    updated: row.updated_count,
    undoneAt: row.undone_at,
    rates: ratesOf(row.currency_rates),
  }))
}

/** The rates a batch recorded (JSON written by the import; anything else reads as none). */
function ratesOf(json: string | null): ImportBatch['rates'] {
  if (!json) return []
  const value = JSON.parse(json) as { rates?: unknown }
  if (!Array.isArray(value.rates)) return []
  return value.rates.flatMap((entry: unknown) => {
    const { currency, rate } = (entry ?? {}) as { currency?: unknown; rate?: unknown }
    return typeof currency === 'string' && typeof rate === 'string' ? [{ currency, rate }] : []
  })
}

interface Before {
  row: Record<string, unknown>
  /** The lead's person as they were (imports since people have records of their own). */
  person?: { id: number; name: string; name_key: string; email: string | null; phone: string | null; organization_id: number | null; job_title?: string | null } | null
  /** The lead's organisation's details as they were, when the row changed them. */
  organization?: { id: number; domain: string | null; industry: string | null; size: string | null } | null
  /** The person's tags (before people had records: the lead's own). */
  tags: string[]
  historyId: number | null
}

const RESTORED_COLUMNS = [
  'person_id',
  'organization_id',
  'source_campaign_id',
  'pipeline_id',
  'stage_id',
  'position',
  'value_minor',
  'owner',
  'notes',
  'updated_at',
  'stage_entered_at',
  'expected_close_on',
  'closed_at',
  'lost_reason',
  'lost_note',
  'title',
] as const

/**
 * Puts everything back as it was before the import: its new leads go (with their tags,
 * history and touchpoints), the leads it updated get their old values and tags back, and
 * the campaigns it updated get their rows back, and the campaigns, stages, team members and
 * lost reasons it created go if nothing else uses them now. One transaction.
 */
export async function undoImport(db: Db, batchId: number): Promise<{ removed: number; restored: number }> {
  const batch = await db.selectFrom('import_batches').selectAll().where('id', '=', batchId).executeTakeFirst()
  if (!batch) throw notFound('That import')
  if (batch.undone_at) throw new AppError('rule', 'This import was already undone.')
  return db.transaction().execute(async (trx) => {
    const undoneAt = nowIso()
    const removed = await sql<{ n: number }>`DELETE FROM leads WHERE id IN (SELECT lead_id FROM import_batch_leads WHERE batch_id = ${batchId} AND action = 'created')`.execute(trx)
    const updated = await trx.selectFrom('import_batch_leads').select(['lead_id', 'before']).where('batch_id', '=', batchId).where('action', '=', 'updated').execute()
    let restored = 0
    for (const { lead_id: leadId, before } of updated) {
      if (!before) continue
      if (await restoreLead(trx, leadId, JSON.parse(before) as Before, undoneAt)) restored++
    }
    restored += await restoreCampaigns(trx, batchId)
    await restoreCustomValues(trx, batchId)
    restored += await restoreUpdatedParties(trx, batchId)
    const campaignsRemoved = await sql`DELETE FROM campaigns WHERE id IN (SELECT record_id FROM import_batch_records WHERE batch_id = ${batchId} AND kind = 'campaign')
      AND NOT EXISTS (SELECT 1 FROM leads WHERE source_campaign_id = campaigns.id)
      AND NOT EXISTS (SELECT 1 FROM campaign_spend WHERE campaign_id = campaigns.id)`.execute(trx)
    await sql`DELETE FROM stages WHERE id IN (SELECT record_id FROM import_batch_records WHERE batch_id = ${batchId} AND kind = 'stage')
      AND NOT EXISTS (SELECT 1 FROM leads WHERE stage_id = stages.id)`.execute(trx)
    await removeAddedNames(trx, batchId)
    const partiesRemoved = await removeAddedParties(trx, batchId)
    await removeAddedFields(trx, batchId)
    await logUndo(trx, batchId, `undid the import of “${batch.file_name}”`, undoneAt)
    await trx.updateTable('import_batches').set({ undone_at: undoneAt }).where('id', '=', batchId).execute()
    // A campaigns import's "removed" counts campaigns; a leads import's, leads; a contacts import's (no leads), people and organisations.
    const contactsOnly = batch.kind === 'leads' && !(await trx.selectFrom('import_batch_leads').select('lead_id').where('batch_id', '=', batchId).executeTakeFirst())
    return { removed: contactsOnly ? partiesRemoved : Number((batch.kind === 'campaigns' ? campaignsRemoved : removed).numAffectedRows ?? 0), restored }
  })
}

/**
 * The records the undo put back, in the change log: the leads the import had updated (each now
 * with its person and organisation as they were) and its updated campaigns, each one version further.
 */
async function logUndo(trx: Trx, batchId: number, summary: string, at: string): Promise<void> {
  const updatedLeads = sql`SELECT b.lead_id FROM import_batch_leads b WHERE b.batch_id = ${batchId} AND b.action = 'updated'`
  const change = { summary, fields: [], at }
  await recordBulkChange(trx, 'lead', sql<boolean>`m.id IN (${updatedLeads})`, change)
  // The people and organisations restoreLead put back carry the undo's time.
  await recordBulkChange(trx, 'person', sql<boolean>`m.updated_at = ${at} AND m.id IN (SELECT l.person_id FROM leads l WHERE l.id IN (${updatedLeads}))`, change)
  await recordBulkChange(trx, 'organization', sql<boolean>`m.updated_at = ${at} AND m.id IN (SELECT l.organization_id FROM leads l WHERE l.id IN (${updatedLeads}))`, change)
  await recordBulkChange(trx, 'campaign', sql<boolean>`m.id IN (SELECT b.campaign_id FROM import_batch_campaigns b WHERE b.batch_id = ${batchId})`, change)
}

/** A lead an import updated gets its values back, and its person theirs. False when the lead is gone. */
async function restoreLead(trx: Trx, leadId: number, snapshot: Before, now: string): Promise<boolean> {
  const lead = await trx.selectFrom('leads').select(['person_id', 'organization_id']).where('id', '=', leadId).executeTakeFirst()
  if (!lead) return false
  const legacy = 'person_name' in snapshot.row
  // An import from before people had records kept who the lead was with on the lead: that goes back to its person.
  const parties = legacy ? { person_id: lead.person_id, organization_id: lead.organization_id } : { person_id: snapshot.row['person_id'] ?? null, organization_id: snapshot.row['organization_id'] ?? null }
  const set = Object.fromEntries(RESTORED_COLUMNS.map((column) => [column, (column in parties ? parties[column as keyof typeof parties] : snapshot.row[column]) ?? null]))
  await trx
    .updateTable('leads')
    .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
    .where('id', '=', leadId)
    .execute()
  const person = snapshot.person ?? (legacy && lead.person_id !== null ? legacyPerson(lead.person_id, snapshot.row) : null)
  if (person) {
    await trx
      .updateTable('people')
      .set((eb) => ({
        name: person.name,
        name_key: person.name_key,
        email: person.email,
        phone: person.phone,
        organization_id: person.organization_id,
        ...(person.job_title !== undefined && { job_title: person.job_title }),
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', person.id)
      .execute()
    await replacePartyTags(trx, 'person', person.id, snapshot.tags)
  }
  const organization = snapshot.organization
  if (organization) {
    await trx
      .updateTable('organizations')
      .set((eb) => ({ domain: organization.domain, industry: organization.industry, size: organization.size, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', organization.id)
      .execute()
  }
  if (snapshot.historyId !== null) await trx.deleteFrom('stage_history').where('id', '=', snapshot.historyId).execute()
  return true
}

/** The person as a pre-people import's snapshot of the lead kept them (its organisation stays as it is now). */
function legacyPerson(personId: number, row: Record<string, unknown>): NonNullable<Before['person']> & { organization_id: number | null } {
  const name = typeof row['person_name'] === 'string' ? row['person_name'] : ''
  return { id: personId, name, name_key: personNameKey(name), email: (row['email'] as string | null) ?? null, phone: (row['phone'] as string | null) ?? null, organization_id: null }
}

/** The people and organisations the import made go too, unless something else is theirs now (a deal, a person of the organisation). */
async function removeAddedParties(trx: Trx, batchId: number): Promise<number> {
  const added = (kind: 'person' | 'organization') => sql`SELECT record_id FROM import_batch_records WHERE batch_id = ${batchId} AND kind = ${kind}`
  const people = await sql`DELETE FROM people WHERE id IN (${added('person')}) AND NOT EXISTS (SELECT 1 FROM leads WHERE leads.person_id = people.id)`.execute(trx)
  const organizations = await sql`DELETE FROM organizations WHERE id IN (${added('organization')})
    AND NOT EXISTS (SELECT 1 FROM leads WHERE leads.organization_id = organizations.id)
    AND NOT EXISTS (SELECT 1 FROM people WHERE people.organization_id = organizations.id)`.execute(trx)
  return Number(people.numAffectedRows ?? 0) + Number(organizations.numAffectedRows ?? 0)
}

const RESTORED_CAMPAIGN_COLUMNS = ['name', 'channel', 'objective', 'budget_minor', 'starts_on', 'ends_on', 'status', 'notes', 'updated_at'] as const

/** The campaigns a campaigns import updated get their rows back as they were. */
async function restoreCampaigns(trx: Trx, batchId: number): Promise<number> {
  const updated = await trx.selectFrom('import_batch_campaigns').select(['campaign_id', 'before']).where('batch_id', '=', batchId).execute()
  let restored = 0
  for (const { campaign_id: campaignId, before } of updated) {
    const row = JSON.parse(before) as Record<string, unknown>
    const set = Object.fromEntries(RESTORED_CAMPAIGN_COLUMNS.map((column) => [column, row[column] ?? null]))
    const result = await trx
      .updateTable('campaigns')
      .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
      .where('id', '=', campaignId)
      .executeTakeFirst()
    restored += Number(result.numUpdatedRows)
  }
  return restored
}

/**
 * The team members and lost reasons the import added go too, unless something uses them now: a
 * member who owns a lead or a goal, is named by a goal's or saved report's filter, or was given
 * an email since; a reason a lost lead gives.
 */
async function removeAddedNames(trx: Trx, batchId: number): Promise<void> {
  const added = (kind: 'team_member' | 'lost_reason') => sql`SELECT record_id FROM import_batch_records WHERE batch_id = ${batchId} AND kind = ${kind}`
  // Filters are JSON kept in text; the dialect reads a key inside them (NULL when the text is not JSON).
  const dialect = dialectOf(trx)
  await sql`DELETE FROM team_members WHERE id IN (${added('team_member')}) AND email IS NULL
    AND NOT EXISTS (SELECT 1 FROM leads WHERE lower(leads.owner) = lower(team_members.name))
    AND NOT EXISTS (SELECT 1 FROM goals WHERE lower(goals.owner) = lower(team_members.name)
      OR lower(${dialect.jsonText('goals.filters', ['owner'])}) = lower(team_members.name))
    AND NOT EXISTS (SELECT 1 FROM saved_reports WHERE lower(${dialect.jsonText('saved_reports.settings', ['filters', 'owner'])}) = lower(team_members.name))`.execute(trx)
  await sql`DELETE FROM lost_reasons WHERE id IN (${added('lost_reason')})
    AND NOT EXISTS (SELECT 1 FROM leads WHERE lower(leads.lost_reason) = lower(lost_reasons.label))`.execute(trx)
}
