import { afterEach, describe, expect, it } from 'vitest'
import { calendarDaysSince, firmInstant, firmToday, firmWallTime } from './clock'
import { configureFormat, day, LOCALE, money, shortDay } from './format'

describe('format', () => {
  afterEach(() => configureFormat({ currency: 'USD', locale: 'en-US', weekStart: 1, timeZone: 'UTC' }))

  it('formats money in the firm’s currency and locale', () => {
    expect(money(123_450)).toBe('$1,234.50')
    configureFormat({ currency: 'EUR', locale: 'de-DE', weekStart: 1, timeZone: 'UTC' })
    expect(money(123_450)).toBe('1.234,50\u00a0€')
    expect(money(100_000)).toBe('1.000\u00a0€')
    configureFormat({ currency: 'JPY', locale: 'ja-JP', weekStart: 0, timeZone: 'UTC' })
    expect(money(500_000)).toBe('￥5,000')
  })

  it('formats days in the firm’s locale, read live by importers', () => {
    configureFormat({ currency: 'GBP', locale: 'en-GB', weekStart: 1, timeZone: 'UTC' })
    expect(LOCALE).toBe('en-GB')
    expect(day('2026-03-05')).toBe('5 Mar 2026')
    expect(money(99)).toBe('£0.99')
  })

  it('shows an instant on the firm’s calendar day, and a calendar day as it is, whatever zone this computer is in', () => {
    const evening = '2026-03-31T11:30:00.000Z' // 00:30 on 1 April in Auckland, 04:30 on 31 March in Los Angeles
    configureFormat({ currency: 'NZD', locale: 'en-NZ', weekStart: 1, timeZone: 'Pacific/Auckland' })
    expect(day(evening)).toBe('1 Apr 2026')
    expect(shortDay(evening)).toBe('1 Apr')
    expect(day('2026-03-31')).toBe('31 Mar 2026')
    configureFormat({ currency: 'USD', locale: 'en-US', weekStart: 0, timeZone: 'America/Los_Angeles' })
    expect(day(evening)).toBe('Mar 31, 2026')
    expect(firmToday(new Date(evening))).toBe('2026-03-31')
    expect(firmInstant('2026-04-01', '09:00')).toBe('2026-04-01T16:00:00.000Z')
    expect(firmWallTime('2026-04-01T16:00:00.000Z')).toEqual({ day: '2026-04-01', time: '09:00' })
    // Days in stage turn at the firm's midnight, not after 24 hours.
    expect(calendarDaysSince('2026-04-01T06:59:00.000Z', new Date('2026-04-01T07:01:00.000Z'))).toBe(1)
  })
})
