import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computerTimeZone, instantAt, todayIn } from '@shared/domain/firmClock'
import type { Lead } from '@shared/domain/leads'
import type { Pipeline } from '@shared/domain/pipelines'
import { useProcessTimeZone } from '../../../../test/fixtures/time-zones'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'
import { queryValue } from '../../../../test/fixtures/sql'

// The workspace's time zone is the computer's (the migration that added it takes it from there).
const localDay = (at: Date = new Date()) => todayIn(computerTimeZone(), at)

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString()

describe('activities', () => {
  let t: TestWorkspace
  let dana: Lead
  const lastActivity = async (id = dana.id) => (await t.call('leads.get', { id })).lastActivityAt

  beforeEach(async () => {
    t = await testWorkspace()
    dana = await t.call('leads.create', { personName: 'Dana Li', company: 'Smile Clinic' })
  })
  afterEach(() => t.dispose())

  it('logs a call as done now and moves the lead’s last activity to it', async () => {
    const call = await t.call('activities.create', { leadId: dana.id, kind: 'call', subject: '  Intro call  ', body: 'Wants a demo' })
    expect(call).toMatchObject({ leadId: dana.id, kind: 'call', subject: 'Intro call', body: 'Wants a demo', dueAt: null })
    expect(call.doneAt).not.toBeNull()
    expect(await lastActivity()).toBe(call.doneAt)
  })

  it('keeps tasks and anything due later open, and logs a past meeting as done when it happened', async () => {
    const task = await t.call('activities.create', { leadId: dana.id, kind: 'task', subject: 'Send pricing' })
    const meeting = await t.call('activities.create', { leadId: dana.id, kind: 'meeting', subject: 'Demo', dueAt: inHours(48) })
    expect(task.doneAt).toBeNull()
    expect(meeting.doneAt).toBeNull()
    expect(await lastActivity()).toBeNull()
    const past = inHours(-5)
    const held = await t.call('activities.create', { leadId: dana.id, kind: 'meeting', subject: 'Coffee', dueAt: past })
    expect(held.doneAt).toBe(past)
    expect(await lastActivity()).toBe(past)
    // Told explicitly, it is believed.
    const logged = await t.call('activities.create', { leadId: dana.id, kind: 'task', subject: 'Done already', done: true })
    expect(logged.doneAt).not.toBeNull()
    const note = await t.call('activities.create', { leadId: dana.id, kind: 'note', subject: 'Not yet', done: false })
    expect(note.doneAt).toBeNull()
  })

  it('never moves the last activity back in time', async () => {
    const now = await t.call('activities.create', { leadId: dana.id, kind: 'email', subject: 'Sent deck' })
    await t.call('activities.create', { leadId: dana.id, kind: 'call', subject: 'Older call', dueAt: inHours(-30) })
    expect(await lastActivity()).toBe(now.doneAt)
  })

  it('completes and un-completes, recomputing the last activity from what is still done', async () => {
    const earlier = inHours(-24)
    const call = await t.call('activities.create', { leadId: dana.id, kind: 'call', subject: 'Call', dueAt: earlier })
    const task = await t.call('activities.create', { leadId: dana.id, kind: 'task', subject: 'Send pricing', dueAt: inHours(2) })
    expect(await lastActivity()).toBe(earlier)

    const done = await t.call('activities.complete', { id: task.id, done: true })
    expect(done.doneAt).not.toBeNull()
    expect(await lastActivity()).toBe(done.doneAt)
    // Completing twice changes nothing.
    expect((await t.call('activities.complete', { id: task.id, done: true })).doneAt).toBe(done.doneAt)

    await expect(t.call('activities.complete', { id: task.id, done: false })).resolves.toMatchObject({ doneAt: null })
    expect(await lastActivity()).toBe(earlier)

    await t.call('activities.delete', { id: call.id })
    expect(await lastActivity()).toBeNull()
  })

  it('edits only the given fields', async () => {
    const task = await t.call('activities.create', { leadId: dana.id, kind: 'task', subject: 'Send pricing', body: 'v2', dueAt: inHours(3) })
    const edited = await t.call('activities.update', { id: task.id, fields: { subject: 'Send pricing v3' } })
    expect(edited).toMatchObject({ subject: 'Send pricing v3', body: 'v2', dueAt: task.dueAt, kind: 'task' })
    const cleared = await t.call('activities.update', { id: task.id, fields: { dueAt: null, body: '', kind: 'email' } })
    expect(cleared).toMatchObject({ subject: 'Send pricing v3', body: null, dueAt: null, kind: 'email' })
    expect(await t.fail('activities.update', { id: task.id, fields: { subject: ' ' } })).toMatchObject({ code: 'invalid_input', field: 'fields.subject' })
  })

  it('lists open activities first (soonest due first), then the rest newest first', async () => {
    const made: string[] = []
    const add = async (subject: string, kind: 'task' | 'call', dueAt: string | null = null) => {
      await t.call('activities.create', { leadId: dana.id, kind, subject, dueAt })
      made.push(subject)
    }
    await add('old call', 'call')
    await add('task no date', 'task')
    await add('task later', 'task', inHours(48))
    await add('new call', 'call')
    await add('task soon', 'task', inHours(1))
    const list = await t.call('activities.list', { leadId: dana.id })
    expect(list.map((a) => a.subject)).toEqual(['task soon', 'task later', 'task no date', 'new call', 'old call'])
    expect(await t.fail('activities.list', { leadId: 999 })).toMatchObject({ code: 'not_found' })
  })

  it('validates kind, subject and due time with messages for the form', async () => {
    expect(await t.fail('activities.create', { leadId: dana.id, kind: 'lunch' as 'call', subject: 'x' })).toMatchObject({ field: 'kind' })
    expect(await t.fail('activities.create', { leadId: dana.id, kind: 'call', subject: '' })).toMatchObject({
      field: 'subject',
      message: 'Say in a few words what this is about',
    })
    expect(await t.fail('activities.create', { leadId: dana.id, kind: 'call', subject: 'x', dueAt: 'tomorrow' })).toMatchObject({ field: 'dueAt' })
    expect(await t.fail('activities.create', { leadId: 999, kind: 'call', subject: 'x' })).toMatchObject({ code: 'not_found' })
  })

  it('goes away with its lead', async () => {
    await t.call('activities.create', { leadId: dana.id, kind: 'call', subject: 'Call' })
    await t.call('leads.delete', { id: dana.id })
    expect(await queryValue(t.database.db, sql`SELECT count(*) FROM activities`)).toBe(0)
  })
})

