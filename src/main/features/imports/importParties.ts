import { domainOf, organizationNameKey, personNameKey } from '@shared/domain/matching'
import type { Statements } from './leadStatements'
import type { LeadDraft } from './rows'

// Who each row's deal is with, on the import's own connection: the organisation its company names
// (by name up to case, accents, punctuation and spacing, aliases included) and the person its
// name and email name (by email when the names agree, else by name at that organisation) — found
// among what Baton has and what earlier rows of the file made, or made now. So a file with many
// deals per contact gives one person with many deals. The rules are leads.who.ts's; these are its
// prepared-statement twins, since the import runs in a worker on a connection of its own.

interface PersonRow {
  id: number
  name: string
  name_key: string
  email: string | null
  phone: string | null
  organization_id: number | null
  job_title: string | null
}

/** An organisation's details an update row can change, as undo puts them back. */
export interface OrganizationBefore {
  id: number
  domain: string | null
  industry: string | null
  size: string | null
}

/** What the undo of an update needs to put a person back. */
export interface PersonBefore extends PersonRow {
  tags: string[]
}

export class ImportParties {
  /** Organisations by name key, as this import found or made them. */
  private organizations = new Map<string, number>()

  constructor(
    private readonly sql: Statements,
    private readonly now: string,
  ) {}

  /** The organisation a company name means; made (owned by `owner`) when `create` and none does. */
  async organization(company: string | null, owner: string | null, create: boolean, details?: Pick<LeadDraft, 'domain' | 'industry' | 'size'>): Promise<number | null> {
    if (company === null) return null
    const key = organizationNameKey(company)
    if (key === '') return null
    const known = this.organizations.get(key) ?? (await this.sql.organizationByKey.get<number>(key, key))
    if (known !== undefined) {
      this.organizations.set(key, known)
      return known
    }
    if (!create) return null
    const domain = details?.domain ? domainOf(details.domain) : null
    const id = Number(await this.sql.insertOrganization.get(company, key, owner, this.now, this.now, domain, details?.industry ?? null, details?.size ?? null))
    this.organizations.set(key, id)
    return id
  }

  /**
   * A lead of Baton's (or of an earlier row) that the row repeats. In a file with deal titles
   * (`byTitle`): the deal of that title of the row's person (or organisation, without a person), so
   * a person's other deals are new deals of theirs. Otherwise, as a list of contacts: the same
   * email's lead, or the same name's at the same company.
   */
  async existingLead(draft: LeadDraft, byTitle = false): Promise<number | undefined> {
    if (byTitle && draft.title !== null) {
      const organizationId = await this.organization(draft.company, null, false)
      if (draft.personName === null) return organizationId === null ? undefined : this.sql.leadByOrganizationTitle.get<number>(organizationId, draft.title)
      const personId = (await this.matchPerson(draft, organizationId)).found
      return personId === undefined ? undefined : this.sql.leadByPersonTitle.get<number>(personId, draft.title)
    }
    if (draft.email) return this.sql.byEmail.get<number>(draft.email, draft.email)
    if (!draft.company || !draft.personName) return undefined
    const organizationId = await this.organization(draft.company, null, false)
    return organizationId === null ? undefined : this.sql.byCompanyPerson.get<number>(organizationId, personNameKey(draft.personName))
  }

  /** The row's person: matched or made, with what the row adds to them (a phone, an organisation, tags). Null for a company alone. */
  async person(draft: LeadDraft, organizationId: number | null, campaignId: number | null): Promise<number | null> {
    if (draft.personName === null) {
      if (organizationId !== null) for (const tag of draft.tags) await this.sql.organizationTag.run(organizationId, tag)
      return null
    }
    const key = personNameKey(draft.personName)
    const { found, sameEmail } = await this.matchPerson(draft, organizationId)
    const personId =
      found ??
      Number(await this.sql.insertPerson.get(draft.personName, key, draft.email, draft.phone, organizationId, draft.owner, campaignId, this.now, this.now, draft.jobTitle))
    if (found !== undefined) await this.fillIn(found, draft, organizationId)
    for (const other of sameEmail) await this.sql.likelyDuplicate.run(Math.min(personId, other), Math.max(personId, other), this.now)
    for (const tag of draft.tags) await this.sql.personTag.run(personId, tag)
    return personId
  }

