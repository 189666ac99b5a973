import type { Lead } from '@shared/domain/leads'
import { nowIso } from '@shared/domain/dates'
import { AppError } from '@shared/errors'
import type { Db } from '../context'
import { firmToday } from '../../db/calendar'
import { getLead } from './leads.service'

/**
 * Hides an open lead from the board until a later day (it comes back on that day by
 * itself: the board compares the day, nothing has to wake it). Null wakes it now.
 */
export async function snoozeLead(db: Db, id: number, until: string | null, reason: string | null, now: Date = new Date()): Promise<Lead> {
  const lead = await getLead(db, id)
  if (until !== null) {
    if (lead.closedAt !== null) throw new AppError('rule', `${lead.personName} is already closed, so there is nothing to snooze.`)
    if (until <= (await firmToday(db, now))) throw new AppError('rule', `Pick a day after today to snooze ${lead.personName} until.`, 'until')
  }
  await db
    .updateTable('leads')
    .set({ snoozed_until: until, snooze_reason: until === null ? null : reason, updated_at: nowIso() })
    .where('id', '=', id)
    .execute()
  return getLead(db, id)
}
