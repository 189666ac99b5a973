import { sql } from 'kysely'
import type { Channel } from '@shared/domain/enums'
import { nowIso } from '@shared/domain/dates'
import type { Touchpoint } from '@shared/domain/touchpoints'
import { AppError, notFound } from '@shared/errors'
import type { Db, Trx } from '../context'
import { idIn } from '../leads/idList'

export async function listTouchpoints(db: Db | Trx, leadId: number): Promise<Touchpoint[]> {
  const rows = await db
    .selectFrom('touchpoints as t')
    .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
    .select(['t.id', 't.lead_id', 't.campaign_id', 'c.name', 'c.channel', 't.at', 't.note'])
    .where('t.lead_id', '=', leadId)
    .orderBy('t.at')
    .orderBy('t.id')
    .execute()
  return rows.map((row, index) => ({
    id: row.id,
    leadId: row.lead_id,
    campaignId: row.campaign_id,
    campaignName: row.name,
    channel: row.channel as Channel,
    at: row.at,
    note: row.note,
    first: index === 0,
  }))
}

// The source campaign is the first touch, always: triggers on touchpoints and leads keep
// leads.source_campaign_id equal to the earliest touch's campaign whoever writes either
// (migration 0011_source_is_first_touch), so nothing here settles it by hand.

async function checkCampaign(db: Db | Trx, campaignId: number): Promise<void> {
  const campaign = await db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst()
  if (!campaign) throw new AppError('not_found', 'That campaign no longer exists. Pick another one.', 'campaignId')
}

export async function addTouchpoint(db: Db, input: { leadId: number; campaignId: number; at?: string | undefined; note: string | null }): Promise<Touchpoint[]> {
  return db.transaction().execute(async (trx) => {
    const lead = await trx.selectFrom('leads').select(['id', 'created_at']).where('id', '=', input.leadId).executeTakeFirst()
    if (!lead) throw notFound('That lead')
    await checkCampaign(trx, input.campaignId)
    const at = input.at ?? nowIso()
    if (at > nowIso()) throw new AppError('invalid_input', 'A touch cannot be in the future: pick today or an earlier day.', 'at')
    await trx.insertInto('touchpoints').values({ lead_id: input.leadId, campaign_id: input.campaignId, at, note: input.note }).execute()
    await trx.updateTable('leads').set({ updated_at: nowIso() }).where('id', '=', input.leadId).execute()
    return listTouchpoints(trx, input.leadId)
  })
}

export async function deleteTouchpoint(db: Db, id: number): Promise<Touchpoint[]> {
  return db.transaction().execute(async (trx) => {
    const touch = await trx.selectFrom('touchpoints').select(['lead_id']).where('id', '=', id).executeTakeFirst()
    if (!touch) throw notFound('That touch')
    await trx.deleteFrom('touchpoints').where('id', '=', id).execute()
    return listTouchpoints(trx, touch.lead_id)
  })
}

/** "Touched by campaign…" on many leads at once: one touch each, now. Returns how many leads it reached. */
export async function touchLeads(trx: Trx, leadIds: number[], campaignId: number, note: string | null, at: string): Promise<number> {
  await checkCampaign(trx, campaignId)
  const result = await sql`
    INSERT INTO touchpoints (lead_id, campaign_id, at, note)
    SELECT leads.id, CAST(${campaignId} AS BIGINT), CAST(${at} AS TEXT), CAST(${note} AS TEXT) FROM leads WHERE ${idIn(trx, leadIds, 'leads.id')}`.execute(trx)
  await trx.updateTable('leads').set({ updated_at: at }).where(idIn(trx, leadIds, 'id')).execute()
  return Number(result.numAffectedRows ?? 0)
}
