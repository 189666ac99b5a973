import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES, type Preferences } from '@shared/domain/preferences'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'
import { dueFollowUpsBetween } from './dueFollowUps'
import { createFollowUpNotifier, noticesFor, type Notice } from './followUpNotifier'

describe('follow-up notifier', () => {
  let t: TestWorkspace
  let clock: Date
  let prefs: Pick<Preferences, 'notificationsEnabled' | 'quietHours' | 'timeZone'>
  let shown: Notice[]
  let timers: Array<() => void>

  beforeEach(async () => {
    t = await testWorkspace()
    clock = new Date(2026, 2, 5, 9, 0) // local 09:00
    prefs = { ...DEFAULT_PREFERENCES }
    shown = []
    timers = []
  })
  afterEach(() => t.dispose())

  const notifier = () =>
    createFollowUpNotifier({
      now: () => clock,
      setTimer: (callback) => timers.push(callback),
      clearTimer: () => undefined,
      dueBetween: (from, to) => dueFollowUpsBetween(t.workspace.context.db, from, to),
      preferences: () => Promise.resolve(prefs),
      show: (notice) => shown.push(notice),
    })

  const at = (hours: number, minutes: number) => new Date(2026, 2, 5, hours, minutes)
  const followUp = async (personName: string, subject: string, due: Date) => {
    const lead = await t.call('leads.create', { personName })
    await t.call('activities.create', { leadId: lead.id, kind: 'task', subject, dueAt: due.toISOString() })
    return lead
  }

  it('announces a follow-up once, when it falls due, and not the ones overdue at start', async () => {
    await followUp('Old Overdue', 'Missed call', at(8, 0))
    const dana = await followUp('Dana Li', 'Send the proposal', at(9, 10))
    const n = notifier()
    clock = at(9, 5)
    expect(await n.tick()).toEqual([])
    clock = at(9, 10)
    expect(await n.tick()).toEqual([{ title: 'Follow up: Dana Li', body: 'Send the proposal', leadId: dana.id }])
    clock = at(9, 20)
    expect(await n.tick()).toEqual([])
    expect(shown).toHaveLength(1)
  })

  it('stays quiet in quiet hours and announces what fell due when they end, even across midnight', async () => {
    prefs = { ...DEFAULT_PREFERENCES, notificationsEnabled: true, quietHours: { startMinute: 22 * 60, endMinute: 7 * 60 } }
    clock = at(21, 0)
    const n = notifier()
    await followUp('Night Owl', 'Call back', at(23, 30))
    clock = at(23, 45)
    expect(await n.tick()).toEqual([])
    clock = new Date(2026, 2, 6, 6, 59)
    expect(await n.tick()).toEqual([])
    clock = new Date(2026, 2, 6, 7, 0)
    expect((await n.tick()).map((notice) => notice.title)).toEqual(['Follow up: Night Owl'])
  })

  it('says nothing when notifications are off, and does not catch up when they are turned on again', async () => {
    prefs = { ...DEFAULT_PREFERENCES, notificationsEnabled: false, quietHours: null }
    const n = notifier()
    await followUp('Dana Li', 'Send the proposal', at(9, 10))
    clock = at(9, 15)
    expect(await n.tick()).toEqual([])
    prefs = { ...DEFAULT_PREFERENCES, notificationsEnabled: true, quietHours: null }
    clock = at(9, 16)
    expect(await n.tick()).toEqual([])
  })

  it('leaves done follow-ups out, and sums up many at once in one notice that opens Today', async () => {
    const n = notifier()
    for (const name of ['A One', 'B Two', 'C Three', 'D Four', 'E Five']) await followUp(name, 'Call', at(9, 30))
    const done = await followUp('Done Already', 'Call', at(9, 30))
    const [activity] = await t.call('activities.list', { leadId: done.id })
    await t.call('activities.complete', { id: activity!.id, done: true })
    clock = at(9, 31)
    expect(await n.tick()).toEqual([{ title: '5 follow-ups are due', body: 'A One, B Two, C Three, D Four…', leadId: null }])
    expect(noticesFor([])).toEqual([])
  })

  it('checks again on its timer until stopped', async () => {
    const n = notifier()
    n.start()
    n.start()
    expect(timers).toHaveLength(1)
    timers[0]!()
    await expect.poll(() => timers.length).toBe(2)
    n.stop()
    timers[1]!()
    await new Promise((resolve) => setImmediate(resolve))
    expect(timers).toHaveLength(2)
  })
})
