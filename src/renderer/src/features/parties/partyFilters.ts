import type { PartyFilters } from '@shared/contract/parties'

// The people and organisations tables keep their filters in the address
// (`#/people?owner=Sam&customer=yes`), so a reload or a link shows the same slice.

export const PARTY_FILTER_PARAMS = ['q', 'owner', 'segment', 'tag', 'organization', 'customer', 'createdFrom', 'createdTo'] as const

const id = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : undefined)
const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined)
const text = (value: string | null) => value?.trim() || undefined

export function partyFiltersFromParams(params: URLSearchParams): PartyFilters {
  const customer = params.get('customer')
  const createdFrom = day(params.get('createdFrom'))
  const createdTo = day(params.get('createdTo'))
  const filters: PartyFilters = {
    search: text(params.get('q')),
    owner: text(params.get('owner')),
    segmentId: id(params.get('segment')),
    tag: text(params.get('tag')),
    organizationId: id(params.get('organization')),
    customer: customer === 'yes' ? true : customer === 'no' ? false : undefined,
    createdFrom,
    // An end before the start would be refused: leave it out until the dates make sense.
    createdTo: createdFrom && createdTo && createdTo < createdFrom ? undefined : createdTo,
  }
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined))
}

/** How many filters (not counting the search text) narrow the table. */
export const activePartyFilters = (params: URLSearchParams) => PARTY_FILTER_PARAMS.filter((key) => key !== 'q' && params.get(key)).length

export const clearedPartyFilters = Object.fromEntries(PARTY_FILTER_PARAMS.map((key) => [key, undefined]))
