import type { CustomValues } from './customFields'
import type { Channel } from './enums'

/**
 * One opportunity on the board: a deal with a person and/or an organisation. Who it is with
 * (name, company, email, phone, tags, segment) is read from its person and organisation; the
 * rest is the deal's own.
 */
export interface Lead {
  id: number
  /** The deal's own name, when it was given one. */
  title: string | null
  /** What to call the deal: its title, else its person's name, else its organisation's. */
  dealName: string
  personId: number | null
  /** The person's name, email and first phone; null when the deal is with an organisation alone. */
  personName: string | null
  email: string | null
  phone: string | null
  organizationId: number | null
  /** The organisation's name. */
  company: string | null
  sourceCampaignId: number | null
  sourceCampaignName: string | null
  sourceChannel: Channel | null
  /** Its organisation's segment, else its person's (see leads.parties.ts). */
  segmentId: number | null
  pipelineId: number
  stageId: number
  position: number
  valueMinor: number
  /** Set by hand; null means the lead follows its stage's win probability. */
  probabilityOverride: number | null
  owner: string | null
  /** Its person's tags, or its organisation's when it has no person. */
  tags: string[]
  notes: string | null
  createdAt: string
  updatedAt: string
  stageEnteredAt: string
  lastActivityAt: string | null
  snoozedUntil: string | null
  snoozeReason: string | null
  expectedCloseOn: string | null
  closedAt: string | null
  lostReason: string | null
  lostNote: string | null
  /** Goes up with every save; a team workspace refuses a save made from an older version. */
  version: number
  /** Its custom fields by key (archived fields left out); read by leads.get and the table, not by the board's cards. */
  customFields?: CustomValues
}

export interface LeadPage {
  leads: Lead[]
  total: number
}

/** What to call a deal: its title, else its person's name, else its organisation's (the one rule, for every read). */
export function dealNameOf(title: string | null, personName: string | null, company: string | null): string {
  return title?.trim() || personName?.trim() || company?.trim() || personName || 'Untitled deal'
}

/**
 * What a list row calls a deal: its name, and who it is with when the name is the deal's own
 * title. Titles repeat ("Upsell: more seats" on several customers), so a row or checkbox
 * named by the title alone would be ambiguous to a screen reader.
 */
export function dealRowName(lead: Pick<Lead, 'title' | 'dealName' | 'personName' | 'company'>): string {
  const who = lead.personName?.trim() || lead.company?.trim()
  return lead.title?.trim() && who ? `${lead.dealName} — ${who}` : lead.dealName
}
