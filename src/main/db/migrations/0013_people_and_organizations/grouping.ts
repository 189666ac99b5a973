// Frozen in time: this file must never import today's code (not even today's matching rules in
// @shared/domain/matching, which may change): it decides once how version 1's leads became people
// and organisations, and a later build must decide it the same way.
//
// Pure: rows in, records out, so the rules can be read (and tested) apart from the SQL.

export interface OldLead {
  id: number
  personName: string
  company: string | null
  email: string | null
  phone: string | null
  owner: string | null
  segmentId: number | null
  createdAt: string
  updatedAt: string
  tags: string[]
  /** The campaign of the lead's first touch and when (its source at its creation when it has no touch). */
  firstTouch: { campaignId: number; at: string } | null
}

export interface NewOrganization {
  id: number
  name: string
  nameKey: string
  aliases: Array<{ alias: string; nameKey: string }>
  owner: string | null
  segmentId: number | null
  tags: string[]
  notes: string | null
  createdAt: string
  updatedAt: string
}

export interface NewPerson {
  id: number
  name: string
  nameKey: string
  email: string | null
  phone: string | null
  otherEmails: string[]
  otherPhones: string[]
  organizationId: number | null
  owner: string | null
  segmentId: number | null
  tags: string[]
  notes: string | null
  firstCampaignId: number | null
  createdAt: string
  updatedAt: string
}

export interface LeadLink {
  leadId: number
  personId: number | null
  organizationId: number | null
}

export interface DuplicatePair {
  personId: number
  otherPersonId: number
  reason: 'same_email' | 'same_name'
}

export interface Grouped {
  organizations: NewOrganization[]
  people: NewPerson[]
  links: LeadLink[]
  duplicates: DuplicatePair[]
}

const stripAccents = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '')

/** "Acme Ltd", "ACME  Ltd" and "acme ltd." → "acme ltd": case, accents, punctuation and spacing aside. */
export function organizationKey(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/[-/_\\]+/g, ' ')
    .replace(/[\p{P}\p{S}]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** "José  Díaz" and "jose diaz" → "josediaz": case, accents and spacing aside. */
export function personKey(name: string): string {
  return stripAccents(name).toLowerCase().replace(/\s+/g, '')
}

const emailKey = (email: string) => email.trim().normalize('NFC').toLowerCase()
const phoneKey = (phone: string) => phone.replace(/[^\d+]/g, '')

/** Latest first: the lead created last (then the larger id) decides a value that now lives once. */
const latestFirst = (a: OldLead, b: OldLead) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1)

/** The spelling most leads use; a tie goes to the latest lead's. `leads` are latest first. */
function mostUsed(leads: OldLead[], spelling: (lead: OldLead) => string): string {
  const counts = new Map<string, number>()
  for (const lead of leads) counts.set(spelling(lead), (counts.get(spelling(lead)) ?? 0) + 1)
  let best = spelling(leads[0] as OldLead)
  for (const lead of leads) if ((counts.get(spelling(lead)) ?? 0) > (counts.get(best) ?? 0)) best = spelling(lead)
  return best
}

const day = (instant: string) => instant.slice(0, 10)
const leadLabel = (lead: OldLead) => `lead #${lead.id} “${lead.personName.trim() || lead.company || ''}”, ${day(lead.createdAt)}`

/**
 * A value that now lives once (a segment, a name's spelling): the latest lead's non-empty one is
 * kept, and every other one becomes a line of the record's notes saying where it came from.
 */
function keepLatest<T>(leads: OldLead[], value: (lead: OldLead) => T | null, describe: (value: T) => string, what: string, notes: string[]): T | null {
  const withValue = leads.filter((lead) => value(lead) !== null)
  const kept = withValue[0] ? value(withValue[0]) : null
  const seen = new Set<T>()
  for (const lead of withValue) {
    const other = value(lead) as T
    if (other === kept || seen.has(other)) continue
    seen.add(other)
    notes.push(`${what} ${describe(other)} (from ${leadLabel(lead)}); kept ${describe(kept as T)} from the latest lead.`)
  }
  return kept
}

const NOTES_HEADING = 'Kept when leads became people and organisations:'
const notesOf = (lines: string[]) => (lines.length === 0 ? null : [NOTES_HEADING, ...lines.map((line) => `- ${line}`)].join('\n'))

function unionTags(leads: OldLead[]): string[] {
  const tags = new Map<string, string>()
  // Oldest first, so a tag keeps the spelling it was first given.
  for (const lead of [...leads].reverse()) for (const tag of lead.tags) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag)
  return [...tags.values()].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0))
}

