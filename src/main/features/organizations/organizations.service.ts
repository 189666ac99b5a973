import type { z } from 'zod'
import type { OrganizationInput, OrganizationPatch } from '@shared/contract/organizations'
import { nowIso } from '@shared/domain/dates'
import { organizationNameKey } from '@shared/domain/matching'
import type { Organization, PartyDeleted } from '@shared/domain/people'
import { AppError, notFound } from '@shared/errors'
import { checkValuesFor, readRecordValues, saveCustomValues } from '../custom-fields/customFields.values'
import { claimVersion, recordVersion } from '../versions/record-versions'
import type { Db } from '../context'
import { deleteParties } from '../parties/parties.delete'
import { replacePartyTags } from '../parties/parties'
import { segmentExists } from '../segments/segments.repo'
import { findOrganization } from './organizations.repo'
import { domainFrom, insertOrganization, replaceAliases, touchOrganization } from './organizations.write'

type NewOrganization = z.output<typeof OrganizationInput>
type Patch = z.output<typeof OrganizationPatch>

export async function getOrganization(db: Db, id: number): Promise<Organization> {
  const organization = await findOrganization(db, id)
  if (!organization) throw notFound('That organisation')
  return { ...organization, customFields: await readRecordValues(db, 'organization', id) }
}

async function checkReferences(db: Db, fields: Pick<Patch, 'segmentId' | 'domain' | 'website'>): Promise<void> {
  if (fields.segmentId != null && !(await segmentExists(db, fields.segmentId))) {
    throw new AppError('invalid_input', 'That segment no longer exists. Pick another one.', 'segmentId')
  }
  if (fields.domain != null && domainFrom(fields.domain, null) === null) {
    throw new AppError('invalid_input', `“${fields.domain}” is not a web domain: type it as acme.com.`, 'domain')
  }
}

export async function createOrganization(db: Db, input: NewOrganization): Promise<Organization> {
  await checkReferences(db, input)
  await checkValuesFor(db, 'organization', input.customFields, 'create')
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertOrganization(trx, input, nowIso())
    await saveCustomValues(trx, 'organization', id, input.customFields, 'create')
    return id
  })
  return getOrganization(db, id)
}

export async function updateOrganization(db: Db, id: number, patch: Patch, basedOnVersion?: number): Promise<Organization> {
  const current = await getOrganization(db, id)
  await checkReferences(db, patch)
  await checkValuesFor(db, 'organization', patch.customFields, 'update')
  const now = nowIso()
  await db.transaction().execute(async (trx) => {
    const claimed = await claimVersion(trx, 'organization', id, basedOnVersion)
    const website = patch.website !== undefined ? patch.website : current.website
    const set = {
      ...(patch.name !== undefined && { name: patch.name, name_key: organizationNameKey(patch.name) }),
      ...((patch.domain !== undefined || patch.website !== undefined) && { domain: domainFrom(patch.domain !== undefined ? patch.domain : current.domain, website) }),
      ...(patch.website !== undefined && { website: patch.website }),
      ...(patch.industry !== undefined && { industry: patch.industry }),
      ...(patch.size !== undefined && { size: patch.size }),
      ...(patch.region !== undefined && { region: patch.region }),
      ...(patch.address !== undefined && { address: patch.address }),
      ...(patch.owner !== undefined && { owner: patch.owner }),
      ...(patch.segmentId !== undefined && { segment_id: patch.segmentId }),
      ...(patch.notes !== undefined && { notes: patch.notes }),
    }
    if (Object.keys(set).length > 0) await trx.updateTable('organizations').set(set).where('id', '=', id).execute()
    if (patch.aliases !== undefined || patch.name !== undefined) await replaceAliases(trx, id, patch.name ?? current.name, patch.aliases ?? current.aliases)
    if (patch.tags !== undefined) await replacePartyTags(trx, 'organization', id, patch.tags)
    await saveCustomValues(trx, 'organization', id, patch.customFields, 'update')
    await touchOrganization(trx, id, now)
    await recordVersion(trx, claimed, now, [...(patch.tags !== undefined ? ['tags'] : []), ...(patch.customFields !== undefined ? ['customFields'] : [])])
  })
  return getOrganization(db, id)
}

/** Deletes an organisation; refused while it has deals unless `deleteLeads`. Its people stay, without it. */
export async function deleteOrganization(db: Db, id: number, deleteLeads: boolean): Promise<PartyDeleted> {
  await getOrganization(db, id)
  const { leadsDeleted } = await db.transaction().execute((trx) => deleteParties(trx, 'organization', [id], deleteLeads))
  return { id, leadsDeleted }
}
