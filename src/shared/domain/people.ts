import type { CustomValues } from './customFields'
import type { ActivityKind, StageKind } from './enums'

// People and organisations: who the deals are with. A person may belong to an organisation; either
// can have any number of deals (leads) over the years. "Party" below means either of them.

export interface Person {
  id: number
  name: string
  /** Every address, the first one first (it is the one a deal shows). */
  emails: string[]
  /** Every number, the first one first. */
  phones: string[]
  jobTitle: string | null
  organizationId: number | null
  organizationName: string | null
  owner: string | null
  segmentId: number | null
  tags: string[]
  notes: string | null
  /** The campaign that first touched them: where they first came from. */
  firstCampaignId: number | null
  firstCampaignName: string | null
  createdAt: string
  updatedAt: string
  /** Goes up with every save; a team workspace refuses a save made from an older version. */
  version: number
  /** Custom fields by key (archived ones left out); read by the get call. */
  customFields?: CustomValues
}

export interface Organization {
  id: number
  name: string
  /** Other spellings of its name (search and matching find them). */
  aliases: string[]
  /** Lower case, without scheme or www: acme.com. */
  domain: string | null
  website: string | null
  industry: string | null
  size: string | null
  region: string | null
  address: string | null
  owner: string | null
  segmentId: number | null
  tags: string[]
  notes: string | null
  createdAt: string
  updatedAt: string
  version: number
  /** Custom fields by key (archived ones left out); read by the get call. */
  customFields?: CustomValues
}

/** A person or an organisation, as a picker offers it. */
export interface PartyMatch {
  id: number
  name: string
  /** A second line: a person's email and organisation, an organisation's domain. */
  detail: string | null
}

/** One deal of a person or organisation, open or closed, for their page. */
export interface PartyLead {
  id: number
  dealName: string
  personId: number | null
  personName: string | null
  organizationId: number | null
  company: string | null
  pipelineId: number
  stageId: number
  stageName: string
  stageKind: StageKind
  valueMinor: number
  owner: string | null
  createdAt: string
  expectedCloseOn: string | null
  closedAt: string | null
  lostReason: string | null
}

/** An activity on one of a person's or organisation's deals. */
export interface PartyActivity {
  id: number
  leadId: number
  dealName: string
  kind: ActivityKind
  subject: string
  body: string | null
  dueAt: string | null
  doneAt: string | null
  createdAt: string
}

/** A campaign that touched one of a person's or organisation's deals. */
export interface PartyCampaign {
  campaignId: number
  name: string
  channel: string
  touches: number
  firstTouchAt: string
  lastTouchAt: string
}

/** What a delete would take with it. */
export interface PartyDeleted {
  id: number
  leadsDeleted: number
}
