import { computerTimeZone } from './firmClock'

// How the firm wants Baton to look and behave on this computer: money, dates, time zone, theme, notifications.

export const THEMES = ['system', 'light', 'dark'] as const
export type ThemeChoice = (typeof THEMES)[number]

export interface QuietHours {
  /** Minutes after midnight in the firm's time zone; the window may wrap past midnight (22:00–07:00). */
  startMinute: number
  endMinute: number
}

export interface Preferences {
  /** ISO 4217 code, e.g. "EUR". */
  currency: string
  /** BCP 47 tag for dates and numbers, e.g. "de-DE". */
  locale: string
  /** 0 = Sunday … 6 = Saturday. */
  weekStart: number
  /**
   * IANA time zone of the firm's calendar ("Europe/Berlin"): what "today", every period, overdue and
   * days in stage follow, on every computer that opens the workspace. A new workspace takes the computer's.
   */
  timeZone: string
  theme: ThemeChoice
  notificationsEnabled: boolean
  quietHours: QuietHours | null
}

export const DEFAULT_PREFERENCES: Preferences = {
  currency: 'USD',
  locale: 'en-US',
  weekStart: 1,
  timeZone: computerTimeZone(),
  theme: 'system',
  notificationsEnabled: true,
  quietHours: null,
}

export function isKnownCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code)
}

/** The canonical form of a locale tag, or null when Intl does not know it. */
export function canonicalLocale(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag)
    if (!canonical) return null
    return Intl.NumberFormat.supportedLocalesOf([canonical]).length > 0 ? canonical : null
  } catch {
    return null
  }
}

/** "22:00" → 1320; null for anything that is not a time of day. */
export function parseClock(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim())
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return null
  return hours * 60 + minutes
}

export function formatClock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
}

/** Whether a local time of day (minutes after midnight) falls inside quiet hours; the end is not included. */
export function isQuietAt(quiet: QuietHours | null, minute: number): boolean {
  if (!quiet || quiet.startMinute === quiet.endMinute) return false
  if (quiet.startMinute < quiet.endMinute) return minute >= quiet.startMinute && minute < quiet.endMinute
  return minute >= quiet.startMinute || minute < quiet.endMinute
}
