import type { z } from 'zod'
import type { FeedbackInput } from '@shared/contract/feedback'
import { nowIso } from '@shared/domain/dates'
import type { FeedbackKind } from '@shared/domain/enums'
import type { Feedback } from '@shared/domain/feedback'
import { AppError, notFound } from '@shared/errors'
import type { Db } from '../context'

function selectFeedback(db: Db) {
  return db
    .selectFrom('feedback as f')
    .leftJoin('campaigns as c', 'c.id', 'f.campaign_id')
    .select(['f.id', 'f.lead_id', 'f.campaign_id', 'c.name as campaign_name', 'f.kind', 'f.text', 'f.created_at'])
}

type FeedbackRow = Awaited<ReturnType<ReturnType<typeof selectFeedback>['executeTakeFirstOrThrow']>>

const toFeedback = (row: FeedbackRow): Feedback => ({
  id: row.id,
  leadId: row.lead_id,
  campaignId: row.campaign_id,
  campaignName: row.campaign_name,
  kind: row.kind as FeedbackKind,
  text: row.text,
  createdAt: row.created_at,
})

export async function listFeedback(db: Db, leadId: number): Promise<Feedback[]> {
  const rows = await selectFeedback(db).where('f.lead_id', '=', leadId).orderBy('f.created_at', 'desc').orderBy('f.id', 'desc').execute()
  return rows.map(toFeedback)
}

/** Feedback rolls up to a campaign: the one given, else the lead's source campaign. */
export async function createFeedback(db: Db, input: z.output<typeof FeedbackInput>): Promise<Feedback> {
  const lead = await db.selectFrom('leads').select(['id', 'source_campaign_id']).where('id', '=', input.leadId).executeTakeFirst()
  if (!lead) throw notFound('That lead')
  const campaignId = input.campaignId === undefined ? lead.source_campaign_id : input.campaignId
  if (campaignId !== null) {
    const campaign = await db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst()
    if (!campaign) throw new AppError('invalid_input', 'That campaign no longer exists. Pick another one.', 'campaignId')
  }
  const { id } = await db
    .insertInto('feedback')
    .values({ lead_id: lead.id, campaign_id: campaignId, kind: input.kind, text: input.text, created_at: nowIso() })
    .returning('id')
    .executeTakeFirstOrThrow()
  return toFeedback(await selectFeedback(db).where('f.id', '=', id).executeTakeFirstOrThrow())
}

export async function deleteFeedback(db: Db, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('feedback').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('That feedback')
  return { id }
}
