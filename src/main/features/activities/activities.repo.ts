import { sql } from 'kysely'
import type { Activity } from '@shared/domain/activities'
import type { ActivityKind } from '@shared/domain/enums'
import type { Db } from '../context'

export const ACTIVITY_COLUMNS = ['id', 'lead_id', 'kind', 'subject', 'body', 'due_at', 'done_at', 'created_at', 'updated_at'] as const

export interface ActivityRow {
  id: number
  lead_id: number
  kind: string
  subject: string
  body: string | null
  due_at: string | null
  done_at: string | null
  created_at: string
  updated_at: string
}

export function toActivity(row: ActivityRow): Activity {
  return {
    id: row.id,
    leadId: row.lead_id,
    kind: row.kind as ActivityKind,
    subject: row.subject,
    body: row.body,
    dueAt: row.due_at,
    doneAt: row.done_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export async function findActivity(db: Db, id: number): Promise<Activity | undefined> {
  const row = await db.selectFrom('activities').select(ACTIVITY_COLUMNS).where('id', '=', id).executeTakeFirst()
  return row && toActivity(row)
}

/** Open ones first, soonest due first (undated last); then done ones, newest first. */
export async function listActivities(db: Db, leadId: number): Promise<Activity[]> {
  const rows = await db
    .selectFrom('activities')
    .select(ACTIVITY_COLUMNS)
    .where('lead_id', '=', leadId)
    .orderBy(sql`done_at IS NULL`, 'desc')
    .orderBy(sql`CASE WHEN done_at IS NULL THEN coalesce(due_at, '9999') END`)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
  return rows.map(toActivity)
}

/** Moves the lead's last activity forward to `doneAt` (never back). */
export async function bumpLastActivity(db: Db, leadId: number, doneAt: string): Promise<void> {
  await sql`UPDATE leads SET last_activity_at = ${doneAt}
            WHERE id = ${leadId} AND (last_activity_at IS NULL OR last_activity_at < ${doneAt})`.execute(db)
}

/** Reads the lead's last activity again from its done activities (after one is undone or deleted). */
export async function recomputeLastActivity(db: Db, leadId: number): Promise<void> {
  await sql`UPDATE leads SET last_activity_at = (SELECT max(done_at) FROM activities WHERE lead_id = ${leadId} AND done_at IS NOT NULL)
            WHERE id = ${leadId}`.execute(db)
}
