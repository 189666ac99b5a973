import type { Db } from '../context'
import { dealNameOfRow, leadNameSelections } from '../leads/leads.repo'

export interface DueFollowUp {
  activityId: number
  leadId: number
  leadName: string
  subject: string
  dueAt: string
}

/** Open follow-ups that fell due after `from` and up to `to` (ISO instants), oldest first. */
export async function dueFollowUpsBetween(db: Db, from: string, to: string, limit = 50): Promise<DueFollowUp[]> {
  const rows = await db
    .selectFrom('activities as a')
    .innerJoin('leads as l', 'l.id', 'a.lead_id')
    .select(leadNameSelections('l'))
    .select(['a.id as activityId', 'a.lead_id as leadId', 'a.subject', 'a.due_at as dueAt'])
    .where('a.done_at', 'is', null)
    .where('a.due_at', '>', from)
    .where('a.due_at', '<=', to)
    .orderBy('a.due_at')
    .orderBy('a.id')
    .limit(limit)
    .execute()
  return rows.map((row) => ({ activityId: row.activityId, leadId: row.leadId, leadName: dealNameOfRow(row), subject: row.subject, dueAt: row.dueAt ?? to }))
}
