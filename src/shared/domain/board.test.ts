import { describe, expect, it } from 'vitest'
import { isStale, staleClockStart } from './board'

const DAY = 86_400_000
const now = new Date('2026-03-20T12:00:00.000Z')
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString()
const lead = (over: { lastActivityAt?: string | null; stageEnteredAt: string; closedAt?: string | null }) => ({
  lastActivityAt: null,
  closedAt: null,
  ...over,
})

describe('the stale clock', () => {
  it('starts when the lead entered its stage if nothing was done since', () => {
    expect(staleClockStart(lead({ stageEnteredAt: ago(3 * DAY), lastActivityAt: ago(9 * DAY) }))).toBe(ago(3 * DAY))
    expect(staleClockStart(lead({ stageEnteredAt: ago(3 * DAY) }))).toBe(ago(3 * DAY))
  })

  it('starts at the last activity when it came after the stage change', () => {
    expect(staleClockStart(lead({ stageEnteredAt: ago(9 * DAY), lastActivityAt: ago(2 * DAY) }))).toBe(ago(2 * DAY))
  })
})

describe('isStale', () => {
  it('is stale only after more than the stage’s stale days (the exact boundary is still fresh)', () => {
    expect(isStale(lead({ stageEnteredAt: ago(7 * DAY) }), 7, now)).toBe(false)
    expect(isStale(lead({ stageEnteredAt: ago(7 * DAY + 1) }), 7, now)).toBe(true)
  })

  it('resets on a stage change: a lead neglected for months is fresh a second after it moves', () => {
    const moved = lead({ lastActivityAt: ago(120 * DAY), stageEnteredAt: ago(1000) })
    expect(isStale(moved, 7, now)).toBe(false)
  })

  it('resets on an activity in the stage', () => {
    expect(isStale(lead({ stageEnteredAt: ago(30 * DAY), lastActivityAt: ago(7 * DAY) }), 7, now)).toBe(false)
    expect(isStale(lead({ stageEnteredAt: ago(30 * DAY), lastActivityAt: ago(7 * DAY + 1) }), 7, now)).toBe(true)
  })

  it('never marks closed leads or stages without stale days', () => {
    expect(isStale(lead({ stageEnteredAt: ago(90 * DAY), closedAt: ago(90 * DAY) }), 7, now)).toBe(false)
    expect(isStale(lead({ stageEnteredAt: ago(90 * DAY) }), null, now)).toBe(false)
  })
})
