import type { z } from 'zod'
import type { LeadTableQuery } from '@shared/contract/leads'
import type { TableLead } from '@shared/domain/board'
import { customValueText, type CustomField } from '@shared/domain/customFields'
import type { ColumnKind, ReportCell, ReportColumn } from '@shared/domain/report'
import type { CsvCell } from '../exports/csv'
import { writeCsvFile } from '../exports/csvFile'
import { writeXlsxFile } from '../exports/xlsx'
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

/** Every page of the leads the table shows (same filters and sort), archived fields' values included. */
async function* leadPages(db: Db, query: Query, fields: readonly CustomField[]): AsyncGenerator<TableLead[]> {
  const includeArchivedFields = fields.some((f) => f.archivedAt !== null)
  for (let offset = 0; ; offset += PAGE) {
    const page = await leadTable(db, { ...query, offset, limit: PAGE }, new Date(), { includeArchivedFields })
    yield page.rows
    if (page.rows.length < PAGE) return
  }
}

/** Writes the leads the table shows (same filters and sort), every page of them, to a CSV file. */
export async function writeLeadsCsv(db: Db, query: Query, target: string): Promise<number> {
  const fields = await listCustomFields(db, 'lead', true)
  const settings = await db.selectFrom('settings').select('currency').executeTakeFirst()
  async function* rows() {
    for await (const page of leadPages(db, query, fields)) yield page.map((lead) => leadCsvRow(lead, fields))
  }
  return writeCsvFile(target, leadCsvHeader(fields, settings?.currency ?? 'USD'), rows())
}

const KIND: Partial<Record<CustomField['type'], ColumnKind>> = { number: 'decimal', money: 'money', date: 'date' }

/** The same leads as one XLSX sheet: amounts, numbers and days as typed cells, so a spreadsheet can sum and sort them. */
export async function writeLeadsXlsx(db: Db, query: Query, target: string): Promise<number> {
  const fields = await listCustomFields(db, 'lead', true)
  const settings = await db.selectFrom('settings').select(['currency', 'locale', 'firm_name']).executeTakeFirst()
  const col = (key: string, label: string, kind: ColumnKind): ReportColumn => ({ key, label, kind })
  const columns = [
    ...['Deal', 'Person', 'Company', 'Email', 'Phone', 'Stage'].map((label) => col(label.toLowerCase(), label, 'text')),
    col('value', 'Value', 'money'),
    col('owner', 'Owner', 'text'),
    col('campaign', 'Source campaign', 'text'),
    col('tags', 'Tags', 'text'),
    col('created', 'Created', 'date'),
    col('close', 'Expected close', 'date'),
    ...fields.map((f) => col(`custom:${f.id}`, `${f.label}${f.archivedAt ? ' (archived)' : ''}`, KIND[f.type] ?? 'text')),
  ]
  let count = 0
  async function* rows() {
    for await (const page of leadPages(db, query, fields)) {
      count += page.length
      yield page.map((lead): ReportCell[] => [
        lead.dealName,
        lead.personName,
        lead.company,
        lead.email,
        lead.phone,
        lead.stageName,
        lead.valueMinor,
        lead.owner,
        lead.sourceCampaignName,
        lead.tags.join('; '),
        lead.createdAt.slice(0, 10),
        lead.expectedCloseOn,
        ...fields.map((f) => {
          const value = lead.customFields?.[f.key]
          if (value === undefined || value === null) return null
          return KIND[f.type] && typeof value !== 'boolean' && !Array.isArray(value) ? value : customValueText(f, value)
        }),
      ])
    }
  }
  await writeXlsxFile(target, [{ title: 'Leads', columns, chunks: rows() }], {
    currency: settings?.currency ?? 'USD',
    locale: settings?.locale ?? 'en-US',
    title: 'Leads',
    company: settings?.firm_name ?? '',
  })
  return count
}
