import { z } from 'zod'
import type { BulkResult } from '../domain/board'
import type { Organization, PartyActivity, PartyCampaign, PartyDeleted, PartyLead, PartyMatch } from '../domain/people'
import { ORGANIZATION_SORT_COLUMNS, type OrganizationPage, type OrganizationPerson } from '../domain/partyTables'
import type { CustomerFigures } from '../domain/customers'
import { CustomValuesInput } from './customFieldValues'
import { call } from './define'
import { BasedOnVersion, Id, optionalText, requiredText, Tags } from './fields'
import { PartyActivitiesQuery, PartyBulkAction, PartyDelete, PartyLookup, partyTableQuery } from './parties'

const organizationFields = {
  name: requiredText(120, "Enter the organisation's name"),
  /** Other spellings of the name. */
  aliases: z.array(z.string().trim().min(1).max(120, 'Keep each alias under 120 characters')).max(20, 'Keep at most 20 aliases'),
  /** A domain or a website address: stored as the bare domain (acme.com). */
  domain: optionalText(200),
  website: optionalText(500),
  industry: optionalText(120),
  size: optionalText(60),
  region: optionalText(120),
  address: optionalText(500),
  owner: optionalText(80),
  segmentId: Id.nullable(),
  tags: Tags.unwrap(),
  notes: optionalText(10_000),
  /** Custom fields by key (only those given are written), checked against their definitions in main. */
  customFields: CustomValuesInput,
}

export const OrganizationInput = z
  .object({
    ...organizationFields,
    customFields: organizationFields.customFields.optional(),
    aliases: organizationFields.aliases.default([]),
    segmentId: organizationFields.segmentId.default(null),
    tags: Tags,
  })
  .strict()
export type OrganizationInput = z.input<typeof OrganizationInput>

export const OrganizationPatch = z.object(organizationFields).partial().strict()
export type OrganizationPatch = z.input<typeof OrganizationPatch>

export const OrganizationsTableQuery = partyTableQuery(ORGANIZATION_SORT_COLUMNS, 'name')
export type OrganizationsTableQuery = z.input<typeof OrganizationsTableQuery>

export const organizationsContract = {
  'organizations.get': call(z.object({ id: Id }).strict()).returns<Organization>(),
  'organizations.create': call(OrganizationInput).returns<Organization>(),
  'organizations.update': call(z.object({ id: Id, fields: OrganizationPatch, basedOnVersion: BasedOnVersion }).strict()).returns<Organization>(),
  /** Refused while it has deals (saying how many), unless `deleteLeads` says to delete those too. Its people stay, without it. */
  'organizations.delete': call(PartyDelete).returns<PartyDeleted>(),
  'organizations.table': call(OrganizationsTableQuery).returns<OrganizationPage>(),
  'organizations.bulk': call(
    z
      .object({
        organizationIds: z.array(Id).min(1, 'Select at least one organisation').max(1000, 'Select at most 1,000 organisations at a time'),
        action: PartyBulkAction,
      })
      .strict(),
  ).returns<BulkResult>(),
  /** Organisations whose name, alias or domain has a word starting with the text, best first (for pickers). */
  'organizations.lookup': call(PartyLookup).returns<PartyMatch[]>(),
  'organizations.leads': call(z.object({ id: Id }).strict()).returns<PartyLead[]>(),
  'organizations.activities': call(PartyActivitiesQuery).returns<PartyActivity[]>(),
  'organizations.campaigns': call(z.object({ id: Id }).strict()).returns<PartyCampaign[]>(),
  /** Its people, by name. */
  'organizations.people': call(z.object({ id: Id }).strict()).returns<OrganizationPerson[]>(),
  /** Lifetime revenue, first and last purchase, customer since: the metrics module's figures for its deals. */
  'organizations.figures': call(z.object({ id: Id }).strict()).returns<CustomerFigures>(),
}
