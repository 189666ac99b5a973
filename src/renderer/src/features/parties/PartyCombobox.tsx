import { useDeferredValue, useId, useState, type KeyboardEvent } from 'react'
import type { PartyMatch } from '@shared/domain/people'
import { usePartyLookup, type PartyKind } from './parties.queries'

interface PartyComboboxProps {
  kind: PartyKind
  /** What is typed: a new name, or the name of the one picked. */
  text: string
  onTextChange: (text: string) => void
  /** The existing person or organisation picked, if any; typing again lets go of it. */
  picked: PartyMatch | null
  onPick: (match: PartyMatch | null) => void
  placeholder?: string
  autoFocus?: boolean
  // Field passes these to its one input.
  id?: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
}

/**
 * A name field that offers the people (or organisations) already in Baton as you type — by name,
 * email, alias or domain — as an ARIA combobox: arrows move, Enter picks, Escape closes. What is
 * typed and not picked is a new one.
 */
export function PartyCombobox({ kind, text, onTextChange, picked, onPick, placeholder, autoFocus, ...field }: PartyComboboxProps) {
  const listId = useId()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const deferred = useDeferredValue(text)
  const lookup = usePartyLookup(kind, picked ? '' : deferred, 6)
  const options = open && !picked && text.trim() ? (lookup.data ?? []) : []
  const showing = options.length > 0
  const optionId = (index: number) => `${listId}-${index}`

  function pick(match: PartyMatch) {
    onPick(match)
    onTextChange(match.name)
    setOpen(false)
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      if (showing) setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length)
    } else if (event.key === 'Enter' && showing) {
      event.preventDefault()
      const match = options[active]
      if (match) pick(match)
    } else if (event.key === 'Escape' && showing) {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }
  return (
    <div className="party-combobox">
      <input
        {...field}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showing}
        aria-controls={listId}
        aria-activedescendant={showing ? optionId(active) : undefined}
        autoComplete="off"
        autoFocus={autoFocus}
        value={text}
        placeholder={placeholder}
        onChange={(event) => {
          onTextChange(event.target.value)
          if (picked) onPick(null)
          setActive(0)
          setOpen(true)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" className="party-combobox__list" hidden={!showing} aria-label={kind === 'person' ? 'People in Baton' : 'Organisations in Baton'}>
        {options.map((match, index) => (
          <li
            key={match.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="party-combobox__option"
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault()
              pick(match)
            }}
          >
            <span className="party-combobox__name">{match.name}</span>
            {match.detail && <span className="party-combobox__detail">{match.detail}</span>}
          </li>
        ))}
      </ul>
    </div>
  )
}