describe('follow-ups today', () => {
  let t: TestWorkspace
  let sales: Pipeline
  const stage = (name: string) => sales.stages.find((s) => s.name === name)!.id
  const endOfToday = () => {
    const end = new Date()
    end.setHours(23, 59, 59, 999)
    return end.toISOString()
  }

  beforeEach(async () => {
    t = await testWorkspace()
    ;[sales] = (await t.call('pipelines.list', {})) as [Pipeline]
  })
  afterEach(() => t.dispose())

  it('lists open activities due by the end of today, soonest first, flagging the overdue ones', async () => {
    const dana = await t.call('leads.create', { personName: 'Dana Li', company: 'Smile Clinic', stageId: stage('Qualified') })
    const bo = await t.call('leads.create', { personName: 'Bo Chen' })
    const overdue = await t.call('activities.create', { leadId: dana.id, kind: 'task', subject: 'Overdue', dueAt: inHours(-30) })
    const dueSoon = new Date(Math.min(Date.now() + 60_000, Date.parse(endOfToday())))
    const today = await t.call('activities.create', { leadId: bo.id, kind: 'task', subject: 'Today', dueAt: dueSoon.toISOString() })
    await t.call('activities.create', { leadId: bo.id, kind: 'task', subject: 'Next week', dueAt: inHours(24 * 7) })
    const done = await t.call('activities.create', { leadId: bo.id, kind: 'task', subject: 'Done', dueAt: inHours(-2) })
    await t.call('activities.complete', { id: done.id, done: true })
    await t.call('activities.create', { leadId: bo.id, kind: 'task', subject: 'No date' })

    const list = await t.call('followUps.today', { until: endOfToday() })
    expect(list.map((f) => [f.activity.subject, f.overdue])).toEqual([
      ['Overdue', true],
      ['Today', false],
    ])
    expect(list[0]).toMatchObject({ leadId: dana.id, dealName: 'Dana Li', company: 'Smile Clinic', stageName: 'Qualified', activity: { id: overdue.id } })
    expect(list[1]?.activity.id).toBe(today.id)
  })

  it('leaves out closed leads and snoozed ones', async () => {
    const won = await t.call('leads.create', { personName: 'Won lead' })
    const lost = await t.call('leads.create', { personName: 'Lost lead' })
    const snoozed = await t.call('leads.create', { personName: 'Snoozed lead' })
    const open = await t.call('leads.create', { personName: 'Open lead' })
    for (const lead of [won, lost, snoozed, open]) await t.call('activities.create', { leadId: lead.id, kind: 'task', subject: lead.dealName, dueAt: inHours(-1) })
    await t.call('leads.move', { leadId: won.id, stageId: stage('Won') })
    await t.call('leads.move', { leadId: lost.id, stageId: stage('Lost'), lostReason: 'No budget' })
    await t.call('leads.snooze', { id: snoozed.id, until: localDay(new Date(Date.now() + 2 * 86_400_000)) })
    expect((await t.call('followUps.today', { until: endOfToday() })).map((f) => f.dealName)).toEqual(['Open lead'])
  })
})

