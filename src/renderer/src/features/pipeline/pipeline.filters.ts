import type { BoardFilters } from '@shared/contract/board'
import { CHANNELS, type Channel } from '@shared/domain/enums'
import { parseMoney } from '@shared/domain/money'
import { customFiltersFromParams, customParamKeys } from '../custom-fields/customFilterParams'

// The board's filters live in the address (`#/pipeline?campaign=3&owner=Sam`), so a
// reload, or a link from a campaign's page, shows the same slice of the pipeline.

export const FILTER_PARAMS = ['q', 'campaign', 'channel', 'segment', 'owner', 'tag', 'min', 'max', 'createdFrom', 'createdTo', 'closeFrom', 'closeTo', 'snoozed'] as const

const id = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : undefined)
const money = (value: string | null) => {
  const minor = value ? parseMoney(value) : null
  return minor === null || !value ? undefined : minor
}
const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined)
const text = (value: string | null) => value?.trim() || undefined

export function filtersFromParams(params: URLSearchParams): BoardFilters {
  const channel = params.get('channel')
  const filters: BoardFilters = {
    search: text(params.get('q')),
    campaignId: id(params.get('campaign')),
    channel: CHANNELS.includes(channel as Channel) ? (channel as Channel) : undefined,
    segmentId: id(params.get('segment')),
    owner: text(params.get('owner')),
    tag: text(params.get('tag')),
    minValueMinor: money(params.get('min')),
    maxValueMinor: money(params.get('max')),
    createdFrom: day(params.get('createdFrom')),
    createdTo: day(params.get('createdTo')),
    closeFrom: day(params.get('closeFrom')),
    closeTo: day(params.get('closeTo')),
    includeSnoozed: params.get('snoozed') === '1',
    custom: customFiltersFromParams(params),
  }
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)))
}

export function activeFilterCount(params: URLSearchParams): number {
  return FILTER_PARAMS.filter((key) => key !== 'q' && params.get(key)).length + customParamKeys(params).length
}

/** Every filter the address holds, cleared (the custom fields' too). */
export const clearedFilters = (params: URLSearchParams): Record<string, undefined> =>
  Object.fromEntries([...FILTER_PARAMS, ...customParamKeys(params)].map((key) => [key, undefined]))
