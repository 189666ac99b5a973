import { describe, expect, it } from 'vitest'
import { formatCell } from './report'
import { addActivityTallies, doneOfPlanned } from './activities'

describe('done of planned', () => {
  it('is the share of the planned activities that are done, and nothing when nothing was planned', () => {
    expect(doneOfPlanned({ planned: 4, plannedDone: 3 })).toBe(0.75)
    expect(doneOfPlanned({ planned: 2, plannedDone: 2 })).toBe(1)
    expect(doneOfPlanned({ planned: 0, plannedDone: 0 })).toBeNull()
  })

  it('never reads 100% while a planned activity is still open', () => {
    const share = doneOfPlanned({ planned: 400, plannedDone: 399 })
    expect(share).toBe(0.99)
    expect(formatCell(share, 'ratio', 'USD', 'en-US')).toBe('99.0%')
    expect(formatCell(doneOfPlanned({ planned: 1000, plannedDone: 999 }), 'ratio', 'USD', 'en-US')).not.toMatch(/^100/)
  })

  it('adds tallies up before the share is taken', () => {
    const total = addActivityTallies({ planned: 3, plannedDone: 2, overdue: 1, unplanned: 2 }, { planned: 1, plannedDone: 1, overdue: 0, unplanned: 0 })
    expect(total).toEqual({ planned: 4, plannedDone: 3, overdue: 1, unplanned: 2 })
    expect(doneOfPlanned(total)).toBe(0.75)
  })
})
