import { describe, expect, it } from 'vitest'
import { daysBetween, isRealDate, nowIso } from './dates'

describe('nowIso', () => {
  it('is an ISO-8601 UTC instant close to now', () => {
    const now = nowIso()
    expect(now).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
    expect(Math.abs(Date.parse(now) - Date.now())).toBeLessThan(5_000)
  })
})

describe('isRealDate', () => {
  it.each(['2026-01-31', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (day) => {
    expect(isRealDate(day)).toBe(true)
  })

  it.each([
    ['2026-02-29', 'not a leap year'],
    ['1900-02-29', 'century, not a leap year'],
    ['2026-13-01', 'month 13'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-00-10', 'month 0'],
    ['2026-1-01', 'one-digit month'],
    ['2026-01-01T00:00:00Z', 'an instant, not a day'],
    [' 2026-01-01', 'leading space'],
    ['01/02/2026', 'another format'],
    ['', 'empty'],
  ])('refuses %s (%s)', (day) => {
    expect(isRealDate(day)).toBe(false)
  })
})

describe('daysBetween', () => {
  it('counts whole days', () => {
    expect(daysBetween('2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z')).toBe(1)
    expect(daysBetween('2026-01-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z')).toBe(59)
  })

  it('rounds a part day down', () => {
    expect(daysBetween('2026-01-01T09:00:00.000Z', '2026-01-02T08:59:59.999Z')).toBe(0)
    expect(daysBetween('2026-01-01T09:00:00.000Z', '2026-01-03T09:00:00.000Z')).toBe(2)
  })

  it('is zero for the same instant and negative going back', () => {
    expect(daysBetween('2026-01-05T00:00:00.000Z', '2026-01-05T00:00:00.000Z')).toBe(0)
    expect(daysBetween('2026-01-05T00:00:00.000Z', '2026-01-03T00:00:00.000Z')).toBe(-2)
  })
})
