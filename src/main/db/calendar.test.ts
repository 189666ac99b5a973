import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { dayOf } from '@shared/domain/firmClock'
import { addDays, bucketStarts } from '@shared/domain/reportPeriod'
import { useTempDatabase } from '../../../test/fixtures/temp-database'
import { FAR_ZONES, useProcessTimeZone } from '../../../test/fixtures/time-zones'
import { readFirmCalendar, sqliteCalendar, type CalendarUnit } from './calendar'

// SQL's buckets checked against the firm's clock in JavaScript (Intl), instant by instant:
// near midnight, at month ends, across the clock changes, with the process in another zone.

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Instants every 7 hours and 13 minutes over two years, plus each side of every midnight and month end. */
function instantsFor(zone: string): string[] {
  const out: string[] = []
  for (let ms = Date.UTC(2025, 11, 1); ms < Date.UTC(2027, 1, 1); ms += 7 * HOUR + 13 * MINUTE) out.push(new Date(ms).toISOString())
  const calendar = sqliteCalendar(zone, 1)
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
])('the SQLite calendar in %s (process in %s)', (zone, processZone) => {
  useProcessTimeZone(processZone)
  const database = useTempDatabase()

  it.each(['day', 'week', 'month'] as const)('puts every instant in the firm’s %s, as Intl does', async (unit) => {
    const db = database().db
    await sql`UPDATE settings SET time_zone = ${zone}, week_start = 1`.execute(db)
    const calendar = await readFirmCalendar(db)
    expect(calendar.zone).toBe(zone)
    const instants = instantsFor(zone)
    await sql`CREATE TEMP TABLE probe (at TEXT NOT NULL)`.execute(db)
    for (let i = 0; i < instants.length; i += 400) {
      await sql`INSERT INTO probe (at) VALUES ${sql.join(instants.slice(i, i + 400).map((at) => sql`(${at})`))}`.execute(db)
    }
    // Bounded by the period read (short SQL) and open-ended (the CASE over decades): the same answers.
    for (const within of [{ from: '2025-12-01', to: '2027-01-31' }, undefined]) {
      const { rows } = await sql<{ at: string; bucket: string }>`SELECT at, ${calendar.bucketSql(unit, 'at', 'instant', within)} AS bucket FROM probe`.execute(db)
      const wrong = rows.filter((row) => row.bucket !== expectedBucket(unit, row.at, zone))
      expect(wrong.slice(0, 5)).toEqual([])
    }
  })

  it('buckets calendar days (spend) as they are, whatever the zone', async () => {
    const db = database().db
    const calendar = sqliteCalendar(zone, 1)
    const { rows } = await sql<{ d: string; w: string; m: string }>`
      SELECT ${calendar.bucketSql('day', "'2026-03-31'", 'day')} AS d, ${calendar.bucketSql('week', "'2026-03-31'", 'day')} AS w, ${calendar.bucketSql('month', "'2026-03-31'", 'day')} AS m`.execute(db)
    expect(rows[0]).toEqual({ d: '2026-03-31', w: '2026-03-30', m: '2026-03-01' })
  })

  it('knows the firm’s today, not the computer’s', () => {
    const calendar = sqliteCalendar(zone, 1)
    // 11:30 UTC on 31 March is 1 April in Auckland and still 31 March in Los Angeles.
    expect(calendar.today('2026-03-31T11:30:00.000Z')).toBe(zone === 'Pacific/Auckland' ? '2026-04-01' : '2026-03-31')
  })
})

describe('a calendar whose zone this computer does not know', () => {
  it('reads as UTC rather than failing every page', () => {
    const calendar = sqliteCalendar('Atlantis/Capital', 8)
    expect(calendar.zone).toBe('UTC')
    expect(calendar.weekStart).toBe(1)
    expect(calendar.instants({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-03-01T00:00:00.000Z', until: '2026-04-01T00:00:00.000Z' })
  })
})