/** The first value for each key, in order. */
function firstByKey<T>(entries: ReadonlyArray<readonly [string, T]>): T[] {
  const byKey = new Map<string, T>()
  for (const [key, value] of entries) if (!byKey.has(key)) byKey.set(key, value)
  return [...byKey.values()]
}

const earliest = (leads: OldLead[], pick: (lead: OldLead) => string) => leads.map(pick).reduce((a, b) => (b < a ? b : a))
const latest = (leads: OldLead[], pick: (lead: OldLead) => string) => leads.map(pick).reduce((a, b) => (b > a ? b : a))

export interface SegmentNames {
  get(id: number): string | undefined
}

/**
 * How version 1's leads become people and organisations:
 * - one organisation per company name normalised for case, accents, spacing and punctuation; the
 *   most used spelling is its name, the others its aliases;
 * - one person per email (ignoring case) whose leads agree on the name (ignoring case, accents and
 *   spacing); two names on one email stay two people, recorded as a likely duplicate;
 * - a lead without email joins the person with its name at its organisation: an email person
 *   (when exactly one has that name there) or the other leads without email; without email or
 *   company, leads join only when they share a name and a phone, else each is a person of its own
 *   (recorded as likely duplicates when the names agree) — a merge can join them later, nothing
 *   could split them;
 * - a lead with a blank name and a company belongs to the organisation alone.
 * Ids are handed out from 1 in the order of each record's first lead, so the outcome is the same
 * on every run and on both engines.
 */
