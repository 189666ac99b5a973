import { createHash } from 'node:crypto'
import type { ColumnMapping, ImportField } from '@shared/domain/imports'

// Guesses which Baton field each column fills from its header. Covers plain
// spreadsheets and the CSV exports of Pipedrive ("Deal - Value", "Person - Email - Work"),
// HubSpot ("Deal Stage", "Contact owner") and Twenty ("Emails / Primary Email").
// Earlier names in a field's list win over later ones when two columns could fill it.

const SYNONYMS: Record<ImportField, string[]> = {
  personName: [
    'contact person',
    'point of contact',
    'associated contact',
    'person name',
    'full name',
    'contact name',
    'lead name',
    'person',
    'contact',
    'name',
  ],
  firstName: ['first name', 'firstname', 'given name', 'name first name', 'forename'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'name last name'],
  company: ['company name', 'organization name', 'organisation name', 'company', 'organization', 'organisation', 'associated company', 'account name', 'account', 'company name'],
  email: ['email', 'e mail', 'email address', 'emails primary email', 'email work', 'primary email', 'work email', 'email home', 'email other'],
  phone: ['phone', 'phone number', 'phones primary phone number', 'phone work', 'work phone', 'mobile', 'phone mobile', 'mobile phone number', 'telephone', 'phone home'],
  campaign: ['campaign', 'campaign name', 'source campaign', 'utm campaign', 'lead source', 'source', 'source channel', 'original source'],
  stage: ['stage', 'deal stage', 'pipeline stage'],
  owner: ['owner', 'deal owner', 'contact owner', 'account owner', 'owner name', 'assigned to', 'sales rep'],
  value: ['value', 'amount', 'deal value', 'deal amount', 'expected revenue', 'revenue'],
  valueMicros: ['amount amount micros', 'amount micros'],
  tags: ['tags', 'labels', 'label', 'tag'],
  notes: ['notes', 'note', 'description', 'deal description', 'comments', 'comment'],
  createdOn: ['created', 'create date', 'creation date', 'created at', 'date created', 'deal created', 'person created', 'created on', 'add time'],
  expectedCloseOn: ['expected close date', 'close date', 'expected close', 'closing date', 'expected close on'],
}

/** Titles of a deal, used as the person's name only when no column names the person. */
const DEAL_TITLES = ['title', 'deal name', 'deal title', 'opportunity name']

// Pipedrive prefixes every column with its entity; Twenty joins a composite field's parts with " / ".
// "Organization - Name" keeps its prefix: it is the company, not the person.
const ENTITY_PREFIX = /^(deal|person|lead|contact)\s+-\s+/

export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(ENTITY_PREFIX, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const RANKS = new Map<string, Array<{ field: ImportField; rank: number }>>()
for (const [field, names] of Object.entries(SYNONYMS) as Array<[ImportField, string[]]>) {
  names.forEach((name, rank) => RANKS.set(name, [...(RANKS.get(name) ?? []), { field, rank }]))
}

/** One guess per column; each field goes to at most one column (the best-named one). */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = headers.map(() => null)
  const best = new Map<ImportField, { column: number; rank: number }>()
  headers.forEach((header, column) => {
    const normalized = normalizeHeader(header)
    for (const { field, rank } of RANKS.get(normalized) ?? []) {
      const current = best.get(field)
      if (!current || rank < current.rank) best.set(field, { column, rank })
    }
  })
  // A column that best fits two fields (rare) keeps the first field found.
  const taken = new Set<number>()
  for (const [field, { column }] of best) {
    if (taken.has(column)) continue
    taken.add(column)
    mapping[column] = field
  }
  // A company list (Twenty's companies export has a domain and no person columns): "Name" is the company.
  const isCompanyList = headers.some((header) => normalizeHeader(header).startsWith('domain')) && !mapping.includes('email') && !mapping.includes('company')
  const generic = mapping.indexOf('personName')
  if (isCompanyList && generic >= 0 && normalizeHeader(headers[generic] ?? '') === 'name') mapping[generic] = 'company'
  // Twenty's "Name / First Name" pair is the person's name even though "Name" alone would be too.
  const hasPerson = mapping.some((field) => field === 'personName' || field === 'firstName' || field === 'lastName')
  if (!hasPerson) {
    const title = headers.findIndex((header, column) => mapping[column] === null && DEAL_TITLES.includes(normalizeHeader(header)))
    if (title >= 0) mapping[title] = 'personName'
  }
  return mapping
}

/** A key for "a file with these columns", so a mapping the person fixed is offered again next time. */
export function fileShape(headers: readonly string[]): string {
  const hash = createHash('sha256')
  for (const header of headers) hash.update(`${normalizeHeader(header)}\u001f`)
  return hash.digest('hex')
}
