import type { z } from 'zod'
import type { ActivityInput, ActivityPatch } from '@shared/contract/activities'
import type { Activity } from '@shared/domain/activities'
import { nowIso } from '@shared/domain/dates'
import { notFound } from '@shared/errors'
import type { Db } from '../context'
import { findActivity, bumpLastActivity, listActivities, recomputeLastActivity } from './activities.repo'

/** Instants are compared as text, so every stored one has the same shape (…:00.000Z). */
const normalInstant = (iso: string | null) => (iso === null ? null : new Date(iso).toISOString())

async function getActivity(db: Db, id: number): Promise<Activity> {
  const activity = await findActivity(db, id)
  if (!activity) throw notFound('That activity')
  return activity
}

async function assertLead(db: Db, leadId: number): Promise<void> {
  const lead = await db.selectFrom('leads').select('id').where('id', '=', leadId).executeTakeFirst()
  if (!lead) throw notFound('That lead')
}

export async function activitiesOfLead(db: Db, leadId: number): Promise<Activity[]> {
  await assertLead(db, leadId)
  return listActivities(db, leadId)
}

/**
 * Logs or plans an activity. Unless told, a call, meeting, email, demo or note is taken
 * as done (it was logged after it happened) unless it is due later; a task stays open.
 * A done activity dates from its due time when that is past, otherwise from now.
 */
export async function createActivity(db: Db, input: z.output<typeof ActivityInput>): Promise<Activity> {
  await assertLead(db, input.leadId)
  const now = nowIso()
  const dueAt = normalInstant(input.dueAt)
  const done = input.done ?? (input.kind !== 'task' && (dueAt === null || dueAt <= now))
  const doneAt = done ? (dueAt !== null && dueAt <= now ? dueAt : now) : null
  const id = await db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('activities')
      .values({
        lead_id: input.leadId,
        kind: input.kind,
        subject: input.subject,
        body: input.body,
        due_at: dueAt,
        done_at: doneAt,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    if (doneAt !== null) await bumpLastActivity(trx, input.leadId, doneAt)
    return id
  })
  return getActivity(db, id)
}

export async function updateActivity(db: Db, id: number, fields: z.output<typeof ActivityPatch>): Promise<Activity> {
  await getActivity(db, id)
  await db
    .updateTable('activities')
    .set({
      ...(fields.kind !== undefined && { kind: fields.kind }),
      ...(fields.subject !== undefined && { subject: fields.subject }),
      ...(fields.body !== undefined && { body: fields.body }),
      ...(fields.dueAt !== undefined && { due_at: normalInstant(fields.dueAt) }),
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .execute()
  return getActivity(db, id)
}

/** Marks it done (now) or open again; the lead's last activity follows either way. */
export async function completeActivity(db: Db, id: number, done: boolean): Promise<Activity> {
  const activity = await getActivity(db, id)
  if (done === (activity.doneAt !== null)) return activity
  const now = nowIso()
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('activities')
      .set({ done_at: done ? now : null, updated_at: now })
      .where('id', '=', id)
      .execute()
    if (done) await bumpLastActivity(trx, activity.leadId, now)
    else await recomputeLastActivity(trx, activity.leadId)
  })
  return getActivity(db, id)
}

export async function deleteActivity(db: Db, id: number): Promise<{ id: number }> {
  const activity = await getActivity(db, id)
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('activities').where('id', '=', id).execute()
    if (activity.doneAt !== null) await recomputeLastActivity(trx, activity.leadId)
  })
  return { id }
}