export function groupLeads(leads: OldLead[], segments: SegmentNames): Grouped {
  const sorted = [...leads].sort((a, b) => (a.id < b.id ? -1 : 1))
  const segmentName = (id: number) => `“${segments.get(id) ?? `#${id}`}”`

  // Organisations
  const byOrgKey = new Map<string, OldLead[]>()
  for (const lead of sorted) {
    const key = lead.company === null ? '' : organizationKey(lead.company)
    if (key === '') continue
    const list = byOrgKey.get(key)
    if (list) list.push(lead)
    else byOrgKey.set(key, [lead])
  }
  const organizations: NewOrganization[] = []
  const orgOfLead = new Map<number, number>()
  const orgKeyOfLead = new Map<number, string>()
  for (const [nameKey, group] of byOrgKey) {
    const members = [...group].sort(latestFirst)
    const id = organizations.length + 1
    const name = mostUsed(members, (lead) => (lead.company as string).trim())
    const aliases = [...new Set(members.map((lead) => (lead.company as string).trim()))].filter((alias) => alias !== name).map((alias) => ({ alias, nameKey }))
    const notes: string[] = []
    // Only leads of the organisation alone bring their tags to it; the others' go to their person.
    const alone = members.filter((lead) => lead.personName.trim() === '')
    organizations.push({
      id,
      name,
      nameKey,
      aliases,
      owner: members.find((lead) => lead.owner !== null)?.owner ?? null,
      segmentId: keepLatest(members, (lead) => lead.segmentId, segmentName, 'Segment', notes),
      tags: unionTags(alone),
      notes: notesOf(notes),
      createdAt: earliest(members, (lead) => lead.createdAt),
      updatedAt: latest(members, (lead) => lead.updatedAt),
    })
    for (const lead of group) {
      orgOfLead.set(lead.id, id)
      orgKeyOfLead.set(lead.id, nameKey)
    }
  }

  // People: groups of leads, in the order of their first lead.
  const groups: OldLead[][] = []
  const duplicates: DuplicatePair[] = []
  const pairs: Array<[OldLead[], OldLead[], DuplicatePair['reason']]> = []
  const emailGroups = new Map<string, Map<string, OldLead[]>>()
  const nameGroups = new Map<string, OldLead[]>()
  const loners: OldLead[][] = []
  for (const lead of sorted) {
    const nameKey = personKey(lead.personName)
    const orgKey = orgKeyOfLead.get(lead.id) ?? ''
    if (nameKey === '' && orgKey !== '') continue
    if (lead.email !== null && lead.email.trim() !== '') {
      const byName = emailGroups.get(emailKey(lead.email)) ?? new Map<string, OldLead[]>()
      emailGroups.set(emailKey(lead.email), byName)
      const group = byName.get(nameKey)
      if (group) group.push(lead)
      else {
        const fresh = [lead]
        for (const other of byName.values()) pairs.push([other, fresh, 'same_email'])
        byName.set(nameKey, fresh)
        groups.push(fresh)
      }
      continue
    }
    const phone = lead.phone === null ? '' : phoneKey(lead.phone)
    const key = orgKey !== '' ? `org:${orgKey}:${nameKey}` : phone !== '' ? `phone:${phone}:${nameKey}` : null
    if (key === null) {
      const fresh = [lead]
      loners.push(fresh)
      groups.push(fresh)
      continue
    }
    const group = nameGroups.get(key)
    if (group) group.push(lead)
    else {
      const fresh = [lead]
      nameGroups.set(key, fresh)
      groups.push(fresh)
    }
  }

  // Leads without email join the one email person with their name at their organisation.
  const emailPeopleAt = new Map<string, OldLead[][]>()
  for (const byName of emailGroups.values()) {
    for (const [nameKey, group] of byName) {
      for (const orgKey of new Set(group.map((lead) => orgKeyOfLead.get(lead.id) ?? '').filter((key) => key !== ''))) {
        const at = `org:${orgKey}:${nameKey}`
        emailPeopleAt.set(at, [...(emailPeopleAt.get(at) ?? []), group])
      }
    }
  }
  const absorbed = new Set<OldLead[]>()
  for (const [key, group] of nameGroups) {
    const candidates = emailPeopleAt.get(key) ?? []
    if (candidates.length === 1) {
      ;(candidates[0] as OldLead[]).push(...group)
      absorbed.add(group)
    } else for (const candidate of candidates) pairs.push([candidate, group, 'same_name'])
  }
  // Same name, different emails, one organisation: likely one person who changed address.
  for (const candidates of emailPeopleAt.values()) for (let i = 1; i < candidates.length; i++) pairs.push([candidates[0] as OldLead[], candidates[i] as OldLead[], 'same_name'])
  // Same name, nothing else to go by.
  const lonersByName = new Map<string, OldLead[]>()
  for (const loner of loners) {
    const lead = loner[0] as OldLead
    const first = lonersByName.get(personKey(lead.personName))
    if (first) pairs.push([first, loner, 'same_name'])
    else lonersByName.set(personKey(lead.personName), loner)
  }

  const people: NewPerson[] = []
  const personOfGroup = new Map<OldLead[], number>()
  const personOfLead = new Map<number, number>()
  for (const group of groups) {
    if (absorbed.has(group)) continue
    const members = [...group].sort(latestFirst)
    const id = people.length + 1
    personOfGroup.set(group, id)
    const notes: string[] = []
    const name = mostUsed(members, (lead) => lead.personName)
    for (const spelling of new Set(members.map((lead) => lead.personName))) {
      if (spelling === name) continue
      const lead = members.find((m) => m.personName === spelling) as OldLead
      notes.push(`Also written “${spelling}” (on ${leadLabel(lead)}).`)
    }
    // Each address and number as it was typed, the latest lead's spelling first; an address in another case is the same address.
    const emails = firstByKey(members.flatMap((lead) => (lead.email?.trim() ? [[emailKey(lead.email), lead.email] as const] : [])))
    const phones = firstByKey(members.flatMap((lead) => (lead.phone?.trim() ? [[phoneKey(lead.phone) || lead.phone.trim(), lead.phone] as const] : [])))
    const touches = members.flatMap((lead) => (lead.firstTouch ? [lead.firstTouch] : [])).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    people.push({
      id,
      name,
      nameKey: personKey(name),
      email: emails[0] ?? null,
      phone: phones[0] ?? null,
      otherEmails: emails.slice(1),
      otherPhones: phones.slice(1),
      organizationId: members.map((lead) => orgOfLead.get(lead.id)).find((org) => org !== undefined) ?? null,
      owner: members.find((lead) => lead.owner !== null)?.owner ?? null,
      segmentId: keepLatest(members, (lead) => lead.segmentId, segmentName, 'Segment', notes),
      tags: unionTags(members),
      notes: notesOf(notes),
      firstCampaignId: touches[0]?.campaignId ?? null,
      createdAt: earliest(members, (lead) => lead.createdAt),
      updatedAt: latest(members, (lead) => lead.updatedAt),
    })
    for (const lead of group) personOfLead.set(lead.id, id)
  }

  const seenPairs = new Set<string>()
  for (const [a, b, reason] of pairs) {
    const first = personOfGroup.get(a)
    const second = personOfGroup.get(b)
    if (first === undefined || second === undefined || first === second) continue
    const [personId, otherPersonId] = first < second ? [first, second] : [second, first]
    const key = `${personId}:${otherPersonId}`
    if (seenPairs.has(key)) continue
    seenPairs.add(key)
    duplicates.push({ personId, otherPersonId, reason })
  }

  return {
    organizations,
    people,
    links: sorted.map((lead) => ({ leadId: lead.id, personId: personOfLead.get(lead.id) ?? null, organizationId: orgOfLead.get(lead.id) ?? null })),
    duplicates,
  }
}
