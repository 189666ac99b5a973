import { describe, expect, it } from 'vitest'
import { FAR_ZONES, useProcessTimeZone } from '../../../test/fixtures/time-zones'
import { calendarDaysBetween, dayEnd, dayOf, dayRangeInstants, dayStart, instantAt, isTimeZone, offsetMinutesAt, offsetSpans, todayIn, usableZone, wallTimeOf } from './firmClock'

// The same instants read on the firm's clock in Auckland and Los Angeles, each run with the
// process itself in the other zone, so the answers cannot come from the machine's own zone.
describe.each([
  ['Pacific/Auckland', 'America/Los_Angeles'],
  ['America/Los_Angeles', 'Pacific/Auckland'],
] as const)('the firm’s clock in %s (process in %s)', (zone, processZone) => {
  useProcessTimeZone(processZone)
  const nz = zone === 'Pacific/Auckland'

  it('reads the day of an instant near midnight and at a month’s end', () => {
    // 11:30 UTC on 31 March: 00:30 on 1 April in Auckland, 04:30 on 31 March in Los Angeles.
    expect(dayOf('2026-03-31T11:30:00.000Z', zone)).toBe(nz ? '2026-04-01' : '2026-03-31')
    // 06:59 UTC on 1 April: 19:59 there, and 23:59 on 31 March in Los Angeles.
    expect(dayOf('2026-04-01T06:59:00.000Z', zone)).toBe(nz ? '2026-04-01' : '2026-03-31')
    expect(todayIn(zone, '2026-12-31T12:00:00.000Z')).toBe(nz ? '2027-01-01' : '2026-12-31')
  })

  it('turns days into the instants they start and end at, across a change of clocks', () => {
    // Auckland leaves summer time on 5 April 2026 (03:00 → 02:00); Los Angeles enters it on 8 March (02:00 → 03:00).
    if (nz) {
      expect(dayStart('2026-04-05', zone)).toBe('2026-04-04T11:00:00.000Z')
      expect(dayEnd('2026-04-05', zone)).toBe('2026-04-05T12:00:00.000Z')
      expect(dayRangeInstants({ from: '2026-04-01', to: '2026-04-30' }, zone)).toEqual({ from: '2026-03-31T11:00:00.000Z', until: '2026-04-30T12:00:00.000Z' })
    } else {
      expect(dayStart('2026-03-08', zone)).toBe('2026-03-08T08:00:00.000Z')
      expect(dayEnd('2026-03-08', zone)).toBe('2026-03-09T07:00:00.000Z')
      expect(dayRangeInstants({ from: '2026-03-01', to: '2026-03-31' }, zone)).toEqual({ from: '2026-03-01T08:00:00.000Z', until: '2026-04-01T07:00:00.000Z' })
    }
    expect(dayRangeInstants({ to: '2026-03-31' }, zone).from).toBeNull()
  })

  it('writes a wall-clock time as its instant and back', () => {
    const nine = instantAt('2026-06-15', '09:00', zone)
    expect(nine).toBe(nz ? '2026-06-14T21:00:00.000Z' : '2026-06-15T16:00:00.000Z')
    expect(wallTimeOf(nine, zone)).toEqual({ day: '2026-06-15', time: '09:00' })
    expect(instantAt('2026-06-15', '', zone)).toBe(nine)
  })

  it('counts calendar days, not 24-hour stretches', () => {
    const evening = instantAt('2026-05-10', '23:50', zone)
    const morning = instantAt('2026-05-11', '00:10', zone)
    expect(calendarDaysBetween(evening, morning, zone)).toBe(1)
    expect(calendarDaysBetween(morning, instantAt('2026-05-11', '23:59', zone), zone)).toBe(0)
  })

  it('finds the year’s offset changes to the minute', () => {
    const spans = offsetSpans(zone, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)).map((s) => [Number.isFinite(s.fromMs) ? new Date(s.fromMs).toISOString() : null, s.offsetMinutes])
    expect(spans).toEqual(
      nz
        ? [[null, 780], ['2026-04-04T14:00:00.000Z', 720], ['2026-09-26T14:00:00.000Z', 780]]
        : [[null, -480], ['2026-03-08T10:00:00.000Z', -420], ['2026-11-01T09:00:00.000Z', -480]],
    )
  })
})

describe('the firm’s clock at its edges', () => {
  it('starts a day whose midnight a clock change skips at the moment it begins', () => {
    // Chile moves from 00:00 to 01:00 on 6 September 2026: the day starts at 01:00 (04:00 UTC).
    expect(dayStart('2026-09-06', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z')
    expect(dayOf('2026-09-06T03:59:59.999Z', 'America/Santiago')).toBe('2026-09-05')
  })

  it('moves a skipped time an hour on, and takes the first of a repeated one', () => {
    expect(instantAt('2026-03-08', '02:30', 'America/Los_Angeles')).toBe('2026-03-08T10:30:00.000Z')
    expect(wallTimeOf('2026-03-08T10:30:00.000Z', 'America/Los_Angeles').time).toBe('03:30')
    expect(instantAt('2026-04-05', '02:30', 'Pacific/Auckland')).toBe('2026-04-04T13:30:00.000Z')
  })

  it('knows zone names, and reads an unknown one as UTC', () => {
    for (const zone of [...FAR_ZONES, 'UTC', 'Asia/Kolkata']) expect(isTimeZone(zone)).toBe(true)
    for (const name of ['', 'Mars/Olympus_Mons', ' Europe/Berlin', 'GMT+25']) expect(isTimeZone(name)).toBe(false)
    expect(usableZone('Atlantis/Capital')).toBe('UTC')
    expect(usableZone(null)).toBe('UTC')
    expect(offsetMinutesAt('Asia/Kolkata', '2026-01-01T00:00:00.000Z')).toBe(330)
  })
})
