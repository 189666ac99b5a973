import type { ChangeEvent, SelectHTMLAttributes } from 'react'
import { useOwnerChoices } from './team.queries'

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: string
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void
  /** What the empty choice says: "No owner" on a record, "Anyone" on a filter. */
  emptyLabel?: string
}

/** The owner field: picks from the team (Settings → Team). An owner who is not on the team any more stays selectable. */
export function OwnerSelect({ value, onChange, emptyLabel = 'No owner', ...props }: Props) {
  const members = useOwnerChoices()
  const names = value && !members.some((m) => m.toLowerCase() === value.toLowerCase()) ? [value, ...members] : members
  return (
    <select {...props} value={value} onChange={onChange}>
      <option value="">{emptyLabel}</option>
      {names.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </select>
  )
}
