import type { organizationsContract } from '@shared/contract/organizations'
import type { HandlersFor } from '../context'
import { partyFigures } from '../metrics/customers.repo'
import { bulkParties } from '../parties/parties.bulk'
import { organizationPeople, partyActivities, partyCampaigns, partyLeads, partyLookup } from '../parties/parties.related'
import { createOrganization, deleteOrganization, getOrganization, updateOrganization } from './organizations.service'
import { organizationsTable } from './organizations.table'

export const organizationsHandlers: HandlersFor<typeof organizationsContract> = {
  'organizations.get': ({ db }, { id }) => getOrganization(db, id),
  'organizations.create': ({ db }, input) => createOrganization(db, input),
  'organizations.update': ({ db }, { id, fields, basedOnVersion }) => updateOrganization(db, id, fields, basedOnVersion),
  'organizations.delete': ({ db }, { id, deleteLeads }) => deleteOrganization(db, id, deleteLeads),
  'organizations.table': ({ db }, query) => organizationsTable(db, query),
  'organizations.bulk': ({ db }, { organizationIds, action }) => bulkParties(db, 'organization', organizationIds, action),
  'organizations.lookup': ({ db }, { text, limit }) => partyLookup(db, 'organization', text, limit),
  'organizations.leads': async ({ db }, { id }) => (await getOrganization(db, id)) && partyLeads(db, 'organization', id),
  'organizations.activities': async ({ db }, { id, offset, limit }) => (await getOrganization(db, id)) && partyActivities(db, 'organization', id, offset, limit),
  'organizations.campaigns': async ({ db }, { id }) => (await getOrganization(db, id)) && partyCampaigns(db, 'organization', id),
  'organizations.people': async ({ db }, { id }) => (await getOrganization(db, id)) && organizationPeople(db, id),
  'organizations.figures': async ({ db }, { id }) => (await getOrganization(db, id)) && partyFigures(db, { kind: 'organization', id }),
}
