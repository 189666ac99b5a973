import { organizationNameKey, personNameKey } from '@shared/domain/matching'
import { SEGMENTS } from './campaign-templates'
import type { PlannedCampaign } from './campaign-plan'
import type { LeadPlanContext } from './lead-types'
import { AREA_CODES, COMPANY_KINDS, COMPANY_PREFIXES, FIRST_NAMES, JOB_TITLES, LAST_NAMES, domainOf, emailOf } from './people'
import type { SampleRows } from './rows'
import { DAY } from './time'

// Who the sample's deals are with: people, most of them at organisations, some organisations with
// several people, and customers who come back — a renewal or an upsell a few months after a won
// deal — so retention, lifetime value and an organisation's page have something real to show.

const PERSONAL_DOMAINS = ['gmail.com', 'outlook.com', 'fastmail.com'] as const
/** Of new leads: a known customer buying again (once their last deal was won a while ago), a colleague at a known organisation. */
const RETURNING_SHARE = 0.16
const COLLEAGUE_SHARE = 0.08
/** A customer comes back for more no sooner than this after their last win. */
const RETURN_AFTER_DAYS = 45

interface PlannedOrganization {
  id: number
  name: string
  segment: number
}

interface PlannedPerson {
  id: number
  organizationId: number | null
  segment: number
  tags: Set<string>
  /** When their last deal was won (wall clock), or null. */
  wonMs: number | null
}

/** The people and organisations planned so far (kept across batches: a later lead may be theirs). */
export class PartyBook {
  readonly organizations = new Map<string, PlannedOrganization>()
  readonly people: PlannedPerson[] = []
  private readonly byEmail = new Map<string, PlannedPerson>()
  private readonly customers: PlannedPerson[] = []

  /** Someone whose last deal was won long enough before `atMs` (a few picks among the customers), or undefined. */
  returning(ctx: LeadPlanContext, atMs: number): PlannedPerson | undefined {
    for (let tries = 0; tries < 4 && this.customers.length > 0; tries++) {
      const person = ctx.random.pick(this.customers)
      if (person.wonMs !== null && person.wonMs < atMs - RETURN_AFTER_DAYS * DAY) return person
    }
    return undefined
  }

  won(person: PlannedPerson, atMs: number): void {
    if (person.wonMs === null) this.customers.push(person)
    person.wonMs = Math.max(person.wonMs ?? 0, atMs)
  }

  personByEmail(email: string | null): PlannedPerson | undefined {
    return email === null ? undefined : this.byEmail.get(email)
  }

  remember(person: PlannedPerson, email: string | null): void {
    this.people.push(person)
    if (email !== null) this.byEmail.set(email, person)
  }
}

export interface Who {
  person: PlannedPerson
  organizationId: number | null
  /** The deal's own name, for a renewal or upsell. */
  title: string | null
  returning: boolean
  segment: number
}

function newOrganization(ctx: LeadPlanContext, book: PartyBook, rows: SampleRows, segment: number, createdMs: number, owner: string | null): PlannedOrganization {
  const { random } = ctx
  const name = `${random.pick(COMPANY_PREFIXES)} ${random.pick(COMPANY_KINDS[segment] ?? COMPANY_KINDS[0] ?? [])}`
  const known = book.organizations.get(name)
  if (known) return known
  const org: PlannedOrganization = { id: ctx.ids.organizations++, name, segment }
  book.organizations.set(name, org)
  const domain = domainOf(name)
  const kind = SEGMENTS[segment] ?? SEGMENTS[0]
  rows.organizations.push({
    id: org.id,
    name,
    name_key: organizationNameKey(name),
    domain,
    website: `https://www.${domain}`,
    industry: kind.industry === 'Any' ? null : kind.industry,
    size: kind.companySize,
    region: kind.region,
    address: null,
    owner,
    segment_id: ctx.segmentIds[segment] ?? null,
    notes: null,
    created_at: ctx.instant(createdMs),
    updated_at: ctx.instant(createdMs),
    version: 1,
  })
  return org
}

function newPerson(ctx: LeadPlanContext, book: PartyBook, rows: SampleRows, org: PlannedOrganization | null, segment: number, createdMs: number, owner: string | null, campaign: PlannedCampaign | null): PlannedPerson {
  const { random } = ctx
  const first = random.pick(FIRST_NAMES)
  const last = random.pick(LAST_NAMES)
  const email = random.chance(0.94) ? emailOf(first, last, org ? domainOf(org.name) : random.pick(PERSONAL_DOMAINS)) : null
  // The same address is the same person (as Baton matches them).
  const known = book.personByEmail(email)
  if (known) return known
  const person: PlannedPerson = { id: ctx.ids.people++, organizationId: org?.id ?? null, segment, tags: new Set(), wonMs: null }
  book.remember(person, email)
  const name = `${first} ${last}`
  rows.people.push({
    id: person.id,
    name,
    name_key: personNameKey(name),
    email,
    phone: random.chance(0.75) ? `+1 (${random.pick(AREA_CODES)}) 555-01${String(random.int(0, 99)).padStart(2, '0')}` : null,
    job_title: org && random.chance(0.6) ? random.pick(JOB_TITLES) : null,
    organization_id: org?.id ?? null,
    owner,
    // Who someone is lives on their organisation; a person on their own carries it.
    segment_id: org ? null : (ctx.segmentIds[segment] ?? null),
    notes: null,
    first_campaign_id: campaign?.id ?? null,
    created_at: ctx.instant(createdMs),
    updated_at: ctx.instant(createdMs),
    version: 1,
  })
  return person
}

function chooseSegment(ctx: LeadPlanContext, campaign: PlannedCampaign | null): number {
  const { random } = ctx
  if (campaign?.segment != null && random.chance(0.85)) return campaign.segment
  return random.int(0, SEGMENTS.length - 1)
}

/** Who a new lead is with: a returning customer, a colleague at a known organisation, or someone new. */
export function chooseWho(ctx: LeadPlanContext, book: PartyBook, rows: SampleRows, campaign: PlannedCampaign | null, createdMs: number, owner: string | null): Who {
  const { random } = ctx
  const roll = random.next()
  if (roll < RETURNING_SHARE) {
    const person = book.returning(ctx, createdMs)
    if (person) {
      const title = random.chance(0.6) ? `Renewal ${new Date(createdMs).getUTCFullYear()}` : random.pick(['Upsell: more seats', 'Add-on: training', 'Second site'])
      return { person, organizationId: person.organizationId, title, returning: true, segment: person.segment }
    }
  }
  const orgs = book.organizations.size
  if (roll < RETURNING_SHARE + COLLEAGUE_SHARE && orgs > 0) {
    const org = [...book.organizations.values()][random.int(0, orgs - 1)] as PlannedOrganization
    const person = newPerson(ctx, book, rows, org, org.segment, createdMs, owner, campaign)
    return { person, organizationId: person.organizationId, title: null, returning: false, segment: org.segment }
  }
  const segment = chooseSegment(ctx, campaign)
  const org = random.chance(0.92) ? newOrganization(ctx, book, rows, segment, createdMs, owner) : null
  const person = newPerson(ctx, book, rows, org, org?.segment ?? segment, createdMs, owner, campaign)
  return { person, organizationId: person.organizationId, title: null, returning: false, segment: org?.segment ?? segment }
}

/** Tags go on the person, each once. */
export function tagPerson(rows: SampleRows, person: PlannedPerson, tags: Iterable<string>): void {
  for (const tag of tags) {
    if (person.tags.has(tag)) continue
    person.tags.add(tag)
    rows.person_tags.push({ person_id: person.id, tag })
  }
}
