import type { z } from 'zod'
import type { LeadInput, LeadPatch } from '@shared/contract/leads'
import { organizationNameKey, personNameKey } from '@shared/domain/matching'
import { AppError } from '@shared/errors'
import type { Db, Trx } from '../context'
import { emptyOrganization, insertOrganization, addAlias, touchOrganization } from '../organizations/organizations.write'
import { matchOrganization, organizationExists } from '../organizations/organizations.repo'
import { addPartyTags, replacePartyTags } from '../parties/parties'
import { peopleWithEmail, personExists } from '../people/people.repo'
import { addContact, insertPerson, recordLikelyDuplicate, setFirstContact, touchPerson } from '../people/people.write'

// Who a deal is with, when a lead is created or changed: the existing forms, the import and the
// tests still send a person's name, email, phone and company with the lead; these find the person
// and organisation they mean (or make them) and change them, so the lead only holds the ids.

type NewLead = z.output<typeof LeadInput>
type Patch = z.output<typeof LeadPatch>

export interface Parties {
  personId: number | null
  organizationId: number | null
}

const noParty = () => new AppError('invalid_input', "A deal needs a person or an organisation: enter the person's name or the organisation's.", 'personName')

/**
 * The person a name and email mean: one with that email whose name agrees (case, accents and
 * spacing aside), else — without an email — one with that name at the organisation. Returns the
 * people with that email under another name too: a new person is then recorded as their likely duplicate.
 */
export async function matchPerson(
  db: Db | Trx,
  match: { name: string | undefined; email: string | null; organizationId: number | null },
): Promise<{ personId: number | undefined; sameEmail: number[] }> {
  const key = match.name === undefined ? undefined : personNameKey(match.name)
  if (match.email !== null) {
    const withEmail = await peopleWithEmail(db, match.email)
    const agreeing = withEmail.filter((person) => key === undefined || person.name_key === key)
    // Among several, the one at this organisation.
    const best = agreeing.find((person) => person.organization_id === match.organizationId) ?? agreeing[0]
    return { personId: best?.id, sameEmail: best ? [] : withEmail.map((person) => person.id) }
  }
  if (key === undefined || match.organizationId === null) return { personId: undefined, sameEmail: [] }
  const byName = await db
    .selectFrom('people')
    .select('id')
    .where('organization_id', '=', match.organizationId)
    .where('name_key', '=', key)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst()
  return { personId: byName?.id, sameEmail: [] }
}

async function checkedPerson(db: Db | Trx, id: number): Promise<number> {
  if (!(await personExists(db, id))) throw new AppError('invalid_input', 'That person no longer exists. Pick another one.', 'personId')
  return id
}

async function checkedOrganization(db: Db | Trx, id: number): Promise<number> {
  if (!(await organizationExists(db, id))) throw new AppError('invalid_input', 'That organisation no longer exists. Pick another one.', 'organizationId')
  return id
}

/** The organisation a company name means, made (owned by the deal's owner) when there is none. */
async function organizationNamed(trx: Trx, name: string, owner: string | null, now: string): Promise<number> {
  return (await matchOrganization(trx, { name })) ?? insertOrganization(trx, { ...emptyOrganization(name), owner }, now)
}

/**
 * Who a new lead is with. An email that is already a person's (under an agreeing name) makes the
 * lead that person's new deal rather than a second person; what the form adds to them (a phone,
 * tags, a segment) is added to them. A deal for a known person without a company is their organisation's.
 */
