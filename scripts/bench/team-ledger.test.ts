import { describe, expect, it } from 'vitest'
import { checkLedger, percentile, type Ledger, type Observed } from './team-ledger'

describe('percentile', () => {
  it('takes the nearest rank, whatever order the values came in', () => {
    const values = [9, 1, 8, 2, 7, 3, 6, 4, 5, 10]
    expect(percentile(values, 50)).toBe(5)
    expect(percentile(values, 95)).toBe(10)
    expect(percentile(values, 10)).toBe(1)
    expect(percentile(values, 100)).toBe(10)
  })

  it('gives the one value of a single sample, and NaN for none', () => {
    expect(percentile([42], 50)).toBe(42)
    expect(percentile([42], 95)).toBe(42)
    expect(percentile([], 50)).toBeNaN()
  })

  it('leaves the values it was given in their order', () => {
    const values = [3, 1, 2]
    percentile(values, 50)
    expect(values).toEqual([3, 1, 2])
  })
})

const ledger = (): Ledger => ({
  moves: [
    { leadId: 1, from: 10, to: 11 },
    { leadId: 2, from: 10, to: 12 },
    { leadId: 1, from: 11, to: 12 },
  ],
  edits: [
    { leadId: 1, notes: 'first' },
    { leadId: 1, notes: 'second' },
  ],
  created: [{ id: 100, personName: 'team-c0-1' }],
  activities: [{ id: 7, leadId: 2, subject: 'team c1 call 3' }],
})

const observed = (): Observed => ({
  history: [
    { leadId: 1, from: 10, to: 11 },
    { leadId: 2, from: 10, to: 12 },
    { leadId: 1, from: 11, to: 12 },
  ],
  leads: new Map([
    [1, { stageId: 12, notes: 'second' }],
    [2, { stageId: 12, notes: null }],
  ]),
  created: [{ id: 100, personName: 'team-c0-1' }],
  activities: [{ id: 7, leadId: 2, subject: 'team c1 call 3' }],
})

describe('checkLedger', () => {
  it('finds nothing wrong when every acknowledged write is there once, in order', () => {
    expect(checkLedger(ledger(), observed())).toEqual([])
  })

  it('reports a lost move, a duplicated one and moves out of order', () => {
    const lost = observed()
    lost.history.pop()
    expect(checkLedger(ledger(), lost)[0]).toBe('lead 1: acknowledged moves 10→11 11→12 but the stage history holds 10→11')

    const twice = observed()
    twice.history.push({ leadId: 2, from: 10, to: 12 })
    expect(checkLedger(ledger(), twice)).toEqual(['lead 2: acknowledged moves 10→12 but the stage history holds 10→12 10→12'])

    const swapped = observed()
    swapped.history = [swapped.history[2]!, swapped.history[1]!, swapped.history[0]!]
    expect(checkLedger(ledger(), swapped)).toEqual(['lead 1: acknowledged moves 10→11 11→12 but the stage history holds 11→12 10→11'])
  })

  it('reports history for a lead no client moved, and a lead left in another stage', () => {
    const stray = observed()
    stray.history.push({ leadId: 3, from: null, to: 10 })
    stray.leads.set(1, { stageId: 11, notes: 'second' })
    expect(checkLedger(ledger(), stray)).toEqual([
      'lead 1 is in stage 11, not 12 where its last acknowledged move put it',
      'lead 3: acknowledged moves (none) but the stage history holds ∅→10',
    ])
  })

  it('wants the last acknowledged edit, not an earlier one', () => {
    const stale = observed()
    stale.leads.set(1, { stageId: 12, notes: 'first' })
    expect(checkLedger(ledger(), stale)).toEqual(['lead 1\'s notes are “first”, not the last acknowledged edit “second”'])
  })

  it('reports a new lead or activity missing, doubled or never acknowledged', () => {
    const missing = observed()
    missing.created = []
    expect(checkLedger(ledger(), missing)).toEqual(['acknowledged new lead 100 team-c0-1 is there not at all'])

    const doubled = observed()
    doubled.activities.push({ id: 7, leadId: 2, subject: 'team c1 call 3' })
    expect(checkLedger(ledger(), doubled)).toEqual(['acknowledged activity 7 2 team c1 call 3 is there 2 times'])

    const phantom = observed()
    phantom.created.push({ id: 101, personName: 'team-c0-2' })
    expect(checkLedger(ledger(), phantom)).toEqual(['new lead 101 team-c0-2 is there but was never acknowledged'])
  })
})
