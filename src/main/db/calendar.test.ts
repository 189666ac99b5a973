import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { dayOf } from '@shared/domain/firmClock'
import { addDays, bucketStarts } from '@shared/domain/reportPeriod'
import { execute, queryRows } from '../../../test/fixtures/sql'
import { testEngine, useTestDatabase } from '../../../test/fixtures/test-database'
import { FAR_ZONES, useProcessTimeZone } from '../../../test/fixtures/time-zones'
import { firmCalendar, readFirmCalendar, type CalendarUnit, type FirmCalendar } from './calendar'
import { dialectOf } from './dialect'

// SQL's buckets checked against the firm's clock in JavaScript (Intl), instant by instant:
// near midnight, at month ends, across the clock changes, with the process in another zone —
// on the project's engine (SQLite shifting by Intl's offsets, PostgreSQL with AT TIME ZONE).

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Instants every 7 hours and 13 minutes over two years, plus each side of every midnight and month end. */
function instantsFor(zone: string): string[] {
  const out: string[] = []
  for (let ms = Date.UTC(2025, 11, 1); ms < Date.UTC(2027, 1, 1); ms += 7 * HOUR + 13 * MINUTE) out.push(new Date(ms).toISOString())
  const calendar = firmCalendar(zone, 1)
  for (let day = '2026-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
    const start = Date.parse(calendar.dayStart(day))
    out.push(new Date(start - 1).toISOString(), new Date(start).toISOString(), new Date(start + 1).toISOString())
  }
  return out
}

/** The bucket JavaScript gives: the firm day, the first day of its firm week (Monday) or month. */
function expectedBucket(unit: CalendarUnit, instant: string, zone: string): string {
  const day = dayOf(instant, zone)
  if (unit === 'day') return day
  if (unit === 'month') return `${day.slice(0, 7)}-01`
  return bucketStarts({ from: day, to: day }, 'week', 1)[0]!
}

describe.each([
  [FAR_ZONES[0], FAR_ZONES[1]],
  [FAR_ZONES[1], FAR_ZONES[0]],
])(`the ${testEngine} calendar in %s (process in %s)`, (zone, processZone) => {
  useProcessTimeZone(processZone)
  const database = useTestDatabase()

  /** Every probe instant with the bucket `calendar` gives it in SQL, over a bounded period (short SQL) and an open one. */
  async function wrongBuckets(calendar: FirmCalendar, unit: CalendarUnit): Promise<unknown[]> {
    const db = database().db
    const instants = instantsFor(zone)
    await execute(db, sql`CREATE TABLE IF NOT EXISTS calendar_probe (at TEXT NOT NULL)`)
    await execute(db, sql`DELETE FROM calendar_probe`)
    for (let i = 0; i < instants.length; i += 400) {
      await execute(db, sql`INSERT INTO calendar_probe (at) VALUES ${sql.join(instants.slice(i, i + 400).map((at) => sql`(${at})`))}`)
    }
    const wrong: unknown[] = []
    for (const within of [{ from: '2025-12-01', to: '2027-01-31' }, undefined]) {
      const rows = await queryRows<{ at: string; bucket: string }>(db, sql`SELECT at, ${calendar.bucketSql(unit, 'at', 'instant', within)} AS bucket FROM calendar_probe`)
      expect(rows).toHaveLength(instants.length)
      wrong.push(...rows.filter((row) => row.bucket !== expectedBucket(unit, row.at, zone)))
    }
    return wrong.slice(0, 5)
  }

  it.each(['day', 'week', 'month'] as const)('puts every instant in the firm’s %s, as Intl does', async (unit) => {
    const db = database().db
    await sql`UPDATE settings SET time_zone = ${zone}, week_start = 1`.execute(db)
    const calendar = await readFirmCalendar(db)
    expect(calendar.zone).toBe(zone)
    // PostgreSQL converts by the zone's name; SQLite has no zone rules and shifts by Intl's offsets.
    expect(await dialectOf(db).knowsZone(db, zone)).toBe(testEngine === 'postgres')
    expect(await wrongBuckets(calendar, unit)).toEqual([])
  })

  it.each(['day', 'week', 'month'] as const)('puts every instant in the firm’s %s by Intl’s offsets too, for a server without the zone', async (unit) => {
    const db = database().db
    expect(await wrongBuckets(firmCalendar(zone, 1, dialectOf(db), false), unit)).toEqual([])
  })

  it('starts weeks on the firm’s first day, whichever it is', async () => {
    const db = database().db
    // 09:00 UTC on Wednesday 4 March 2026 is that Wednesday in both zones (22:00 in Auckland, 01:00 in Los Angeles).
    const at = "'2026-03-04T09:00:00.000Z'"
    const weekStarts: string[] = []
    for (let weekStart = 0; weekStart < 7; weekStart++) {
      const calendar = firmCalendar(zone, weekStart, dialectOf(db), await dialectOf(db).knowsZone(db, zone))
      const [row] = await queryRows<{ w: string; d: string }>(db, sql`SELECT ${calendar.bucketSql('week', at, 'instant')} AS w, ${calendar.bucketSql('week', "'2026-03-04'", 'day')} AS d`)
      // The instant's week and the day's week are the same week.
      expect(row?.d).toBe(row?.w)
      weekStarts.push(row?.w ?? '')
    }
    expect(weekStarts).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-02-26', '2026-02-27', '2026-02-28'])
  })

  it('buckets calendar days (spend) as they are, whatever the zone', async () => {
    const db = database().db
    const calendar = firmCalendar(zone, 1, dialectOf(db), await dialectOf(db).knowsZone(db, zone))
    const rows = await queryRows(
      db,
      sql`SELECT ${calendar.bucketSql('day', "'2026-03-31'", 'day')} AS d, ${calendar.bucketSql('week', "'2026-03-31'", 'day')} AS w, ${calendar.bucketSql('month', "'2026-03-31'", 'day')} AS m`,
    )
    expect(rows[0]).toEqual({ d: '2026-03-31', w: '2026-03-30', m: '2026-03-01' })
  })

  it('knows the firm’s today, not the computer’s', () => {
    const calendar = firmCalendar(zone, 1)
    // 11:30 UTC on 31 March is 1 April in Auckland and still 31 March in Los Angeles.
    expect(calendar.today('2026-03-31T11:30:00.000Z')).toBe(zone === 'Pacific/Auckland' ? '2026-04-01' : '2026-03-31')
  })
})

describe('a calendar whose zone this computer does not know', () => {
  it('reads as UTC rather than failing every page', () => {
    const calendar = firmCalendar('Atlantis/Capital', 8)
    expect(calendar.zone).toBe('UTC')
    expect(calendar.weekStart).toBe(1)
    expect(calendar.instants({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-03-01T00:00:00.000Z', until: '2026-04-01T00:00:00.000Z' })
  })
})
