import type { PartyFilters } from '@shared/contract/parties'
import { customFiltersFromParams, customParamKeys } from '../custom-fields/customFilterParams'

// The people and organisations tables keep their filters in the address
// (`#/people?owner=Sam&customer=yes&cf4=is:Gold`), so a reload or a link shows the same slice.

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
    custom: customFiltersFromParams(params),
  }
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)))
}

/** How many filters (not counting the search text) narrow the table. */
export const activePartyFilters = (params: URLSearchParams) => PARTY_FILTER_PARAMS.filter((key) => key !== 'q' && params.get(key)).length + customParamKeys(params).length

/** Every filter the address holds, cleared (the custom fields' too). */
export const clearedPartyFilters = (params: URLSearchParams) => Object.fromEntries([...PARTY_FILTER_PARAMS, ...customParamKeys(params)].map((key) => [key, undefined]))
