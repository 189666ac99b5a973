import { formatMoney } from '@shared/domain/money'

// The firm's currency and locale, set once from Settings by <PreferencesProvider> before the
// app renders. Exported as live bindings so every `money()` and `LOCALE` reader sees the
// firm's choice without passing it through every component.
export let CURRENCY = 'USD'
export let LOCALE = 'en-US'
export let WEEK_STARTS_ON = 1

export function configureFormat(next: { currency: string; locale: string; weekStart: number }): void {
  CURRENCY = next.currency
  LOCALE = next.locale
  WEEK_STARTS_ON = next.weekStart
}

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
