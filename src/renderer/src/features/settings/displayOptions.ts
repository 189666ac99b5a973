import { isTimeZone, offsetMinutesAt, timeZoneNames } from '@shared/domain/firmClock'

// The choices the Display card offers, named in the person's own language.

export const COMMON_LOCALES = [
  'en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IE', 'en-IN', 'en-NZ', 'en-ZA', 'de-DE', 'de-AT', 'de-CH', 'fr-FR', 'fr-CA', 'fr-BE', 'es-ES', 'es-MX',
  'it-IT', 'nl-NL', 'nl-BE', 'pt-PT', 'pt-BR', 'sv-SE', 'da-DK', 'nb-NO', 'fi-FI', 'pl-PL', 'cs-CZ', 'ja-JP', 'zh-CN', 'ko-KR',
]

function displayName(type: 'currency' | 'language', code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code
  } catch {
    return code
  }
}

export function currencyOptions(locale: string, current: string): Array<{ value: string; label: string }> {
  const codes = new Set(Intl.supportedValuesOf('currency'))
  codes.add(current)
  return [...codes].map((code) => ({ value: code, label: `${code} — ${displayName('currency', code, locale)}` })).sort((a, b) => a.value.localeCompare(b.value))
}

export function localeOptions(current: string): Array<{ value: string; label: string }> {
  const tags = COMMON_LOCALES.includes(current) ? COMMON_LOCALES : [current, ...COMMON_LOCALES]
  return tags.map((tag) => ({ value: tag, label: `${displayName('language', tag, tag)} (${tag})` })).sort((a, b) => a.label.localeCompare(b.label))
}

/** Sunday … Saturday in the locale's words, as 0 … 6. */
export function weekdayOptions(locale: string): Array<{ value: number; label: string }> {
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, day) => ({
    value: day,
    label: new Date(Date.UTC(2023, 0, 1 + day, 12)).toLocaleDateString(locale, { weekday: 'long', timeZone: 'UTC' }),
  }))
}

const utcOffset = (minutes: number) => `UTC${minutes < 0 ? '−' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`

/** Every time zone Intl knows, by name with its offset from UTC today ("Pacific/Auckland (UTC+13:00)"), the current one kept even if unknown. */
export function timeZoneOptions(current: string, now: Date = new Date()): Array<{ value: string; label: string }> {
  const names = timeZoneNames()
  const all = names.includes(current) ? names : [current, ...names]
  return all.map((zone) => ({ value: zone, label: `${zone.replaceAll('_', ' ')} (${isTimeZone(zone) ? utcOffset(offsetMinutesAt(zone, now)) : 'unknown here'})` }))
}
