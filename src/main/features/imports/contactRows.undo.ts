import { nowIso } from '@shared/domain/dates'
import type { Trx } from '../context'
import { replacePartyTags } from '../parties/parties'

// The undo of a contacts import (contactRows.ts): each person and organisation it updated gets
// back the details and tags it had. The ones it made are removed with the others an import made.

interface PersonBefore {
  name: string
  name_key: string
  email: string | null
  phone: string | null
  organization_id: number | null
  job_title: string | null
  owner: string | null
  notes: string | null
  first_campaign_id: number | null
  tags: string[]
}

interface OrganizationBefore {
  domain: string | null
  industry: string | null
  size: string | null
  owner: string | null
  notes: string | null
  tags: string[]
}

/** Runs before the import's own people and organisations go: a person gets back the organisation they had. */
export async function restoreUpdatedParties(trx: Trx, batchId: number): Promise<number> {
  const updated = await trx.selectFrom('import_batch_parties').selectAll().where('batch_id', '=', batchId).orderBy('kind').orderBy('record_id').execute()
  const now = nowIso()
  let restored = 0
  for (const { kind, record_id: id, before } of updated) {
    if (kind === 'person') {
      const { tags, ...person } = JSON.parse(before) as PersonBefore
      const result = await trx
        .updateTable('people')
        .set((eb) => ({
          name: person.name,
          name_key: person.name_key,
          email: person.email,
          phone: person.phone,
          organization_id: person.organization_id === null ? null : Number(person.organization_id),
          job_title: person.job_title,
          owner: person.owner,
          notes: person.notes,
          first_campaign_id: person.first_campaign_id === null ? null : Number(person.first_campaign_id),
          updated_at: now,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', id)
        .executeTakeFirst()
      if (Number(result.numUpdatedRows) === 0) continue
      await replacePartyTags(trx, 'person', id, tags)
    } else {
      const { tags, domain, industry, size, owner, notes } = JSON.parse(before) as OrganizationBefore
      const result = await trx
        .updateTable('organizations')
        .set((eb) => ({ domain, industry, size, owner, notes, updated_at: now, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .executeTakeFirst()
      if (Number(result.numUpdatedRows) === 0) continue
      await replacePartyTags(trx, 'organization', id, tags)
    }
    restored++
  }
  return restored
}
