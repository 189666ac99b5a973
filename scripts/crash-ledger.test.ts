import { describe, expect, it } from 'vitest'
import { checkCrash, readLedger, type CrashObserved } from './crash-ledger'

const LINES = ['ready', 'try lead crash-0', 'ack lead 11 crash-0', 'try move 11 3', 'ack move 11 3', 'try lead crash-2', 'ack lead 12 crash-2', 'try move 11 4']

/** What the database holds when exactly the acknowledged writes landed. */
const landed = (): CrashObserved => ({
  leads: [
    { id: 11, name: 'crash-0', stageId: 3, tags: 2 },
    { id: 12, name: 'crash-2', stageId: 1, tags: 2 },
  ],
  history: [
    { leadId: 11, from: null, to: 1 },
    { leadId: 12, from: null, to: 1 },
    { leadId: 11, from: 1, to: 3 },
  ],
})

describe('readLedger', () => {
  it('keeps the acknowledged writes in order and the one tried last without an acknowledgement', () => {
    expect(readLedger(LINES)).toEqual({
      acked: [
        { kind: 'lead', id: 11, name: 'crash-0' },
        { kind: 'move', leadId: 11, to: 3 },
        { kind: 'lead', id: 12, name: 'crash-2' },
      ],
      inFlight: { kind: 'move', leadId: 11, to: 4 },
    })
  })

  it('has nothing in flight when the last try was acknowledged, and ignores other lines', () => {
    expect(readLedger(['ready', 'try lead crash-0', 'ack lead 5 crash-0', 'down the server went away'])).toEqual({ acked: [{ kind: 'lead', id: 5, name: 'crash-0' }] })
  })
})

describe('checkCrash', () => {
  const ledger = readLedger(LINES)

  it('passes when the acknowledged writes are there, with or without the one in flight', () => {
    expect(checkCrash(ledger, landed())).toEqual([])
    const withInFlight = landed()
    withInFlight.history.push({ leadId: 11, from: 3, to: 4 })
    withInFlight.leads[0]!.stageId = 4
    expect(checkCrash(ledger, withInFlight)).toEqual([])
  })

  it('reports a lost lead, a doubled one and one never acknowledged', () => {
    const lost = landed()
    lost.leads.pop()
    expect(checkCrash(ledger, lost)).toEqual(['acknowledged lead crash-2 (id 12) is there 0 times'])

    const phantom = landed()
    phantom.leads.push({ id: 13, name: 'crash-9', stageId: 1, tags: 2 })
    phantom.history.push({ leadId: 13, from: null, to: 1 })
    expect(checkCrash(ledger, phantom)).toEqual(['lead crash-9 is there 1 times but was never acknowledged'])
  })

  it('accepts the lead in flight once, whole', () => {
    const creating = readLedger(['try lead crash-0', 'ack lead 11 crash-0', 'try lead crash-1'])
    const observed: CrashObserved = {
      leads: [
        { id: 11, name: 'crash-0', stageId: 1, tags: 2 },
        { id: 12, name: 'crash-1', stageId: 1, tags: 2 },
      ],
      history: [
        { leadId: 11, from: null, to: 1 },
        { leadId: 12, from: null, to: 1 },
      ],
    }
    expect(checkCrash(creating, observed)).toEqual([])
    observed.leads[1]!.tags = 1
    expect(checkCrash(creating, observed)).toEqual(['lead crash-1 has 1 of its 2 tags'])
  })

  it('reports a lost move and a half-written one', () => {
    const lostMove = landed()
    lostMove.history.pop()
    lostMove.leads[0]!.stageId = 1
    expect(checkCrash(ledger, lostMove)).toEqual(['lead crash-0: acknowledged moves to 3 but its history moves to (none)'])

    const halfMove = landed()
    halfMove.leads[0]!.stageId = 4
    expect(checkCrash(ledger, halfMove)).toEqual(['lead crash-0 is in stage 4 but its history ends in 3'])

    const broken = landed()
    broken.history.push({ leadId: 11, from: 2, to: 4 })
    broken.leads[0]!.stageId = 4
    expect(checkCrash(ledger, broken)).toEqual(["lead crash-0's stage history breaks at row 3"])
  })
})
