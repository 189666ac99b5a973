/**
 * The firm's clock: which calendar day an instant falls on, and when a day starts, in the firm's
 * time zone (an IANA name such as "Pacific/Auckland", kept in Settings). Instants stay ISO-8601
 * UTC text everywhere; only the edges of days move with the zone. Runs anywhere Intl has time
 * zones (main, renderer, tests) and never reads the computer's own zone unless asked to.
 *
 *   dayOf('2026-03-31T11:30:00.000Z', 'Pacific/Auckland')   → '2026-04-01'
 *   dayStart('2026-04-01', 'Pacific/Auckland')               → '2026-03-31T11:00:00.000Z'
 *   todayIn('America/Los_Angeles', now)                      → the day it is there now
 *   instantAt('2026-04-01', '09:00', 'Pacific/Auckland')     → 9 o'clock there, as an instant
 *   offsetSpans('Pacific/Auckland', fromMs, untilMs)         → where the UTC offset changes (for SQL that buckets days)
 */

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

/** The zone UTC is in, and the fallback when a stored name is unknown to this computer's Intl. */
export const UTC_ZONE = 'UTC'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(zone, formatter)
  }
  return formatter
}

/** Whether Intl knows the zone by that name (IANA names such as "Europe/Berlin", and "UTC"). */
export function isTimeZone(name: string): boolean {
  if (name.trim() === '' || name !== name.trim()) return false
  try {
    formatterFor(name)
    return true
  } catch {
    return false
  }
}

/** The zone this computer is set to (the default for a new workspace); UTC when Intl cannot tell. */
export function computerTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
  return zone && isTimeZone(zone) ? zone : UTC_ZONE
}

/** A stored zone name as the clock uses it: the name when Intl knows it, otherwise UTC (never a thrown error while drawing a page). */
export const usableZone = (zone: string | null | undefined): string => (zone && isTimeZone(zone) ? zone : UTC_ZONE)

/** Every zone name Intl offers, for a picker. */
export function timeZoneNames(): string[] {
  const names = Intl.supportedValuesOf('timeZone')
  return names.includes(UTC_ZONE) ? names : [UTC_ZONE, ...names]
}

interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

