import type { CustomValues } from './customFields'
// The people and organisations tables: what they sort by and what a row holds. Figures on a row
// (lifetime revenue, open deals) come from the metrics module's definitions, summed in SQL.

export const PEOPLE_SORT_COLUMNS = ['name', 'email', 'organization', 'owner', 'createdAt', 'lifetimeRevenue', 'openDeals', 'lastActivityAt'] as const
export type PeopleSortColumn = (typeof PEOPLE_SORT_COLUMNS)[number]

export const ORGANIZATION_SORT_COLUMNS = ['name', 'domain', 'owner', 'people', 'createdAt', 'lifetimeRevenue', 'openDeals', 'lastActivityAt'] as const
export type OrganizationSortColumn = (typeof ORGANIZATION_SORT_COLUMNS)[number]

/** What a person's or an organisation's row adds up over their deals. */
export interface PartyFigures {
  /** Won revenue over all their deals, to date. */
  lifetimeRevenueMinor: number
  /** Deals not yet won or lost. */
  openDeals: number
  /** The latest activity done on any of their deals. */
  lastActivityAt: string | null
}

export interface PersonTableRow extends PartyFigures {
  id: number
  name: string
  /** The first email and phone (the one their deals show). */
  email: string | null
  phone: string | null
  jobTitle: string | null
  organizationId: number | null
  organizationName: string | null
  owner: string | null
  segmentId: number | null
  tags: string[]
  createdAt: string
  version: number
  /** Custom fields by key (archived ones left out). */
  customFields?: CustomValues
}

export interface PeoplePage {
  rows: PersonTableRow[]
  /** Rows that pass the filters, over all pages. */
  total: number
}

export interface OrganizationTableRow extends PartyFigures {
  id: number
  name: string
  domain: string | null
  industry: string | null
  size: string | null
  region: string | null
  owner: string | null
  segmentId: number | null
  tags: string[]
  /** How many people belong to it. */
  people: number
  createdAt: string
  version: number
  /** Custom fields by key (archived ones left out). */
  customFields?: CustomValues
}

export interface OrganizationPage {
  rows: OrganizationTableRow[]
  total: number
}

/** One of an organisation's people, for its page. */
export interface OrganizationPerson {
  id: number
  name: string
  email: string | null
  phone: string | null
  jobTitle: string | null
  openDeals: number
}
