import { createHash } from 'node:crypto'
import type { CampaignImportField, ColumnMapping, ImportField, ImportKind } from '@shared/domain/imports'

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

// A campaigns file: a plain spreadsheet ("Campaign, Channel, Budget, Start, End") or HubSpot's
// campaign export ("Campaign name, Campaign owner, Start date, End date, Campaign status, Budget total, Notes").
const CAMPAIGN_SYNONYMS: Record<CampaignImportField, string[]> = {
  campaignName: ['campaign name', 'campaign', 'name', 'campaign title', 'title'],
  channel: ['channel', 'campaign channel', 'type', 'campaign type', 'medium', 'utm medium', 'source', 'marketing channel'],
  status: ['status', 'campaign status', 'state'],
  budget: ['budget', 'budget total', 'total budget', 'campaign budget', 'planned budget', 'budget amount', 'spend budget'],
  startsOn: ['start date', 'start', 'starts on', 'campaign start date', 'launch date', 'from'],
  endsOn: ['end date', 'end', 'ends on', 'campaign end date', 'to'],
  objective: ['objective', 'goal', 'campaign goal', 'goals', 'purpose'],
  notes: ['notes', 'note', 'description', 'campaign description', 'comments'],
}

const CAMPAIGN_RANKS = new Map<string, Array<{ field: CampaignImportField; rank: number }>>()
for (const [field, names] of Object.entries(CAMPAIGN_SYNONYMS) as Array<[CampaignImportField, string[]]>) {
  names.forEach((name, rank) => CAMPAIGN_RANKS.set(name, [...(CAMPAIGN_RANKS.get(name) ?? []), { field, rank }]))
}

export function guessCampaignMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = headers.map(() => null)
  const best = new Map<CampaignImportField, { column: number; rank: number }>()
  headers.forEach((header, column) => {
    for (const { field, rank } of CAMPAIGN_RANKS.get(normalizeHeader(header)) ?? []) {
      const current = best.get(field)
      if (!current || rank < current.rank) best.set(field, { column, rank })
    }
  })
  const taken = new Set<number>()
  for (const [field, { column }] of best) {
    if (taken.has(column)) continue
    taken.add(column)
    mapping[column] = field
  }
  return mapping
}

const CAMPAIGN_ONLY = new Set<CampaignImportField>(['channel', 'status', 'budget', 'startsOn', 'endsOn'])

/**
 * Campaigns when the file names campaigns and what only campaigns have (a channel, budget,
 * dates or status) and nothing that says person: no email, person or company column.
 */
export function guessFileKind(headers: readonly string[]): ImportKind {
  const leads = guessMapping(headers)
  if (leads.some((field) => field === 'email' || field === 'firstName' || field === 'lastName' || field === 'company' || field === 'phone')) return 'leads'
  const campaigns = guessCampaignMapping(headers)
  const named = campaigns.findIndex((field) => field === 'campaignName')
  const nameHeader = normalizeHeader(headers[named] ?? '')
  const campaignOnly = campaigns.filter((field) => field !== null && CAMPAIGN_ONLY.has(field as CampaignImportField)).length
  if (named < 0 || campaignOnly < 2) return 'leads'
  // "Name" alone is a person in a leads file; with "Campaign" in a header it is the campaign.
  return nameHeader.includes('campaign') || headers.some((header) => normalizeHeader(header).startsWith('campaign')) || campaignOnly >= 3 ? 'campaigns' : 'leads'
}

/** A key for "a file with these columns", so a mapping the person fixed is offered again next time. */
export function fileShape(headers: readonly string[]): string {
  const hash = createHash('sha256')
  for (const header of headers) hash.update(`${normalizeHeader(header)}\u001f`)
  return hash.digest('hex')
}
