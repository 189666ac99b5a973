import type { Organization, Person } from '@shared/domain/people'
import { CustomFieldsSection } from '../custom-fields/CustomFieldsSection'
import { useUpdateOrganization, useUpdatePerson } from './parties.queries'

/** A person's custom fields on their page, in a card like their details, each saved through people.update as it changes. */
export function PersonCustomFields({ person }: { person: Person }) {
  const update = useUpdatePerson(person.id)
  return (
    <div className="card campaign-card party-custom-fields">
      <CustomFieldsSection
        entity="person"
        recordId={person.id}
        values={person.customFields}
        version={person.version}
        save={(customFields, basedOnVersion) => update.mutateAsync({ fields: { customFields }, basedOnVersion })}
      />
    </div>
  )
}

/** An organisation's custom fields on its page, saved through organizations.update. */
export function OrganizationCustomFields({ organization }: { organization: Organization }) {
  const update = useUpdateOrganization(organization.id)
  return (
    <div className="card campaign-card party-custom-fields">
      <CustomFieldsSection
        entity="organization"
        recordId={organization.id}
        values={organization.customFields}
        version={organization.version}
        save={(customFields, basedOnVersion) => update.mutateAsync({ fields: { customFields }, basedOnVersion })}
      />
    </div>
  )
}
