import type { peopleContract } from '@shared/contract/people'
import type { HandlersFor } from '../context'
import { partyFigures } from '../metrics/customers.repo'
import { bulkParties } from '../parties/parties.bulk'
import { partyActivities, partyCampaigns, partyLeads, partyLookup } from '../parties/parties.related'
import { createPerson, deletePerson, getPerson, updatePerson } from './people.service'
import { peopleTable } from './people.table'

export const peopleHandlers: HandlersFor<typeof peopleContract> = {
  'people.get': ({ db }, { id }) => getPerson(db, id),
  'people.create': ({ db }, input) => createPerson(db, input),
  'people.update': ({ db }, { id, fields, basedOnVersion }) => updatePerson(db, id, fields, basedOnVersion),
  'people.delete': ({ db }, { id, deleteLeads }) => deletePerson(db, id, deleteLeads),
  'people.table': ({ db }, query) => peopleTable(db, query),
  'people.bulk': ({ db }, { personIds, action }) => bulkParties(db, 'person', personIds, action),
  'people.lookup': ({ db }, { text, limit }) => partyLookup(db, 'person', text, limit),
  'people.leads': async ({ db }, { id }) => (await getPerson(db, id)) && partyLeads(db, 'person', id),
  'people.activities': async ({ db }, { id, offset, limit }) => (await getPerson(db, id)) && partyActivities(db, 'person', id, offset, limit),
  'people.campaigns': async ({ db }, { id }) => (await getPerson(db, id)) && partyCampaigns(db, 'person', id),
  'people.figures': async ({ db }, { id }) => (await getPerson(db, id)) && partyFigures(db, { kind: 'person', id }),
}
