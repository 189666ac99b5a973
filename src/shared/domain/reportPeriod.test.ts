import { describe, expect, it } from 'vitest'
import { bucketFor, bucketStarts, describeRange, openingPeriod, previousPeriod, resolvePeriod } from './reportPeriod'

describe('report periods', () => {
  const today = '2026-05-14' // a Thursday

  it('resolves each preset to whole calendar units', () => {
    expect(resolvePeriod('this_week', today, 1)).toEqual({ from: '2026-05-11', to: '2026-05-17' })
    expect(resolvePeriod('last_week', today, 0)).toEqual({ from: '2026-05-03', to: '2026-05-09' })
    expect(resolvePeriod('this_month', today)).toEqual({ from: '2026-05-01', to: '2026-05-31' })
    expect(resolvePeriod('last_month', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(resolvePeriod('this_quarter', today)).toEqual({ from: '2026-04-01', to: '2026-06-30' })
    expect(resolvePeriod('last_quarter', '2026-02-01')).toEqual({ from: '2025-10-01', to: '2025-12-31' })
    expect(resolvePeriod('this_year', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    expect(resolvePeriod('last_year', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(resolvePeriod('custom', today, 1, { from: '2026-05-09', to: '2026-05-01' })).toEqual({ from: '2026-05-01', to: '2026-05-09' })
  })

  it('compares with the unit before, or as many days before', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(previousPeriod({ from: '2026-01-01', to: '2026-03-31' })).toEqual({ from: '2025-10-01', to: '2025-12-31' })
    expect(previousPeriod({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(previousPeriod({ from: '2026-05-11', to: '2026-05-17' })).toEqual({ from: '2026-05-04', to: '2026-05-10' })
  })

  it('rolls the last 30 days, compared with the 30 before even when they are a whole month', () => {
    expect(resolvePeriod('last_30_days', today)).toEqual({ from: '2026-04-15', to: '2026-05-14' })
    const april = resolvePeriod('last_30_days', '2026-04-30')
    expect(april).toEqual({ from: '2026-04-01', to: '2026-04-30' })
    expect(previousPeriod(april, 'last_30_days')).toEqual({ from: '2026-03-02', to: '2026-03-31' })
    expect(previousPeriod(april, 'this_month')).toEqual({ from: '2026-03-01', to: '2026-03-31' })
  })

  it('opens the dashboard on the last 30 days until a week of the month has passed', () => {
    expect(openingPeriod('2026-05-01')).toBe('last_30_days')
    expect(openingPeriod('2026-05-07')).toBe('last_30_days')
    expect(openingPeriod('2026-05-08')).toBe('this_month')
    expect(openingPeriod('2026-05-31')).toBe('this_month')
  })

  it('chooses buckets by length and lists every one, empty ones included', () => {
    expect(bucketFor({ from: '2026-05-01', to: '2026-05-31' })).toBe('day')
    expect(bucketFor({ from: '2026-04-01', to: '2026-06-30' })).toBe('week')
    expect(bucketFor({ from: '2026-01-01', to: '2026-12-31' })).toBe('month')
    expect(bucketStarts({ from: '2026-04-01', to: '2026-04-20' }, 'week', 1)).toEqual(['2026-03-30', '2026-04-06', '2026-04-13', '2026-04-20'])
    expect(bucketStarts({ from: '2026-01-01', to: '2026-03-31' }, 'month')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01'])
  })

  it('names periods the way people say them', () => {
    expect(describeRange({ from: '2026-01-01', to: '2026-03-31' })).toBe('Q1 2026')
    expect(describeRange({ from: '2026-03-01', to: '2026-03-31' })).toBe('Mar 2026')
    expect(describeRange({ from: '2026-01-01', to: '2026-12-31' })).toBe('2026')
    expect(describeRange({ from: '2026-05-11', to: '2026-05-17' })).toBe('May 11 – May 17, 2026')
  })
})
