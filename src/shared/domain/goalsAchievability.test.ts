import { describe, expect, it } from 'vitest'
import { checkAchievability, type PastValue } from './goalsAchievability'
import { previousPeriods } from './goalsPeriod'

const quarters = previousPeriods('2026-10-01', '2026-12-31', 4)
const history = (values: Array<number | null>): PastValue[] => values.map((value, i) => ({ ...(quarters[i] as PastValue), value }))
const base = { kind: 'quarter' as const, periodDays: 92 }

describe('achievability against the firm’s own history', () => {
  it('warns with the numbers when the target needs more than 1.5× the best quarter', () => {
    const check = checkAchievability({ ...base, metric: 'won_revenue', target: 4_600_001, history: history([2_000_000, 3_066_667, 1_500_000, null]) })
    expect(check.verdict).toBe('too_hard')
    expect(check.best).toBe(3_066_667)
    expect(check.message).toContain('Q2 2026')
    expect(check.message).toContain('$30,666.67')
    expect(check.message).toMatch(/1\.5×/)
  })

  it('accepts exactly 1.5× the best, and anything down to the worst', () => {
    expect(checkAchievability({ ...base, metric: 'deals_won', target: 30, history: history([20, 12, 10, 15]) }).verdict).toBe('fine')
    expect(checkAchievability({ ...base, metric: 'deals_won', target: 10, history: history([20, 12, 10, 15]) }).verdict).toBe('fine')
  })

  it('calls a target below the worst past quarter too easy', () => {
    const check = checkAchievability({ ...base, metric: 'deals_won', target: 9, history: history([20, 12, 10, 15]) })
    expect(check.verdict).toBe('too_easy')
    expect(check.message).toContain('below your worst')
    expect(check.message).toContain('(10)')
  })

  it('turns around for lower-is-better: a CPL target under best ÷ 1.5 is too hard, over the worst too easy', () => {
    const past = history([6000, 4500, 9000, null])
    expect(checkAchievability({ ...base, metric: 'cpl', target: 3000, history: past }).verdict).toBe('fine')
    expect(checkAchievability({ ...base, metric: 'cpl', target: 2999, history: past }).verdict).toBe('too_hard')
    expect(checkAchievability({ ...base, metric: 'cpl', target: 9000, history: past }).verdict).toBe('fine')
    expect(checkAchievability({ ...base, metric: 'cpl', target: 9001, history: past }).verdict).toBe('too_easy')
  })

  it('says so when there is no history, or only empty quarters', () => {
    expect(checkAchievability({ ...base, metric: 'win_rate', target: 0.3, history: history([null, null, null, null]) }).verdict).toBe('no_history')
    const check = checkAchievability({ ...base, metric: 'new_leads', target: 100, history: history([0, 0, 0, 0]) })
    expect(check.verdict).toBe('no_history')
    expect(check.message).toBe('No history to compare with: Baton has no new leads in the 6 quarters before this one.')
  })

  it('does not judge a figure the firm tracks itself', () => {
    expect(checkAchievability({ ...base, metric: 'manual', target: 2000, history: [] }).verdict).toBe('manual')
  })
})