export async function partiesForNewLead(trx: Trx, input: NewLead, now: string): Promise<Parties> {
  let organizationId = input.organizationId != null ? await checkedOrganization(trx, input.organizationId) : null
  if (organizationId === null && input.company !== null) organizationId = await organizationNamed(trx, input.company, input.owner, now)

  let personId: number | null = input.personId != null ? await checkedPerson(trx, input.personId) : null
  let created = false
  if (personId === null && (input.personName !== undefined || input.email !== null)) {
    const match = await matchPerson(trx, { name: input.personName, email: input.email, organizationId })
    if (match.personId !== undefined) personId = match.personId
    else if (input.personName !== undefined) {
      personId = await insertPerson(
        trx,
        {
          name: input.personName,
          emails: input.email === null ? [] : [input.email],
          phones: input.phone === null ? [] : [input.phone],
          jobTitle: null,
          organizationId,
          owner: input.owner,
          segmentId: organizationId === null ? input.segmentId : null,
          tags: input.tags,
          notes: null,
          firstCampaignId: input.sourceCampaignId,
        },
        now,
      )
      created = true
      for (const other of match.sameEmail) await recordLikelyDuplicate(trx, personId, other, 'same_email', now)
    } else throw new AppError('invalid_input', "Enter the person's name: no one has that email yet.", 'personName')
  }
  if (personId === null && organizationId === null) throw noParty()

  if (personId !== null && !created) {
    const person = await trx.selectFrom('people').select(['organization_id', 'first_campaign_id']).where('id', '=', personId).executeTakeFirstOrThrow()
    let changed = input.tags.length > 0
    if (organizationId === null) organizationId = person.organization_id
    else if (person.organization_id === null) {
      await trx.updateTable('people').set({ organization_id: organizationId }).where('id', '=', personId).execute()
      changed = true
    }
    if (input.email !== null) changed = (await addContact(trx, personId, 'email', input.email)) || changed
    if (input.phone !== null) changed = (await addContact(trx, personId, 'phone', input.phone)) || changed
    await addPartyTags(trx, 'person', personId, input.tags)
    if (person.first_campaign_id === null && input.sourceCampaignId !== null) {
      await trx.updateTable('people').set({ first_campaign_id: input.sourceCampaignId }).where('id', '=', personId).execute()
      changed = true
    }
    if (changed) await touchPerson(trx, personId, now)
  } else if (personId === null && organizationId !== null) {
    await addPartyTags(trx, 'organization', organizationId, input.tags)
  }
  // A new person without an organisation was given the segment as they were made.
  const segmentIsSet = created && organizationId === null
  if (input.segmentId !== null && !segmentIsSet) await setPartySegment(trx, { personId, organizationId }, input.segmentId, now)
  return { personId, organizationId }
}

/** A lead's segment is its organisation's, else its person's: setting it sets theirs. */
export async function setPartySegment(trx: Trx, parties: Parties, segmentId: number | null, now: string): Promise<void> {
  if (parties.organizationId !== null) {
    await trx.updateTable('organizations').set({ segment_id: segmentId }).where('id', '=', parties.organizationId).execute()
    await touchOrganization(trx, parties.organizationId, now)
  } else if (parties.personId !== null) {
    await trx.updateTable('people').set({ segment_id: segmentId }).where('id', '=', parties.personId).execute()
    await touchPerson(trx, parties.personId, now)
  }
}

/**
 * Applies what a lead's patch says about who it is with: other records by id, another company by
 * name (one spelled the same up to case and punctuation stays, and takes the new spelling, keeping
 * the old as an alias), and changes to its person's name, email and phone, its tags and segment.
 */
