import { z } from 'zod'
import type { BulkResult } from '../domain/board'
import type { PartyActivity, PartyCampaign, PartyDeleted, PartyLead, PartyMatch, Person } from '../domain/people'
import { PEOPLE_SORT_COLUMNS, type PeoplePage } from '../domain/partyTables'
import type { CustomerFigures } from '../domain/customers'
import { CustomValuesInput } from './customFieldValues'
import { call } from './define'
import { BasedOnVersion, Email, Id, optionalText, requiredText, Tags } from './fields'
import { PartyActivitiesQuery, PartyBulkAction, PartyDelete, PartyLookup, partyTableQuery } from './parties'

const Phone = z.string().trim().min(1).max(40, 'Keep each phone number under 40 characters')
const Emails = z
  .array(Email.refine((value) => value !== null, 'Type the address or remove the line'))
  .max(10, 'Keep at most 10 email addresses')
  .transform((list) => list.filter((email): email is string => email !== null))

// Each field once, without defaults (zod 4 applies defaults inside .partial()).
const personFields = {
  name: requiredText(120, "Enter the person's name"),
  /** Every address, the first is the one deals show. */
  emails: Emails,
  phones: z.array(Phone).max(10, 'Keep at most 10 phone numbers'),
  jobTitle: optionalText(120),
  organizationId: Id.nullable(),
  owner: optionalText(80),
  segmentId: Id.nullable(),
  tags: Tags.unwrap(),
  notes: optionalText(10_000),
  firstCampaignId: Id.nullable(),
  /** Custom fields by key (only those given are written), checked against their definitions in main. */
  customFields: CustomValuesInput,
}

export const PersonInput = z
  .object({
    ...personFields,
    customFields: personFields.customFields.optional(),
    emails: personFields.emails.default([]),
    phones: personFields.phones.default([]),
    organizationId: personFields.organizationId.default(null),
    segmentId: personFields.segmentId.default(null),
    tags: Tags,
    firstCampaignId: personFields.firstCampaignId.default(null),
  })
  .strict()
export type PersonInput = z.input<typeof PersonInput>

export const PersonPatch = z.object(personFields).partial().strict()
export type PersonPatch = z.input<typeof PersonPatch>

export const PeopleTableQuery = partyTableQuery(PEOPLE_SORT_COLUMNS, 'name')
export type PeopleTableQuery = z.input<typeof PeopleTableQuery>

export const peopleContract = {
  'people.get': call(z.object({ id: Id }).strict()).returns<Person>(),
  'people.create': call(PersonInput).returns<Person>(),
  'people.update': call(z.object({ id: Id, fields: PersonPatch, basedOnVersion: BasedOnVersion }).strict()).returns<Person>(),
  /** Refused while they have deals (saying how many), unless `deleteLeads` says to delete those too. */
  'people.delete': call(PartyDelete).returns<PartyDeleted>(),
  /** One page of the people table, sorted and filtered in SQL. */
  'people.table': call(PeopleTableQuery).returns<PeoplePage>(),
  'people.bulk': call(
    z.object({ personIds: z.array(Id).min(1, 'Select at least one person').max(1000, 'Select at most 1,000 people at a time'), action: PartyBulkAction }).strict(),
  ).returns<BulkResult>(),
  /** People whose name, email or phone has a word starting with the text, best first (for pickers). */
  'people.lookup': call(PartyLookup).returns<PartyMatch[]>(),
  /** Their deals, open and closed, newest first. */
  'people.leads': call(z.object({ id: Id }).strict()).returns<PartyLead[]>(),
  /** The activities on all their deals, newest first. */
  'people.activities': call(PartyActivitiesQuery).returns<PartyActivity[]>(),
  /** The campaigns that touched any of their deals, the latest touch first. */
  'people.campaigns': call(z.object({ id: Id }).strict()).returns<PartyCampaign[]>(),
  /** Lifetime revenue, first and last purchase, customer since: the metrics module's figures for their deals. */
  'people.figures': call(z.object({ id: Id }).strict()).returns<CustomerFigures>(),
}
