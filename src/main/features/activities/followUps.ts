import { sql } from 'kysely'
import type { FollowUp } from '@shared/domain/activities'
import type { Db } from '../context'
import { dealNameOfRow } from '../leads/leads.repo'
import { readFirmCalendar } from '../../db/calendar'
import { type ActivityRow, toActivity } from './activities.repo'

/** The "Today" view is a to-do list for a person; past this many it stops being one. */
export const FOLLOW_UPS_LIMIT = 1000

type FollowUpRow = ActivityRow & { title: string | null; person_name: string | null; company: string | null; stage_name: string }

/**
 * Open activities due by `until` (by default the end of the firm's today), soonest first,
 * across leads that are still open. Snoozed leads are left out until they come back.
 */
export async function followUpsUntil(db: Db, until: string | undefined, now: Date = new Date()): Promise<FollowUp[]> {
  const nowText = now.toISOString()
  const calendar = await readFirmCalendar(db)
  const today = calendar.today(now)
  const end = until === undefined ? (calendar.instants({ to: today }).until as string) : new Date(until).toISOString()
  const result = await sql<FollowUpRow>`
    SELECT a.id, a.lead_id, a.kind, a.subject, a.body, a.due_at, a.done_at, a.created_at, a.updated_at,
           l.title, (SELECT name FROM people WHERE id = l.person_id) AS person_name,
           (SELECT name FROM organizations WHERE id = l.organization_id) AS company, s.name AS stage_name
    FROM activities a
    JOIN leads l ON l.id = a.lead_id
    JOIN stages s ON s.id = l.stage_id
    WHERE a.done_at IS NULL AND a.due_at IS NOT NULL AND a.due_at ${until === undefined ? sql`<` : sql`<=`} ${end}
      AND l.closed_at IS NULL
      AND (l.snoozed_until IS NULL OR l.snoozed_until <= ${today})
    ORDER BY a.due_at, a.id
    LIMIT ${FOLLOW_UPS_LIMIT}`.execute(db)
  return result.rows.map((row) => ({
    activity: toActivity(row),
    leadId: row.lead_id,
    dealName: dealNameOfRow(row),
    company: row.company,
    stageName: row.stage_name,
    overdue: (row.due_at as string) < nowText,
  }))
}
