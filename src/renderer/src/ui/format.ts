import { computerTimeZone } from '@shared/domain/firmClock'
import { formatMoney } from '@shared/domain/money'

// The firm's currency, locale and time zone, set once from Settings by <PreferencesProvider>
// before the app renders. Exported as live bindings so every `money()`, `LOCALE` and clock
// reader sees the firm's choice without passing it through every component.
export let CURRENCY = 'USD'
export let LOCALE = 'en-US'
export let WEEK_STARTS_ON = 1
export let TIME_ZONE = computerTimeZone()

export function configureFormat(next: { currency: string; locale: string; weekStart: number; timeZone: string }): void {
  CURRENCY = next.currency
  LOCALE = next.locale
  WEEK_STARTS_ON = next.weekStart
  TIME_ZONE = next.timeZone
}

export const money = (minor: number, compact = false) => formatMoney(minor, CURRENCY, LOCALE, { compact })

// A calendar day (YYYY-MM-DD) is shown as it is; an instant as the day it is on the firm's clock.
const asDate = (value: string) => (value.length === 10 ? { date: new Date(`${value}T00:00:00Z`), timeZone: 'UTC' } : { date: new Date(value), timeZone: TIME_ZONE })

export function day(dayOrInstant: string | null): string {
  if (!dayOrInstant) return '—'
  const { date, timeZone } = asDate(dayOrInstant)
  return date.toLocaleDateString(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone })
}

export function shortDay(dayOrInstant: string | null): string {
  if (!dayOrInstant) return '—'
  const { date, timeZone } = asDate(dayOrInstant)
  return date.toLocaleDateString(LOCALE, { day: 'numeric', month: 'short', timeZone })
}
