import type { z } from 'zod'
import type { LeadTableQuery } from '@shared/contract/leads'
import type { TableLead } from '@shared/domain/board'
import { customValueText, type CustomField } from '@shared/domain/customFields'
import type { CsvCell } from '../exports/csv'
import { writeCsvFile } from '../exports/csvFile'
import type { Db } from '../context'
import { listCustomFields } from '../custom-fields/customFields.repo'
import { leadTable } from './leads.table'

const PAGE = 500

type Query = z.output<typeof LeadTableQuery>

/** The lead table's rows as the CSV has them: its own columns, then one per custom field (archived ones too: their values are kept). */
export function leadCsvHeader(fields: readonly CustomField[], currency: string): string[] {
  return [
    'Deal',
    'Person',
    'Company',
    'Email',
    'Phone',
    'Stage',
    `Value (${currency})`,
    'Owner',
    'Source campaign',
    'Tags',
    'Created',
    'Expected close',
    ...fields.map((f) => `${f.label}${f.type === 'money' ? ` (${currency})` : ''}${f.archivedAt ? ' (archived)' : ''}`),
  ]
}

export function leadCsvRow(lead: TableLead, fields: readonly CustomField[]): CsvCell[] {
  return [
    lead.dealName,
    lead.personName,
    lead.company,
    lead.email,
    lead.phone,
    lead.stageName,
    lead.valueMinor / 100,
    lead.owner,
    lead.sourceCampaignName,
    lead.tags.join('; '),
    lead.createdAt.slice(0, 10),
    lead.expectedCloseOn,
    ...fields.map((f) => customValueText(f, lead.customFields?.[f.key])),
  ]
}

/** Writes the leads the table shows (same filters and sort), every page of them, to a CSV file. */
export async function writeLeadsCsv(db: Db, query: Query, target: string): Promise<number> {
  const fields = await listCustomFields(db, 'lead', true)
  const settings = await db.selectFrom('settings').select('currency').executeTakeFirst()
  const archivedValues = fields.some((f) => f.archivedAt !== null)
  async function* pages() {
    for (let offset = 0; ; offset += PAGE) {
      const page = await leadTable(db, { ...query, offset, limit: PAGE }, new Date(), { includeArchivedFields: archivedValues })
      yield page.rows.map((lead) => leadCsvRow(lead, fields))
      if (page.rows.length < PAGE) return
    }
  }
  return writeCsvFile(target, leadCsvHeader(fields, settings?.currency ?? 'USD'), pages())
}