  /** The person a row names, if Baton has them: by email when the names agree, else by name at the organisation; and the others on that email. */
  async matchPerson(draft: LeadDraft, organizationId: number | null): Promise<{ found: number | undefined; sameEmail: number[] }> {
    if (draft.personName === null) return { found: undefined, sameEmail: [] }
    const key = personNameKey(draft.personName)
    if (draft.email !== null) {
      const withEmail = await this.sql.peopleByEmail.all<{ id: number; nameKey: string; organizationId: number | null }>(draft.email, draft.email)
      const agreeing = withEmail.filter((person) => person.nameKey === key)
      const found = (agreeing.find((person) => person.organizationId === organizationId) ?? agreeing[0])?.id
      return { found, sameEmail: found === undefined ? withEmail.map((person) => person.id) : [] }
    }
    if (organizationId === null) return { found: undefined, sameEmail: [] }
    return { found: await this.sql.personAt.get<number>(organizationId, key), sameEmail: [] }
  }

  /** A known person gains what they lack: a phone, an organisation. */
  private async fillIn(personId: number, draft: LeadDraft, organizationId: number | null): Promise<void> {
    const person = (await this.sql.person.get<PersonRow>(personId))!
    if (person.phone === null && draft.phone !== null) await this.sql.setPersonPhone.run(draft.phone, this.now, personId)
    if (person.organization_id === null && organizationId !== null) await this.sql.setPersonOrganization.run(organizationId, this.now, personId)
  }

  /** Organisations whose details this import has already recorded for undo (the first record is how they were). */
  private detailsRecorded = new Set<number>()

  /**
   * An "update" row's organisation details (domain, industry, size) where the row has them; an
   * empty cell keeps what is saved. Returns the organisation as it was, for undo, the first time
   * this import changes it (never for one it made: undo removes that whole).
   */
  async updateOrganization(organizationId: number | null, draft: LeadDraft, madeHere: boolean): Promise<OrganizationBefore | null> {
    if (organizationId === null || (draft.domain === null && draft.industry === null && draft.size === null)) return null
    const before = await this.sql.organizationDetails.get<OrganizationBefore>(organizationId)
    if (!before) return null
    const domain = draft.domain === null ? null : domainOf(draft.domain)
    if ((domain ?? before.domain) === before.domain && (draft.industry ?? before.industry) === before.industry && (draft.size ?? before.size) === before.size) return null
    await this.sql.setOrganizationDetails.run(domain, draft.industry, draft.size, this.now, organizationId)
    if (madeHere || this.detailsRecorded.has(organizationId)) return null
    this.detailsRecorded.add(organizationId)
    return before
  }

  /** The organisation a company name or a domain means, if Baton has it (or an earlier row made it). */
  async findOrganization(company: string | null, domain: string | null): Promise<number | null> {
    const byName = await this.organization(company, null, false)
    if (byName !== null || !domain) return byName
    const id = await this.sql.organizationByDomain.get<number>(domainOf(domain))
    return id === undefined ? null : Number(id)
  }

  /** A person takes the row's name, email, phone and job title where the row has them, an organisation if they have none, and its tags. */
  async updatePerson(personId: number, draft: LeadDraft, organizationId: number | null): Promise<void> {
    const person = (await this.sql.person.get<PersonRow>(personId))!
    if (draft.personName !== null && draft.personName !== person.name) await this.sql.renamePerson.run(draft.personName, personNameKey(draft.personName), this.now, personId)
    if (draft.email !== null && draft.email !== person.email) await this.sql.setPersonEmail.run(draft.email, this.now, personId)
    if (draft.phone !== null && draft.phone !== person.phone) await this.sql.setPersonPhone.run(draft.phone, this.now, personId)
    if (draft.jobTitle !== null && draft.jobTitle !== person.job_title) await this.sql.setPersonJobTitle.run(draft.jobTitle, this.now, personId)
    if (person.organization_id === null && organizationId !== null) await this.sql.setPersonOrganization.run(organizationId, this.now, personId)
    for (const tag of draft.tags) await this.sql.personTag.run(personId, tag)
  }

  /** The person as they are, to put back if the import is undone. */
  async before(personId: number | null): Promise<PersonBefore | null> {
    if (personId === null) return null
    const person = await this.sql.person.get<PersonRow>(personId)
    return person ? { ...person, tags: await this.sql.tagsOfPerson.all<string>(personId) } : null
  }

  /**
   * An "update" row: the lead's person takes the row's name, email and phone where the row has
   * them (a lead without a person gets the row's), and its tags; the lead's organisation is the
   * row's company when it names one. Returns who the lead is with now.
   */
  async update(
    lead: { person_id: number | null; organization_id: number | null },
    draft: LeadDraft,
    campaignId: number | null,
  ): Promise<{ personId: number | null; organizationId: number | null }> {
    const organizationId = draft.company !== null ? await this.organization(draft.company, draft.owner, true) : lead.organization_id
    const personId = lead.person_id
    if (personId === null) return { personId: await this.person(draft, organizationId, campaignId), organizationId }
    await this.updatePerson(personId, draft, organizationId)
    return { personId, organizationId }
  }
}
