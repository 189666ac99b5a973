import type { CustomFilter } from '@shared/contract/customFieldValues'

// Custom field filters in the address, beside the board's own: `cf12=is:Gold` (a choice or a
// text exactly), `cf12=yn:1` (yes/no), `cf12=has:beta` (text contains), `cf12min=10` and
// `cf12max=2026-06-30` (a number, an amount in minor units, or a day). A reload or a shared
// link shows the same slice.

const PARAM = /^cf([1-9]\d*)(min|max)?$/
const DAY = /^\d{4}-\d{2}-\d{2}$/
const NUMBER = /^-?\d+(\.\d+)?$/

export const customParam = (fieldId: number, bound?: 'min' | 'max') => `cf${fieldId}${bound ?? ''}`

/** The custom field filters the address holds; what cannot be read is left out. */
export function customFiltersFromParams(params: URLSearchParams): CustomFilter[] {
  const filters: CustomFilter[] = []
  for (const [key, raw] of params) {
    const match = PARAM.exec(key)
    const value = raw.trim()
    if (!match || value === '') continue
    const fieldId = Number(match[1])
    if (match[2]) {
      const bound = DAY.test(value) ? value : NUMBER.test(value) ? Number(value) : null
      if (bound !== null) filters.push({ fieldId, op: match[2] === 'min' ? 'atLeast' : 'atMost', value: bound })
    } else if (value.startsWith('is:') && value.length > 3) filters.push({ fieldId, op: 'is', value: value.slice(3) })
    else if (value.startsWith('has:') && value.length > 4) filters.push({ fieldId, op: 'contains', value: value.slice(4) })
    else if (value === 'yn:1' || value === 'yn:0') filters.push({ fieldId, op: 'is', value: value === 'yn:1' })
  }
  return filters.slice(0, 10)
}

/** The address's custom filter keys, to count them and to clear them. */
export const customParamKeys = (params: URLSearchParams): string[] => [...params.keys()].filter((key) => PARAM.test(key) && (params.get(key) ?? '') !== '')
