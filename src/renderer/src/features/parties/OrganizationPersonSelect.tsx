import type { ChangeEvent, SelectHTMLAttributes } from 'react'
import { useOrganizationPeople } from './parties.queries'

type OrganizationPersonSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  organizationId: number
  /** The picked person's id as text; empty for no one in particular. */
  value: string
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void
}

/** Who at an organisation a new deal is with: one of its people (a renewal often goes through someone new), or no one yet.
 * Takes the field's id and described-by (see Field) like any select. */
export function OrganizationPersonSelect({ organizationId, value, onChange, ...props }: OrganizationPersonSelectProps) {
  const people = useOrganizationPeople(organizationId)
  return (
    <select {...props} value={value} onChange={onChange} disabled={people.isPending}>
      <option value="">No one in particular</option>
      {(people.data ?? []).map((person) => (
        <option key={person.id} value={person.id}>
          {person.jobTitle ? `${person.name} · ${person.jobTitle}` : person.name}
        </option>
      ))}
    </select>
  )
}
