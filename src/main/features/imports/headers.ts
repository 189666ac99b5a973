import { createHash } from 'node:crypto'
import type { CampaignImportField, ColumnMapping, ImportField, ImportKind, MappableField } from '@shared/domain/imports'
import { CAMPAIGN_HEADER_WORDS, DEAL_NAMES, DEAL_TITLES, GENERIC_NAMES, LEAD_HEADER_WORDS } from './headerWords'

// Guesses which Baton field each column fills from its header (the words are in headerWords.ts).
// Earlier names in a field's list win over later ones when two columns could fill it.

// Pipedrive prefixes every column with its entity; Twenty joins a composite field's parts with " / ".
// "Organization - Name" keeps its prefix: it is the company, not the person.
const ENTITY_PREFIX = /^(deal|person|lead|contact|kontakt|personne|persona|persoon)\s+-\s+/

const ORGANIZATION_PREFIX = /^organi[sz]ation\s+-\s+/i

/** The header as the file's shape remembers it: case, punctuation and the entity prefix aside. */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(ENTITY_PREFIX, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The header as the word lists write it: normalized, with accents off ("Société" is "societe", "Währung" is "wahrung"). */
export function headerKey(header: string): string {
  return normalizeHeader(header.normalize('NFD').replace(/\p{M}+/gu, ''))
}

function ranksOf<F extends string>(words: Record<F, string[]>): Map<string, Array<{ field: F; rank: number }>> {
  const ranks = new Map<string, Array<{ field: F; rank: number }>>()
  for (const [field, names] of Object.entries(words) as Array<[F, string[]]>) {
    names.forEach((name, rank) => ranks.set(name, [...(ranks.get(name) ?? []), { field, rank }]))
  }
  return ranks
}

const RANKS = ranksOf(LEAD_HEADER_WORDS)
const CAMPAIGN_RANKS = ranksOf(CAMPAIGN_HEADER_WORDS)

/** Each field to the column that names it best; a column that best fits two fields keeps the first. */
function bestColumns<F extends MappableField>(keys: readonly string[], ranks: Map<string, Array<{ field: F; rank: number }>>): ColumnMapping {
  const mapping: ColumnMapping = keys.map(() => null)
  const best = new Map<F, { column: number; rank: number }>()
  keys.forEach((key, column) => {
    for (const { field, rank } of ranks.get(key) ?? []) {
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

/** One guess per column; each field goes to at most one column (the best-named one). */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  // An organisations export ("Organization - Name", "Organization - Owner", …) is read as a company
  // list: its prefix off, "Name" the company ("Organization - Name" beside a person stays the company).
  const organizationsExport = headers.length > 1 && headers.every((h) => ORGANIZATION_PREFIX.test(h.trim()))
  const keys = headers.map((h) => headerKey(organizationsExport ? h.trim().replace(ORGANIZATION_PREFIX, '').replace(/^organi[sz]ation created$/i, 'created') : h))
  const mapping = bestColumns(keys, RANKS)
  const has = (field: ImportField) => mapping.includes(field)
  // A company list (Twenty's companies export has a domain and no person columns): "Name" is the company.
  const isCompanyList = (organizationsExport || keys.some((key) => key.startsWith('domain'))) && !has('email') && !has('company')
  const generic = mapping.indexOf('personName')
  const genericName = generic >= 0 && GENERIC_NAMES.includes(keys[generic] ?? '')
  if (isCompanyList && genericName && keys[generic] === 'name') mapping[generic] = 'company'
  // Beside a first name, "Name" ("Nom", "Naam") is the last name; beside a last name, "Nombre" ("Nome") is the first.
  else if (genericName && has('firstName') && !has('lastName')) mapping[generic] = 'lastName'
  else if (genericName && has('lastName') && !has('firstName')) mapping[generic] = 'firstName'
  // A lone status column says where each lead stands: it is the stage (whose words include won and lost).
  const status = mapping.indexOf('status')
  if (status >= 0 && !has('stage')) mapping[status] = 'stage'
  // Twenty's "Name / First Name" pair is the person's name even though "Name" alone would be too.
  // A deal's title ("Acme website redesign") names the person when nothing else does; beside a person it is kept in the notes.
  const hasPerson = mapping.some((field) => field === 'personName' || field === 'firstName' || field === 'lastName')
  const title = keys.findIndex((key, column) => mapping[column] === null && DEAL_TITLES.includes(key))
  const dealName = keys.findIndex((key, column) => mapping[column] === null && (DEAL_NAMES.includes(key) || (key === 'title' && /^deal\s*-/i.test(headers[column]!.trim()))))
  // A deal's title names the lead only when nothing else names who it is with.
  const dealTitle = mapping.indexOf('title')
  if (dealTitle >= 0 && !hasPerson && !has('company')) mapping[dealTitle] = 'personName'
  else if (title >= 0 && !hasPerson) mapping[title] = 'personName'
  else if (dealName >= 0 && !has('title')) mapping[dealName] = 'title'
  else if (title >= 0 && keys[title] === 'title' && !has('jobTitle')) mapping[title] = 'jobTitle'
  // A list of companies (no person, a domain, industry or size): its phone is the company's, which
  // no Baton field holds — left for the person to keep in a custom field rather than made a contact.
  const phone = mapping.indexOf('phone')
  const named = mapping.some((field) => field === 'personName' || field === 'firstName' || field === 'lastName' || field === 'email')
  if (phone >= 0 && !named && has('company') && (has('domain') || has('industry') || has('size'))) mapping[phone] = null
  return mapping
}

export function guessCampaignMapping(headers: readonly string[]): ColumnMapping {
  return bestColumns(headers.map(headerKey), CAMPAIGN_RANKS)
}

const CAMPAIGN_ONLY = new Set<CampaignImportField>(['channel', 'status', 'budget', 'startsOn', 'endsOn'])

/**
 * Campaigns when the file names campaigns and what only campaigns have (a channel, budget,
 * dates or status) and nothing that says person: no email, person or company column.
 */
export function guessFileKind(headers: readonly string[]): ImportKind {
  const leads = guessMapping(headers)
  if (isContactsFile(headers, leads)) return 'contacts'
  if (leads.some((field) => field === 'email' || field === 'firstName' || field === 'lastName' || field === 'company' || field === 'phone')) return 'leads'
  const campaigns = guessCampaignMapping(headers)
  const named = campaigns.findIndex((field) => field === 'campaignName')
  const nameHeader = headerKey(headers[named] ?? '')
  const campaignOnly = campaigns.filter((field) => field !== null && CAMPAIGN_ONLY.has(field as CampaignImportField)).length
  if (named < 0 || campaignOnly < 2) return 'leads'
  // "Name" alone is a person in a leads file; with "Campaign" in a header it is the campaign.
  return nameHeader.includes('campaign') || headers.some((header) => headerKey(header).startsWith('campaign')) || campaignOnly >= 3 ? 'campaigns' : 'leads'
}

/** What only a deal has: a file mapping none of these holds no deals. */
export const DEAL_FIELDS: readonly ImportField[] = ['title', 'value', 'valueMicros', 'currency', 'stage', 'status', 'lostReason', 'expectedCloseOn', 'closeDate', 'closedOn', 'wonOn', 'lostOn']

/**
 * People or organisations and no deals: nothing a deal has, and the columns say so — a CRM's
 * persons or organizations export ("Person - Name", "Organization - Website"), or a list of
 * companies (a company with its domain, industry or size, and no person). A plain list of names and
 * emails stays leads, as Baton always read it.
 */
function isContactsFile(headers: readonly string[], mapping: ColumnMapping): boolean {
  if (mapping.some((field) => field !== null && (DEAL_FIELDS as readonly MappableField[]).includes(field)) || headers.some((h) => /^deal\s*-/i.test(h.trim()))) return false
  const prefixed = headers.filter((h) => /^(person|organi[sz]ation)\s*-/i.test(h.trim())).length
  if (prefixed >= Math.max(2, headers.length / 2)) return true
  const companyList = mapping.includes('company') && mapping.some((f) => f === 'domain' || f === 'industry' || f === 'size')
  return companyList && !mapping.some((f) => f === 'personName' || f === 'firstName' || f === 'lastName' || f === 'email')
}

/** A key for "a file with these columns", so a mapping the person fixed is offered again next time. */
export function fileShape(headers: readonly string[]): string {
  const hash = createHash('sha256')
  for (const header of headers) hash.update(`${normalizeHeader(header)}\u001f`)
  return hash.digest('hex')
}
