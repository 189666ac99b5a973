import type { PreviewLead } from '@shared/domain/importResults'
import type { DuplicatePolicy } from '@shared/domain/imports'
import { instantAt } from '@shared/domain/firmClock'
import { personNameKey } from '@shared/domain/matching'
import type { RowRecords } from './customColumns'
import type { ImportConnection } from './importConnection'
import type { ImportParties } from './importParties'
import type { Statements } from './leadStatements'
import type { LeadDraft } from './rows'

// A file of people or organisations alone (kind "contacts": Pipedrive's persons and organizations
// exports, HubSpot's companies, any company list): each row is a person (with their organisation)
// or, without a person, an organisation — matched as a deal's are (a person by email, then by name
// at the organisation; an organisation by its name up to case and punctuation, or its domain) and
// no lead is made. "Update" fills in what the row has and keeps what it leaves empty; what it
// changes on a record that was there before is kept as it was (import_batch_parties) for undo.

export interface ContactOutcome {
  action: PreviewLead['action']
  records: RowRecords
  /** The record a skipped row repeats (the skipped list names it). */
  existing?: { kind: 'person' | 'organization'; id: number }
}

export class ContactRows {
  private readonly remembered = new Set<string>()
  /** People and organisations that were there before the import and that it changed. */
  readonly updated = { person: new Set<number>(), organization: new Set<number>() }

  constructor(
    readonly db: ImportConnection,
    private readonly sql: Statements,
    private readonly parties: ImportParties,
    private readonly batchId: number,
    /** Records with a larger id were made by this import (undo removes them whole). */
    private readonly lastIdBefore: { person: number; organization: number },
    private readonly now: string,
    private readonly zone: string,
  ) {}

  async write(draft: LeadDraft, campaignId: number | null, duplicates: DuplicatePolicy): Promise<ContactOutcome> {
    return draft.personName === null ? this.organizationRow(draft, duplicates) : this.personRow(draft, campaignId, duplicates)
  }

