import type { SelectHTMLAttributes } from 'react'

interface EntitySelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  items: ReadonlyArray<{ id: number; name: string }> | undefined
  /** The first option, meaning "none" or "any" (value ''). */
  emptyLabel: string
}

/** A select of campaigns, segments or the like by id; Field's id and aria props pass through to the <select>. */
export function EntitySelect({ items, emptyLabel, ...props }: EntitySelectProps) {
  return (
    <select {...props}>
      <option value="">{emptyLabel}</option>
      {items?.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </select>
  )
}
