import type { leadsContract } from '@shared/contract/leads'
import type { HandlersFor } from '../context'
import { createLead, deleteLead, getLead, listLeads, moveLead, updateLead } from './leads.service'

export const leadsHandlers: HandlersFor<typeof leadsContract> = {
  'leads.list': ({ db }, query) => listLeads(db, query),
  'leads.get': ({ db }, { id }) => getLead(db, id),
  'leads.create': ({ db }, input) => createLead(db, input),
  'leads.update': ({ db }, { id, fields }) => updateLead(db, id, fields),
  'leads.delete': ({ db }, { id }) => deleteLead(db, id),
  'leads.move': ({ db }, move) => moveLead(db, move),
}