describe('Today on the firm’s clock', () => {
  useProcessTimeZone('America/Los_Angeles')
  let t: TestWorkspace
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    t = await testWorkspace()
  })
  afterEach(async () => {
    await t.dispose()
    vi.useRealTimers()
  })

  it('lists what is due by the end of the firm’s day, and snoozes until the firm’s day comes', async () => {
    const zone = 'Pacific/Auckland'
    const at = (day: string, time: string) => instantAt(day, time, zone)
    await t.call('preferences.update', { timeZone: zone })
    // 22:00 on 31 March in Auckland, 02:00 that day in Los Angeles where this computer is.
    vi.setSystemTime(new Date(at('2026-03-31', '22:00')))
    const lead = await t.call('leads.create', { personName: 'Dana Li' })
    const later = await t.call('leads.create', { personName: 'Kai Tanaka' })
    await t.call('activities.create', { leadId: lead.id, kind: 'task', subject: 'Before midnight', dueAt: at('2026-03-31', '23:30') })
    await t.call('activities.create', { leadId: lead.id, kind: 'task', subject: 'Tomorrow morning', dueAt: at('2026-04-01', '00:30') })
    await t.call('activities.create', { leadId: later.id, kind: 'task', subject: 'Snoozed call', dueAt: at('2026-03-31', '09:00') })
    expect(await t.fail('leads.snooze', { id: later.id, until: '2026-03-31' })).toMatchObject({ field: 'until' })
    await t.call('leads.snooze', { id: later.id, until: '2026-04-01' })
    expect((await t.call('followUps.today', {})).map((f) => [f.activity.subject, f.overdue])).toEqual([['Before midnight', false]])
    // Half an hour into 1 April there: the morning task is today's, and the snoozed lead is back with its overdue call.
    vi.setSystemTime(new Date(at('2026-04-01', '00:05')))
    expect((await t.call('followUps.today', {})).map((f) => [f.activity.subject, f.overdue])).toEqual([
      ['Snoozed call', true],
      ['Before midnight', true],
      ['Tomorrow morning', false],
    ])
  })
})
