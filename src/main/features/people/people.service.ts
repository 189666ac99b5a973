import type { z } from 'zod'
import type { PersonInput, PersonPatch } from '@shared/contract/people'
import { nowIso } from '@shared/domain/dates'
import { personNameKey } from '@shared/domain/matching'
import type { PartyDeleted, Person } from '@shared/domain/people'
import { AppError, notFound } from '@shared/errors'
import { checkValuesFor, readRecordValues, saveCustomValues } from '../custom-fields/customFields.values'
import { claimVersion, recordVersion } from '../versions/record-versions'
import type { Db } from '../context'
import { findCampaign } from '../campaigns/campaigns.repo'
import { organizationExists } from '../organizations/organizations.repo'
import { deleteParties } from '../parties/parties.delete'
import { replacePartyTags } from '../parties/parties'
import { segmentExists } from '../segments/segments.repo'
import { findPerson } from './people.repo'
import { insertPerson, replaceContacts, touchPerson } from './people.write'

type NewPerson = z.output<typeof PersonInput>
type Patch = z.output<typeof PersonPatch>

export async function getPerson(db: Db, id: number): Promise<Person> {
  const person = await findPerson(db, id)
  if (!person) throw notFound('That person')
  return { ...person, customFields: await readRecordValues(db, 'person', id) }
}

async function checkReferences(db: Db, fields: Pick<Patch, 'organizationId' | 'segmentId' | 'firstCampaignId'>): Promise<void> {
  if (fields.organizationId != null && !(await organizationExists(db, fields.organizationId))) {
    throw new AppError('invalid_input', 'That organisation no longer exists. Pick another one.', 'organizationId')
  }
  if (fields.segmentId != null && !(await segmentExists(db, fields.segmentId))) {
    throw new AppError('invalid_input', 'That segment no longer exists. Pick another one.', 'segmentId')
  }
  if (fields.firstCampaignId != null && !(await findCampaign(db, fields.firstCampaignId))) {
    throw new AppError('invalid_input', 'That campaign no longer exists. Pick another one.', 'firstCampaignId')
  }
}

export async function createPerson(db: Db, input: NewPerson): Promise<Person> {
  await checkReferences(db, input)
  await checkValuesFor(db, 'person', input.customFields, 'create')
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertPerson(trx, input, nowIso())
    await saveCustomValues(trx, 'person', id, input.customFields, 'create')
    return id
  })
  return getPerson(db, id)
}

/** Saves a person's fields; emails and phones are replaced as a whole list (the first is the one deals show). */
export async function updatePerson(db: Db, id: number, patch: Patch, basedOnVersion?: number): Promise<Person> {
  await getPerson(db, id)
  await checkReferences(db, patch)
  await checkValuesFor(db, 'person', patch.customFields, 'update')
  const now = nowIso()
  await db.transaction().execute(async (trx) => {
    const claimed = await claimVersion(trx, 'person', id, basedOnVersion)
    const set = {
      ...(patch.name !== undefined && { name: patch.name, name_key: personNameKey(patch.name) }),
      ...(patch.jobTitle !== undefined && { job_title: patch.jobTitle }),
      ...(patch.organizationId !== undefined && { organization_id: patch.organizationId }),
      ...(patch.owner !== undefined && { owner: patch.owner }),
      ...(patch.segmentId !== undefined && { segment_id: patch.segmentId }),
      ...(patch.notes !== undefined && { notes: patch.notes }),
      ...(patch.firstCampaignId !== undefined && { first_campaign_id: patch.firstCampaignId }),
    }
    if (Object.keys(set).length > 0) await trx.updateTable('people').set(set).where('id', '=', id).execute()
    if (patch.emails !== undefined) await replaceContacts(trx, id, 'email', patch.emails)
    if (patch.phones !== undefined) await replaceContacts(trx, id, 'phone', patch.phones)
    if (patch.tags !== undefined) await replacePartyTags(trx, 'person', id, patch.tags)
    await saveCustomValues(trx, 'person', id, patch.customFields, 'update')
    await touchPerson(trx, id, now)
    await recordVersion(trx, claimed, now, [...(patch.emails !== undefined ? ['emails'] : []), ...(patch.phones !== undefined ? ['phones'] : []), ...(patch.tags !== undefined ? ['tags'] : []), ...(patch.customFields !== undefined ? ['customFields'] : [])])
  })
  return getPerson(db, id)
}

/** Deletes a person; refused while they have deals unless `deleteLeads` says to delete those too. */
export async function deletePerson(db: Db, id: number, deleteLeads: boolean): Promise<PartyDeleted> {
  await getPerson(db, id)
  const { leadsDeleted } = await db.transaction().execute((trx) => deleteParties(trx, 'person', [id], deleteLeads))
  return { id, leadsDeleted }
}
