import type { leadsContract } from '@shared/contract/leads'
import type { HandlersFor } from '../context'
import { bulkLeads, undoDelete } from './leads.bulk'
import { distinctOwners, distinctTags, leadHistory, leadsWithEmail } from './leads.lookup'
import { createLead, deleteLead, getLead, listLeads, moveLead, updateLead } from './leads.service'
import { writeLeadsCsv, writeLeadsXlsx } from './leads.export'
import { snoozeLead } from './leads.snooze'
import { leadTable } from './leads.table'

export const leadsHandlers: HandlersFor<typeof leadsContract> = {
  'leads.list': ({ db }, query) => listLeads(db, query),
  'leads.get': ({ db }, { id }) => getLead(db, id),
  'leads.create': ({ db }, input) => createLead(db, input),
  'leads.update': ({ db }, { id, fields, basedOnVersion }) => updateLead(db, id, fields, basedOnVersion),
  'leads.delete': ({ db }, { id }) => deleteLead(db, id),
  'leads.move': ({ db }, move) => moveLead(db, move),
  'leads.history': ({ db }, { leadId }) => leadHistory(db, leadId),
  'leads.snooze': ({ db }, { id, until, reason }) => snoozeLead(db, id, until, reason),
  'leads.findByEmail': ({ db }, { email, excludeId }) => leadsWithEmail(db, email, excludeId),
  'leads.owners': ({ db }) => distinctOwners(db),
  'leads.tags': ({ db }) => distinctTags(db),
  'leads.table': ({ db }, query) => leadTable(db, query),
  'leads.bulk': ({ db }, { leadIds, action }) => bulkLeads(db, leadIds, action),
  'leads.export': async ({ db, platform }, { format, ...query }) => {
    const target = await platform.pickSavePath(`Leads.${format}`, format === 'xlsx' ? { name: 'Excel workbook', extensions: ['xlsx'] } : undefined)
    if (!target) return null
    const write = format === 'xlsx' ? writeLeadsXlsx : writeLeadsCsv
    return { file: target, rows: await write(db, { ...query, offset: 0, limit: 500 }, target) }
  },
  'leads.undoDelete': ({ db }, { token }) => undoDelete(db, token),
}
