import { formatMoney } from '@shared/domain/money'

// Until Settings lets a firm pick them, amounts show in US dollars with US formatting.
export const CURRENCY = 'USD'
export const LOCALE = 'en-US'

export const money = (minor: number, compact = false) => formatMoney(minor, CURRENCY, LOCALE, { compact })

export function day(isoDay: string | null): string {
  if (!isoDay) return '—'
  return new Date(`${isoDay.slice(0, 10)}T00:00:00`).toLocaleDateString(LOCALE, { day: 'numeric', month: 'short', year: 'numeric' })
}

export function shortDay(iso: string | null): string {
  if (!iso) return '—'
  const date = iso.length === 10 ? new Date(`${iso}T00:00:00`) : new Date(iso)
  return date.toLocaleDateString(LOCALE, { day: 'numeric', month: 'short' })
}
