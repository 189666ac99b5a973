/**
 * The firm's calendar as the data layer uses it: every period, "today", and every day, week and
 * month bucket of an instant goes through here, in the firm's time zone (Settings → time zone).
 *
 *   const calendar = await readFirmCalendar(db)
 *   calendar.today()                                   → '2026-04-01' where the firm is
 *   calendar.instants({ from: '2026-04-01', to: '2026-04-30' })
 *                                                      → { from: '2026-03-31T11:00:00.000Z', until: '2026-04-30T12:00:00.000Z' }
 *   calendar.bucketSql('month', 'l.closed_at', 'instant', period)  → SQL giving '2026-04-01' for an April close there
 *
 * Instants stay ISO UTC text on both engines. A period of days becomes a half-open span of
 * instants, worked out here in JavaScript (Intl knows the zone's rules), so a filter is a plain
 * text comparison that uses the indexes. A bucket needs the local day of each row, which the
 * dialect writes: PostgreSQL converts with AT TIME ZONE; SQLite, which has no time zone rules,
 * shifts each instant by the zone's UTC offset at that moment, from the offset changes Intl
 * gives for the period read (see dialect/zones.ts). Nothing outside this file and the dialect
 * knows how the buckets are made.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely'
import { dayOf, dayRangeInstants, dayStart, offsetSpans, todayIn, usableZone, type OffsetSpan } from '@shared/domain/firmClock'
import { dialectOf, sqliteDialect, type CalendarUnit, type SqlDialect } from './dialect'
import type { Database } from './schema'

export type { CalendarUnit } from './dialect'

/** A period of the firm's calendar days, both ends included; a missing end is open. */
export interface DaySpan {
  from?: string | null
  to?: string | null
}

export interface FirmCalendar {
  /** IANA time zone name, e.g. "Pacific/Auckland". */
  readonly zone: string
  /** First day of the firm's week: 0 = Sunday … 6 = Saturday. */
  readonly weekStart: number
  /** The firm's calendar day now (or at `now`). */
  today(now?: string | number | Date): string
  /** The firm's calendar day of an instant. */
  dayOf(instant: string | number | Date): string
  /** The instant (ISO UTC) a firm day starts. */
  dayStart(day: string): string
  /** A period of firm days as instants [from, until); an open end stays null. */
  instants(span: DaySpan): { from: string | null; until: string | null }
  /**
   * SQL for the bucket a row falls in: its firm day, or the first day (YYYY-MM-DD) of its firm week
   * or month. `holds` says whether the column has instants or calendar days (spend is booked on a
   * day, which no zone moves). `within` is the period the query reads, which keeps the SQL short.
   */
  bucketSql(unit: CalendarUnit, column: string, holds: 'instant' | 'day', within?: DaySpan): RawBuilder<string>
}

const YEAR_MS = 365.25 * 86_400_000
// With no period given, offsets are spelled out from 1990 to twenty years ahead; rows outside take the nearest known offset.
const OPEN_START_MS = Date.UTC(1990, 0, 1)
const OPEN_END_YEARS = 20
const MARGIN_MS = 3 * 86_400_000

const spansCache = new Map<string, OffsetSpan[]>()

function spansFor(zone: string, within: DaySpan | undefined): OffsetSpan[] {
  const fromMs = within?.from ? Date.parse(`${within.from}T00:00:00Z`) - MARGIN_MS : OPEN_START_MS
  const untilMs = within?.to ? Date.parse(`${within.to}T00:00:00Z`) + MARGIN_MS : Math.ceil((Date.now() + OPEN_END_YEARS * YEAR_MS) / YEAR_MS) * YEAR_MS
  const key = `${zone}|${fromMs}|${untilMs}`
  let spans = spansCache.get(key)
  if (!spans) {
    spans = offsetSpans(zone, fromMs, untilMs)
    if (spansCache.size > 500) spansCache.clear()
    spansCache.set(key, spans)
  }
  return spans
}

/**
 * The firm's calendar for a zone and week start, bucketing in `dialect`'s SQL (SQLite's unless
 * told); `zoneByName` when that engine converts to the zone by its name (dialect.knowsZone).
 * An unknown zone name reads as UTC rather than failing a page.
 */
export function firmCalendar(zoneName: string, weekStart: number, dialect: SqlDialect = sqliteDialect, zoneByName = false): FirmCalendar {
  const zone = usableZone(zoneName)
  const weekday = ((Math.trunc(weekStart) % 7) + 7) % 7
  return {
    zone,
    weekStart: weekday,
    today: (now = Date.now()) => todayIn(zone, now),
    dayOf: (instant) => dayOf(instant, zone),
    dayStart: (day) => dayStart(day, zone),
    instants: (span) => dayRangeInstants(span, zone),
    bucketSql: (unit, column, holds, within) =>
      sql.raw<string>(dialect.calendarBucket(unit, column, holds, { zone, weekStart: weekday, zoneByName, offsets: () => spansFor(zone, within) })),
  }
}

/** The firm's calendar as Settings has it (time zone and first day of the week). */
export async function readFirmCalendar(db: Kysely<Database>): Promise<FirmCalendar> {
  const row = await db.selectFrom('settings').select(['time_zone', 'week_start']).where('id', '=', 1).executeTakeFirst()
  const dialect = dialectOf(db)
  const zone = usableZone(row?.time_zone)
  return firmCalendar(zone, row?.week_start ?? 1, dialect, await dialect.knowsZone(db, zone))
}

/** The firm's calendar day now (or at `now`): the "today" of goals, the dashboard, reports, the board and follow-ups. */
export async function firmToday(db: Kysely<Database>, now: string | number | Date = Date.now()): Promise<string> {
  return (await readFirmCalendar(db)).today(now)
}
