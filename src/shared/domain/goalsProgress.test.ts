import { describe, expect, it } from 'vitest'
import { burnUpDays, elapsedDays, forecastAtEnd, goalProgress, goalStatus, idealAt, shareOfTarget, type ProgressInput } from './goalsProgress'

// A 100-day period makes the shares easy to read: day 50 is half way.
const START = '2026-01-01'
const END = '2026-04-10'
const at = (day: number) => new Date(Date.parse(`${START}T00:00:00Z`) + (day - 1) * 86_400_000).toISOString().slice(0, 10)

function input(over: Partial<ProgressInput>): ProgressInput {
  return { metric: 'won_revenue', startsOn: START, endsOn: END, today: at(50), current: 0, target: 1000, baseline: null, ...over }
}

describe('elapsed days and the ideal pace', () => {
  it('counts both ends of the period and clamps outside it', () => {
    expect(elapsedDays(START, END, '2025-12-31')).toBe(0)
    expect(elapsedDays(START, END, START)).toBe(1)
    expect(elapsedDays(START, END, at(50))).toBe(50)
    expect(elapsedDays(START, END, END)).toBe(100)
    expect(elapsedDays(START, END, '2026-05-01')).toBe(100)
  })

  it('draws a cumulative target from zero and a ratio from its baseline', () => {
    expect(idealAt('won_revenue', 1000, 400, 25, 100)).toBe(250)
    expect(idealAt('win_rate', 0.3, 0.2, 50, 100)).toBeCloseTo(0.25)
    expect(idealAt('win_rate', 0.3, null, 50, 100)).toBe(0.3)
    expect(idealAt('cpl', 4000, 6000, 100, 100)).toBe(4000)
  })
})

describe('forecast at the end date', () => {
  it('extends a sum at its pace so far', () => {
    expect(forecastAtEnd('won_revenue', 400, null, 50, 100)).toBe(800)
    expect(forecastAtEnd('deals_won', 3, null, 100, 100)).toBe(3)
    expect(forecastAtEnd('deals_won', 3, null, 0, 100)).toBeNull()
  })
  it('keeps a ratio where it stands: the ratio over the days so far', () => {
    expect(forecastAtEnd('win_rate', 0.25, 0.1, 10, 100)).toBe(0.25)
    expect(forecastAtEnd('cpl', null, null, 10, 100)).toBeNull()
  })
  it('extends a reading from its baseline', () => {
    expect(forecastAtEnd('manual', 1200, 1000, 50, 100)).toBe(1400)
    expect(forecastAtEnd('manual', 1200, null, 50, 100)).toBe(1200)
  })
})

describe('share of the target', () => {
  it('turns around for lower-is-better metrics', () => {
    expect(shareOfTarget('cpl', 5000, 4000, null)).toBe(0.8)
    expect(shareOfTarget('cpl', 0, 4000, null)).toBe(1)
    expect(shareOfTarget('won_revenue', 250, 1000, null)).toBe(0.25)
    expect(shareOfTarget('manual', 1500, 2000, 1000)).toBe(0.5)
  })
})

describe('status rule at its boundaries', () => {
  it('is on track when the forecast meets the target exactly, at risk just under, down to 80%', () => {
    expect(goalProgress(input({ current: 500 })).status).toBe('on_track') // forecast 1000 of 1000
    expect(goalProgress(input({ current: 499 })).status).toBe('at_risk') // forecast 998
    expect(goalProgress(input({ current: 400 })).status).toBe('at_risk') // forecast exactly 80%
    expect(goalProgress(input({ current: 399 })).status).toBe('off_track')
  })

  it('calls a short pace at risk, not off track, in the first tenth of the period', () => {
    expect(goalProgress(input({ today: at(9), current: 0 })).status).toBe('at_risk')
    expect(goalProgress(input({ today: at(10), current: 0 })).status).toBe('off_track')
  })

  it('marks a sum achieved as soon as it reaches the target, but not a ratio', () => {
    expect(goalProgress(input({ current: 1000, today: at(20) })).status).toBe('achieved')
    expect(goalProgress(input({ metric: 'win_rate', target: 0.3, current: 0.3, today: at(20) })).status).toBe('on_track')
  })

  it('settles on achieved or missed the day after the end, judged on the final figure', () => {
    expect(goalProgress(input({ today: END, current: 999 })).status).toBe('at_risk')
    expect(goalProgress(input({ today: at(101), current: 999 })).status).toBe('missed')
    expect(goalProgress(input({ metric: 'win_rate', target: 0.3, current: 0.3, today: at(101) })).status).toBe('achieved')
    expect(goalProgress(input({ metric: 'cpl', target: 4000, current: 4001, today: at(101) })).status).toBe('missed')
    expect(goalProgress(input({ metric: 'cpl', target: 4000, current: 4000, today: at(101) })).status).toBe('achieved')
  })

  it('handles lower-is-better on the way: a CPL over target by a quarter is off track', () => {
    expect(goalProgress(input({ metric: 'cpl', target: 4000, current: 4000 })).status).toBe('on_track')
    expect(goalProgress(input({ metric: 'cpl', target: 4000, current: 5000 })).status).toBe('at_risk') // 80%
    expect(goalProgress(input({ metric: 'cpl', target: 4000, current: 5001 })).status).toBe('off_track')
  })

  it('is on track before the start and at risk while a ratio has no data', () => {
    expect(goalProgress(input({ today: '2025-12-20', current: 0 })).status).toBe('on_track')
    expect(goalProgress(input({ metric: 'win_rate', target: 0.3, current: null })).status).toBe('at_risk')
    expect(goalProgress(input({ metric: 'win_rate', target: 0.3, current: null, today: at(120) })).status).toBe('missed')
  })

  it('reports percent, pace and forecast together', () => {
    expect(goalProgress(input({ current: 600 }))).toEqual({
      current: 600,
      target: 1000,
      baseline: null,
      percent: 0.6,
      expectedNow: 500,
      forecast: 1200,
      status: 'on_track',
      elapsedDays: 50,
      totalDays: 100,
    })
  })

  it('needs the forecast share, not the current one, for a reading', () => {
    const base = { metric: 'manual' as const, target: 2000, baseline: 1000, elapsed: 50, totalDays: 100, startsOn: START, endsOn: END, today: at(50) }
    expect(goalStatus({ ...base, current: 1500, forecast: 2000 })).toBe('on_track')
    expect(goalStatus({ ...base, current: 1400, forecast: 1800 })).toBe('at_risk')
  })
})

describe('burn-up sample days', () => {
  it('ends on the last day and steps evenly', () => {
    expect(burnUpDays(START, END, 10)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
    expect(burnUpDays('2026-01-01', '2026-01-03', 13)).toEqual([1, 2, 3])
  })
})
