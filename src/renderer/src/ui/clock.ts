import { calendarDaysBetween, dayEnd, dayOf, instantAt, todayIn, wallTimeOf } from '@shared/domain/firmClock'
import { TIME_ZONE } from './format'

// The firm's clock on screen: "today", due times and days in stage in the firm's time zone
// (Settings), whatever zone this computer is set to. Instants stay UTC; see @shared/domain/firmClock.

/** Today on the firm's calendar, as YYYY-MM-DD. */
export const firmToday = (now: Date = new Date()): string => todayIn(TIME_ZONE, now)

/** The firm's calendar day of an instant. */
export const firmDayOf = (instant: string | Date): string => dayOf(instant, TIME_ZONE)

/** The first instant after the firm's today (an exclusive end). */
export const endOfFirmToday = (now: Date = new Date()): string => dayEnd(firmToday(now), TIME_ZONE)

/** A day and optional time ("14:30") on the firm's clock as an instant; without a time, 9:00 in the morning. */
export const firmInstant = (day: string, time: string): string => instantAt(day, time, TIME_ZONE)

/** Splits an instant into the day and time the firm's clock shows, for <input type="date|time">. */
export function firmWallTime(iso: string | null): { day: string; time: string } {
  return iso ? wallTimeOf(iso, TIME_ZONE) : { day: '', time: '' }
}

/** Whole days on the firm's calendar from an instant to now: "3 days in stage" turns at the firm's midnight. */
export const calendarDaysSince = (instant: string, now: Date = new Date()): number => Math.max(0, calendarDaysBetween(instant, now, TIME_ZONE))
