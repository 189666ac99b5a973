import { vi } from 'vitest'
import type { InputOf, Method, ResultOf } from '@shared/contract'
import { instantAt } from '@shared/domain/firmClock'
import type { Dispatch } from '../../ipc/dispatch'

// A small firm built only through the dispatcher, as a person would build it day by day: the
// system clock is moved to each moment (only Date is faked), so every created_at, closed_at and
// done_at is written by the app itself. Times are wall-clock times of the firm's own zone, so the
// same firm lands on the same calendar whichever zone it is in. reconciliation.test.ts works out
// every figure of it by hand.
//
// Default pipeline: 1 New (10%), 2 Contacted, 3 Qualified (40%, the qualified stage), 4 Proposal,
// 5 Negotiation, 6 Won, 7 Lost.

export const STAGE = { new: 1, qualified: 3, won: 6, lost: 7 } as const

export type Call = <M extends Method>(method: M, input: InputOf<M>) => Promise<ResultOf<M>>

/** Calls through the dispatcher and fails the test on an error value. */
export function caller(dispatch: Dispatch): Call {
  return async (method, input) => {
    const result = await dispatch(method, input)
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`)
    return result.value as never
  }
}

export interface Firm {
  campaigns: { webinar: number; ads: number; newsletter: number }
  leads: Record<'ana' | 'ben' | 'cara' | 'dan' | 'eve' | 'finn' | 'gus' | 'hana', number>
  /** The firm's wall clock as an instant: `at('2026-03-31', '23:30')`. */
  at(day: string, time: string): string
  /** Moves the system clock to that wall-clock moment. */
  clock(day: string, time: string): void
}

export async function buildFirm(call: Call, zone: string): Promise<Firm> {
  const at = (day: string, time: string) => instantAt(day, time, zone)
  const clock = (day: string, time: string) => vi.setSystemTime(new Date(at(day, time)))

  clock('2026-01-05', '09:00')
  await call('preferences.update', { timeZone: zone })
  const campaign = async (name: string, channel: 'event' | 'social_ads' | 'email') => (await call('campaigns.create', { name, channel, status: 'active' })).id
  const webinar = await campaign('Spring webinar', 'event')
  const ads = await campaign('LinkedIn ads', 'social_ads')
  const newsletter = await campaign('Newsletter', 'email')

  // Spend is booked on calendar days, which no time zone moves.
  const spend = (campaignId: number, spentOn: string, amountMinor: number) => call('campaignSpend.create', { campaignId, fields: { spentOn, amountMinor, note: null } })
  await spend(webinar, '2026-02-27', 15_000)
  await spend(webinar, '2026-03-02', 30_000)
  await spend(webinar, '2026-03-31', 20_000)
  await spend(ads, '2026-03-15', 100_000)
  await spend(ads, '2026-04-01', 99_999)
  await spend(newsletter, '2026-03-10', 5_000)

  const lead = async (day: string, time: string, personName: string, fields: { source?: number; valueMinor?: number; owner?: string } = {}) => {
    clock(day, time)
    const created = await call('leads.create', { personName, sourceCampaignId: fields.source ?? null, valueMinor: fields.valueMinor ?? 0, owner: fields.owner ?? null })
    return created.id
  }
  const move = async (day: string, time: string, leadId: number, stageId: number, extra: { wonValueMinor?: number; lostReason?: string } = {}) => {
    clock(day, time)
    await call('leads.move', { leadId, stageId, beforeLeadId: null, ...extra })
  }
  const touch = async (day: string, time: string, leadId: number, campaignId: number) => {
    clock(day, time)
    await call('touchpoints.add', { leadId, campaignId, note: null })
  }

  // February: the period before.
  const gus = await lead('2026-02-10', '10:00', 'Gus Berg', { source: webinar, valueMinor: 80_000 })
  await move('2026-02-20', '10:00', gus, STAGE.won)
  const dan = await lead('2026-02-27', '10:00', 'Dan Ruiz', { source: webinar, valueMinor: 30_000 })

  // March. Ana arrives half an hour into the month (the day before, in UTC, east of it).
  const ana = await lead('2026-03-01', '00:30', 'Ana Costa', { source: webinar, valueMinor: 120_000, owner: 'Sam' })
  await move('2026-03-02', '09:00', dan, STAGE.won)
  await move('2026-03-03', '10:00', ana, STAGE.qualified)
  const ben = await lead('2026-03-05', '14:00', 'Ben Okafor', { source: ads, valueMinor: 100_001, owner: 'Priya' })
  await touch('2026-03-06', '09:00', ben, newsletter)
  const hana = await lead('2026-03-08', '09:00', 'Hana Sato', { source: ads, valueMinor: 70_000 })
  await touch('2026-03-10', '09:00', ana, ads)
  const eve = await lead('2026-03-12', '11:00', 'Eve Lund')
  await move('2026-03-18', '16:00', eve, STAGE.lost, { lostReason: 'Price' })
  await move('2026-03-20', '15:00', ana, STAGE.won, { wonValueMinor: 120_000 })
  // After Ana's deal closed: earns no share of it.
  await touch('2026-03-25', '09:00', ana, newsletter)
  // The month's last half hour.
  await move('2026-03-31', '23:30', ben, STAGE.won)
  const cara = await lead('2026-03-31', '23:45', 'Cara Dietz', { source: newsletter, valueMinor: 50_000 })
  await move('2026-03-31', '23:50', cara, STAGE.qualified)

  // April: a quarter of an hour in.
  const finn = await lead('2026-04-01', '00:15', 'Finn Hale', { source: ads, valueMinor: 10_000 })
  await move('2026-04-01', '08:00', hana, STAGE.lost, { lostReason: 'Timing' })

  await activities(call, { at, clock }, { ana, ben })
  return { campaigns: { webinar, ads, newsletter }, leads: { ana, ben, cara, dan, eve, finn, gus, hana }, at, clock }
}

/** Sam's work on Ana's deal and Priya's on Ben's: planned tasks (done, late, overdue) and calls and emails logged after the fact. */
async function activities(call: Call, firm: Pick<Firm, 'at' | 'clock'>, leads: { ana: number; ben: number }): Promise<void> {
  const plan = async (day: string, time: string, leadId: number, subject: string, [dueDay, dueTime]: [string, string]) => {
    firm.clock(day, time)
    return (await call('activities.create', { leadId, kind: 'task', subject, dueAt: firm.at(dueDay, dueTime) })).id
  }
  const done = async (day: string, time: string, id: number) => {
    firm.clock(day, time)
    await call('activities.complete', { id, done: true })
  }
  const log = async (day: string, time: string, leadId: number, kind: 'call' | 'email', subject: string) => {
    firm.clock(day, time)
    await call('activities.create', { leadId, kind, subject })
  }
  const callBack = await plan('2026-03-01', '10:00', leads.ana, 'Call back', ['2026-03-03', '10:00'])
  await done('2026-03-03', '11:00', callBack)
  // Due on 30 March and never done: overdue.
  await plan('2026-03-20', '16:00', leads.ana, 'Send the proposal', ['2026-03-30', '17:00'])
  // Due on 15 March, done in April: planned in March and done, late.
  const lateTask = await plan('2026-03-10', '12:00', leads.ana, 'Check references', ['2026-03-15', '09:00'])
  await log('2026-03-12', '15:00', leads.ana, 'call', 'Intro call')
  await log('2026-03-31', '23:55', leads.ana, 'email', 'Sent the contract')
  const benTask = await plan('2026-03-31', '10:00', leads.ben, 'Confirm the order', ['2026-03-31', '23:00'])
  await done('2026-03-31', '23:10', benTask)
  // Planned for April: not March's work.
  await plan('2026-03-28', '09:00', leads.ana, 'Kick-off meeting', ['2026-04-02', '10:00'])
  await done('2026-04-03', '09:00', lateTask)
}