  private async personRow(draft: LeadDraft, campaignId: number | null, duplicates: DuplicatePolicy): Promise<ContactOutcome> {
    const known = await this.parties.findOrganization(draft.company, draft.domain)
    if (known !== null && duplicates === 'update') await this.updateOrganization(known, draft)
    const organizationId = known ?? (await this.parties.organization(draft.company, draft.owner, true, draft))
    const { found } = await this.parties.matchPerson(draft, organizationId)
    if (found !== undefined && duplicates === 'skip') return { action: 'skip', records: {}, existing: { kind: 'person', id: found } }
    if (found !== undefined && duplicates === 'update') {
      await this.remember('person', found)
      await this.parties.updatePerson(found, draft, organizationId)
      const set = { ...(draft.owner !== null && { owner: draft.owner }), ...(draft.notes !== null && { notes: draft.notes }), ...(campaignId !== null && { first_campaign_id: campaignId }) }
      if (Object.keys(set).length > 0) {
        await this.db.prepare(`UPDATE people SET ${Object.keys(set).map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...Object.values(set), this.now, found)
      }
      if (found <= this.lastIdBefore.person) this.updated.person.add(found)
      return { action: 'update', records: { person: found, organization: organizationId } }
    }
    const personId =
      found === undefined
        ? await this.parties.person(draft, organizationId, campaignId)
        : Number(await this.sql.insertPerson.get(draft.personName, personNameKey(draft.personName!), draft.email, draft.phone, organizationId, draft.owner, campaignId, this.now, this.now, draft.jobTitle))
    if (personId !== null) {
      if (found !== undefined) for (const tag of draft.tags) await this.sql.personTag.run(personId, tag)
      const createdAt = draft.createdOn === null ? this.now : instantAt(draft.createdOn, '12:00', this.zone)
      await this.db.prepare('UPDATE people SET notes = ?, created_at = ? WHERE id = ?').run(draft.notes, createdAt < this.now ? createdAt : this.now, personId)
    }
    return { action: 'create', records: { person: personId, organization: organizationId } }
  }

  private async organizationRow(draft: LeadDraft, duplicates: DuplicatePolicy): Promise<ContactOutcome> {
    const found = await this.parties.findOrganization(draft.company, draft.domain)
    if (found !== null && duplicates === 'skip') return { action: 'skip', records: {}, existing: { kind: 'organization', id: found } }
    if (found !== null) {
      await this.updateOrganization(found, draft)
      return { action: 'update', records: { organization: found } }
    }
    const organizationId = (await this.parties.organization(draft.company, draft.owner, true, draft))!
    for (const tag of draft.tags) await this.sql.organizationTag.run(organizationId, tag)
    const createdAt = draft.createdOn === null ? this.now : instantAt(draft.createdOn, '12:00', this.zone)
    await this.db.prepare('UPDATE organizations SET notes = ?, created_at = ? WHERE id = ?').run(draft.notes, createdAt < this.now ? createdAt : this.now, organizationId)
    return { action: 'create', records: { organization: organizationId } }
  }

  /** An organisation takes the row's domain, industry, size, owner, notes and tags where the row has them. */
  private async updateOrganization(organizationId: number, draft: LeadDraft): Promise<void> {
    const madeHere = organizationId > this.lastIdBefore.organization
    if (!madeHere) await this.remember('organization', organizationId)
    await this.parties.updateOrganization(organizationId, draft, true)
    const set = { ...(draft.owner !== null && { owner: draft.owner }), ...(draft.notes !== null && { notes: draft.notes }) }
    if (Object.keys(set).length > 0) {
      await this.db.prepare(`UPDATE organizations SET ${Object.keys(set).map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...Object.values(set), this.now, organizationId)
    }
    for (const tag of draft.tags) await this.sql.organizationTag.run(organizationId, tag)
    if (!madeHere) this.updated.organization.add(organizationId)
  }

  /** The record as it was before this import first changed it. */
  private async remember(kind: 'person' | 'organization', id: number): Promise<void> {
    const key = `${kind}:${id}`
    if (this.remembered.has(key) || id > this.lastIdBefore[kind]) return
    this.remembered.add(key)
    const table = kind === 'person' ? 'people' : 'organizations'
    const tags = kind === 'person' ? 'SELECT tag FROM person_tags WHERE person_id = ? ORDER BY tag' : 'SELECT tag FROM organization_tags WHERE organization_id = ? ORDER BY tag'
    const columns = kind === 'person' ? 'id, name, name_key, email, phone, organization_id, job_title, owner, notes, first_campaign_id' : 'id, domain, industry, size, owner, notes'
    const row = await this.db.prepare(`SELECT ${columns} FROM ${table} WHERE id = ?`).get<Record<string, unknown>>(id)
    const before = { ...row, tags: await this.db.prepare(tags, { pluck: true }).all<string>(id) }
    await this.db.prepare('INSERT INTO import_batch_parties (batch_id, kind, record_id, before) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(this.batchId, kind, id, JSON.stringify(before))
  }
}

/** What the preview shows of a contact row: who, where from, and what happens to them. */
export function contactPreview(row: number, outcome: ContactOutcome, draft: LeadDraft, campaign: string | null, custom: PreviewLead['custom']): PreviewLead {
  return {
    row,
    action: outcome.action,
    personName: draft.personName ?? draft.company ?? '',
    company: draft.company,
    email: draft.email,
    campaign,
    stage: '',
    outcome: 'open',
    closedOn: null,
    lostReason: null,
    owner: draft.owner,
    valueMinor: null,
    original: null,
    tags: draft.tags,
    createdOn: draft.createdOn,
    custom,
  }
}

/** Why a contact row was skipped: the person or organisation in Baton it repeats. */
export async function contactSkipNote(db: ImportConnection, existing: NonNullable<ContactOutcome['existing']>, column: string): Promise<{ column: string; reason: string }> {
  if (existing.kind === 'organization') {
    const name = await db.prepare('SELECT name FROM organizations WHERE id = ?', { pluck: true }).get<string>(existing.id)
    return { column, reason: `Already in Baton: ${name ?? ''}` }
  }
  const person = await db.prepare('SELECT name, email FROM people WHERE id = ?').get<{ name: string; email: string | null }>(existing.id)
  return { column, reason: `Already in Baton: ${person?.name ?? ''}${person?.email ? ` (${person.email})` : ''}` }
}