export async function applyPartyPatch(trx: Trx, lead: Parties & { owner: string | null }, patch: Patch, now: string): Promise<Parties> {
  let { personId, organizationId } = lead
  const movesParties = patch.organizationId !== undefined || patch.company !== undefined || patch.personId !== undefined
  const segmentBefore = movesParties && patch.segmentId === undefined ? await segmentOfParties(trx, lead) : null
  if (patch.organizationId !== undefined) organizationId = patch.organizationId === null ? null : await checkedOrganization(trx, patch.organizationId)
  else if (patch.company !== undefined) organizationId = patch.company === null ? null : await companyOfPatch(trx, organizationId, patch.company, lead.owner, now)
  if (patch.personId !== undefined) personId = patch.personId === null ? null : await checkedPerson(trx, patch.personId)

  if (patch.personName !== undefined) {
    if (personId === null) {
      const match = await matchPerson(trx, { name: patch.personName, email: patch.email ?? null, organizationId })
      personId =
        match.personId ??
        (await insertPerson(
          trx,
          { name: patch.personName, emails: [], phones: [], jobTitle: null, organizationId, owner: lead.owner, segmentId: null, tags: [], notes: null, firstCampaignId: null },
          now,
        ))
    } else await renamePerson(trx, personId, patch.personName, now)
  }
  if (personId === null && (patch.email != null || patch.phone != null)) {
    throw new AppError('invalid_input', "Enter the person's name first: an email or phone belongs to a person.", patch.email != null ? 'email' : 'phone')
  }
  if (personId !== null) {
    const person = await trx.selectFrom('people').select(['email', 'phone', 'organization_id']).where('id', '=', personId).executeTakeFirstOrThrow()
    let changed = false
    if (patch.email !== undefined && patch.email !== person.email) {
      await setFirstContact(trx, personId, 'email', patch.email, true)
      changed = true
    }
    if (patch.phone !== undefined && patch.phone !== person.phone) {
      await setFirstContact(trx, personId, 'phone', patch.phone, true)
      changed = true
    }
    if (person.organization_id === null && organizationId !== null) {
      await trx.updateTable('people').set({ organization_id: organizationId }).where('id', '=', personId).execute()
      changed = true
    }
    if (changed) await touchPerson(trx, personId, now)
  }
  if (personId === null && organizationId === null) throw noParty()
  const parties = { personId, organizationId }
  if (patch.tags !== undefined) await replaceLeadTags(trx, parties, patch.tags, now)
  if (patch.segmentId !== undefined) await setPartySegment(trx, parties, patch.segmentId, now)
  // A deal moved to an organisation (or person) without a segment keeps the one it showed: the
  // form still shows it, and clearing it is the user's call, not a side effect of a new company.
  else if (segmentBefore !== null && (await segmentOfParties(trx, parties)) === null) await setPartySegment(trx, parties, segmentBefore, now)
  return parties
}

/** The segment a deal with these parties shows: its organisation's, else its person's (as leadSegmentSql). */
async function segmentOfParties(trx: Trx, parties: Parties): Promise<number | null> {
  if (parties.organizationId !== null) {
    const org = await trx.selectFrom('organizations').select('segment_id').where('id', '=', parties.organizationId).executeTakeFirst()
    if (org?.segment_id != null) return org.segment_id
  }
  if (parties.personId === null) return null
  const person = await trx.selectFrom('people').select('segment_id').where('id', '=', parties.personId).executeTakeFirst()
  return person?.segment_id ?? null
}

/** A lead's tags are its person's (its organisation's without one): setting them sets theirs. */
export async function replaceLeadTags(trx: Trx, parties: Parties, tags: readonly string[], now: string): Promise<void> {
  if (parties.personId !== null) {
    await replacePartyTags(trx, 'person', parties.personId, tags)
    await touchPerson(trx, parties.personId, now)
  } else if (parties.organizationId !== null) {
    await replacePartyTags(trx, 'organization', parties.organizationId, tags)
    await touchOrganization(trx, parties.organizationId, now)
  }
}

async function renamePerson(trx: Trx, personId: number, name: string, now: string): Promise<void> {
  const current = await trx.selectFrom('people').select('name').where('id', '=', personId).executeTakeFirstOrThrow()
  if (current.name === name) return
  await trx.updateTable('people').set({ name, name_key: personNameKey(name) }).where('id', '=', personId).execute()
  await touchPerson(trx, personId, now)
}

/** The organisation a patch's company name means for a lead now with `current`. */
async function companyOfPatch(trx: Trx, current: number | null, name: string, owner: string | null, now: string): Promise<number> {
  if (current !== null) {
    const org = await trx.selectFrom('organizations').select(['name', 'name_key']).where('id', '=', current).executeTakeFirstOrThrow()
    if (org.name === name) return current
    if (org.name_key === organizationNameKey(name)) {
      // The same company, spelled anew: the new spelling is its name, the old one an alias.
      await trx.updateTable('organizations').set({ name }).where('id', '=', current).execute()
      await trx.deleteFrom('organization_aliases').where('organization_id', '=', current).where('alias', '=', name).execute()
      await addAlias(trx, current, org.name)
      await touchOrganization(trx, current, now)
      return current
    }
  }
  return organizationNamed(trx, name, owner, now)
}