function wallClockAt(ms: number, zone: string): WallClock {
  const values: Record<string, number> = {}
  for (const part of formatterFor(zone).formatToParts(ms)) if (part.type !== 'literal') values[part.type] = Number(part.value)
  return { year: values['year'] ?? 1970, month: values['month'] ?? 1, day: values['day'] ?? 1, hour: values['hour'] ?? 0, minute: values['minute'] ?? 0, second: values['second'] ?? 0 }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const dayText = (w: Pick<WallClock, 'year' | 'month' | 'day'>) => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`
const toMs = (instant: string | number | Date) => (typeof instant === 'number' ? instant : typeof instant === 'string' ? Date.parse(instant) : instant.getTime())

/** Minutes the zone's wall clock is ahead of UTC at that moment (+780 for Auckland in summer, −420 for Los Angeles). */
export function offsetMinutesAt(zone: string, instant: string | number | Date): number {
  const ms = toMs(instant)
  const wall = wallClockAt(ms, zone)
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
  return Math.round((wallAsUtc - (ms - (((ms % 1000) + 1000) % 1000))) / MINUTE_MS)
}

/** The firm's calendar day (YYYY-MM-DD) an instant falls on. */
export function dayOf(instant: string | number | Date, zone: string): string {
  return dayText(wallClockAt(toMs(instant), zone))
}

/** Today in the zone. */
export const todayIn = (zone: string, now: string | number | Date = Date.now()): string => dayOf(now, zone)

/** The wall-clock day and time ("HH:MM") of an instant in the zone, as date and time inputs show them. */
export function wallTimeOf(instant: string | number | Date, zone: string): { day: string; time: string } {
  const wall = wallClockAt(toMs(instant), zone)
  return { day: dayText(wall), time: `${pad(wall.hour)}:${pad(wall.minute)}` }
}

const dayStarts = new Map<string, number>()

/**
 * The first instant of a calendar day in the zone, as epoch milliseconds. Usually local midnight;
 * where a clock change skips midnight, the moment the day begins. Found by bisection between
 * the earliest and latest possible starts (offsets run from −12 to +14 hours), so it needs no
 * table of rules beyond what Intl knows.
 */
export function dayStartMs(day: string, zone: string): number {
  const key = `${zone}|${day}`
  const cached = dayStarts.get(key)
  if (cached !== undefined) return cached
  const midnightUtc = Date.parse(`${day}T00:00:00Z`)
  let before = midnightUtc - 15 * 60 * MINUTE_MS
  let atOrAfter = midnightUtc + 13 * 60 * MINUTE_MS
  while (atOrAfter - before > MINUTE_MS) {
    const middle = before + Math.floor((atOrAfter - before) / 2 / MINUTE_MS) * MINUTE_MS
    if (dayOf(middle, zone) < day) before = middle
    else atOrAfter = middle
  }
  if (dayStarts.size > 20_000) dayStarts.clear()
  dayStarts.set(key, atOrAfter)
  return atOrAfter
}

/** The first instant of a calendar day in the zone, as ISO UTC text. */
export const dayStart = (day: string, zone: string): string => new Date(dayStartMs(day, zone)).toISOString()

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)

/** The first instant after a calendar day in the zone (an exclusive end), as ISO UTC text. */
export const dayEnd = (day: string, zone: string): string => dayStart(nextDay(day), zone)

/** A period of whole days (both ends included) as the half-open span of instants [from, until); an open end stays null. */
export function dayRangeInstants(range: { from?: string | null; to?: string | null }, zone: string): { from: string | null; until: string | null } {
  return { from: range.from ? dayStart(range.from, zone) : null, until: range.to ? dayEnd(range.to, zone) : null }
}

/**
 * A wall-clock day and time in the zone ("2026-04-01", "09:00") as an ISO instant; without a time,
 * 9:00 in the morning. A time a clock change skips (02:30 when clocks jump from 2 to 3) lands an hour
 * later; a time that happens twice (when clocks go back) is the first of the two.
 */
export function instantAt(day: string, time: string, zone: string): string {
  const [hours = 9, minutes = 0] = (time || '09:00').split(':').map(Number)
  const wallAsUtc = Date.parse(`${day}T00:00:00Z`) + (hours * 60 + minutes) * MINUTE_MS
  // The offsets a day either side: one of them is the offset at that wall time, unless it falls in a gap.
  const candidates = [offsetMinutesAt(zone, wallAsUtc - DAY_MS), offsetMinutesAt(zone, wallAsUtc + DAY_MS)].map((offset) => wallAsUtc - offset * MINUTE_MS).sort((a, b) => a - b)
  const wanted = `${day} ${pad(hours)}:${pad(minutes)}`
  const shows = (ms: number) => {
    const wall = wallTimeOf(ms, zone)
    return `${wall.day} ${wall.time}` === wanted
  }
  const chosen = candidates.find(shows) ?? candidates[candidates.length - 1]!
  return new Date(chosen).toISOString()
}

/** Whole calendar days from one instant's day to another's in the zone (what "3 days in stage" counts). */
export function calendarDaysBetween(fromInstant: string | number | Date, toInstant: string | number | Date, zone: string): number {
  return Math.round((Date.parse(`${dayOf(toInstant, zone)}T00:00:00Z`) - Date.parse(`${dayOf(fromInstant, zone)}T00:00:00Z`)) / DAY_MS)
}

/** A stretch of time over which the zone's offset from UTC does not change. */
export interface OffsetSpan {
  /** First instant of the span (epoch ms); the first span of a list starts at −Infinity. */
  fromMs: number
  offsetMinutes: number
}

const STEP_MS = 7 * DAY_MS

/**
 * The zone's offsets over [fromMs, untilMs): the first span's offset holds before the first change.
 * Changes are found by stepping a week at a time and bisecting to the minute where the offset
 * differs (no zone changes its offset twice in one week).
 */
export function offsetSpans(zone: string, fromMs: number, untilMs: number): OffsetSpan[] {
  const spans: OffsetSpan[] = [{ fromMs: Number.NEGATIVE_INFINITY, offsetMinutes: offsetMinutesAt(zone, fromMs) }]
  let at = fromMs
  let offset = spans[0]!.offsetMinutes
  while (at < untilMs) {
    const next = Math.min(at + STEP_MS, untilMs)
    const nextOffset = offsetMinutesAt(zone, next)
    if (nextOffset !== offset) {
      let low = at
      let high = next
      while (high - low > MINUTE_MS) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS
        if (offsetMinutesAt(zone, middle) === offset) low = middle
        else high = middle
      }
      spans.push({ fromMs: high, offsetMinutes: offsetMinutesAt(zone, high) })
      offset = offsetMinutesAt(zone, high)
      // A change that landed inside this week and back again is caught by the next step.
      at = high
      continue
    }
    at = next
  }
  return spans
}
