import { afterEach, describe, expect, it } from 'vitest'
import { configureFormat, day, LOCALE, money } from './format'

describe('format', () => {
  afterEach(() => configureFormat({ currency: 'USD', locale: 'en-US', weekStart: 1 }))

  it('formats money in the firm’s currency and locale', () => {
    expect(money(123_450)).toBe('$1,234.50')
    configureFormat({ currency: 'EUR', locale: 'de-DE', weekStart: 1 })
    expect(money(123_450)).toBe('1.234,50\u00a0€')
    expect(money(100_000)).toBe('1.000\u00a0€')
    configureFormat({ currency: 'JPY', locale: 'ja-JP', weekStart: 0 })
    expect(money(500_000)).toBe('￥5,000')
  })

  it('formats days in the firm’s locale, read live by importers', () => {
    configureFormat({ currency: 'GBP', locale: 'en-GB', weekStart: 1 })
    expect(LOCALE).toBe('en-GB')
    expect(day('2026-03-05')).toBe('5 Mar 2026')
    expect(money(99)).toBe('£0.99')
  })
})
