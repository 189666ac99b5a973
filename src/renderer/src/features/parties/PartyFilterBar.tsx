import { useState } from 'react'
import { useRoute } from '../../app/router'
import { EntitySelect } from '../../ui/EntitySelect'
import { Icon } from '../../ui/icons'
import { useSegments } from '../campaigns/campaigns.queries'
import { CustomFieldFilters } from '../custom-fields/CustomFieldFilters'
import { useCustomFields } from '../custom-fields/customFields.queries'
import { useOwnerSuggestions, useTagSuggestions } from '../lead-table/leadTable.queries'
import { useOwnerChoices } from '../settings/team.queries'
import { activePartyFilters, clearedPartyFilters } from './partyFilters'

type Bind = (key: string) => { value: string; onChange: (e: { target: { value: string } }) => void }

/** Search and filters over people or organisations; everything it sets goes into the address. */
export function PartyFilterBar({ kind, organizationName }: { kind: 'person' | 'organization'; organizationName?: string | null | undefined }) {
  const { params, setParams } = useRoute()
  const active = activePartyFilters(params)
  const [open, setOpen] = useState(active > 0)
  const get = (key: string) => params.get(key) ?? ''
  const bind: Bind = (key) => ({ value: get(key), onChange: (e) => setParams({ [key]: e.target.value || undefined }) })
  const people = kind === 'person'
  return (
    <div className="filter-bar">
      <div className="toolbar" role="search">
        <label className="search-input">
          <Icon name="search" />
          <span className="visually-hidden">{people ? 'Search people' : 'Search organisations'}</span>
          <input type="search" placeholder={people ? 'Search names, emails, phones' : 'Search names, aliases, domains'} {...bind('q')} />
        </label>
        <button type="button" className={`button${active ? ' button--active' : ''}`} aria-expanded={open} aria-controls={`${kind}-filters`} onClick={() => setOpen(!open)}>
          Filters{active > 0 && <span className="count-pill">{active}</span>}
        </button>
        {get('organization') && (
          <span className="badge party-chip">
            At {organizationName ?? 'one organisation'}
            <button type="button" className="party-chip__remove" aria-label="Show people of every organisation" onClick={() => setParams({ organization: undefined })}>
              <Icon name="close" width={12} height={12} />
            </button>
          </span>
        )}
        {(active > 0 || get('q')) && (
          <button type="button" className="button button--quiet" onClick={() => setParams(clearedPartyFilters(params))}>
            Clear all
          </button>
        )}
      </div>
      {open && <FilterFields kind={kind} bind={bind} params={params} setParams={setParams} />}
    </div>
  )
}

interface FieldsProps {
  kind: 'person' | 'organization'
  bind: Bind
  params: URLSearchParams
  setParams: (next: Record<string, string | undefined>) => void
}

function FilterFields({ kind, bind, params, setParams }: FieldsProps) {
  const customFields = useCustomFields(kind)
  const segments = useSegments()
  const owners = useOwnerSuggestions()
  const team = useOwnerChoices()
  const tags = useTagSuggestions()
  // The team, and anyone else who owns deals (a former colleague's deals stay theirs).
  const ownerChoices = [...new Map([...team, ...(owners.data ?? [])].map((name) => [name.toLowerCase(), name])).values()].sort((a, b) => a.localeCompare(b))
  return (
    <div id={`${kind}-filters`} className="filter-fields" role="group" aria-label="Filters">
      <label>
        Owner
        <select {...bind('owner')}>
          <option value="">Anyone</option>
          {ownerChoices.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      </label>
      <label>
        Segment
        <EntitySelect items={segments.data} emptyLabel="Any segment" {...bind('segment')} />
      </label>
      <label>
        Tag
        <select {...bind('tag')}>
          <option value="">Any tag</option>
          {(tags.data ?? []).map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        Customer
        <select {...bind('customer')}>
          <option value="">Everyone</option>
          <option value="yes">Customers (won a deal)</option>
          <option value="no">Not customers yet</option>
        </select>
      </label>
      <label>
        Created from
        <input type="date" {...bind('createdFrom')} />
      </label>
      <label>
        Created to
        <input type="date" {...bind('createdTo')} />
      </label>
      <CustomFieldFilters fields={customFields.data ?? []} params={params} setParams={setParams} />
    </div>
  )
}
