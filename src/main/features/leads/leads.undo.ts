import { sql, type Selectable } from 'kysely'
import type { ActivitiesTable, FeedbackTable, LeadsTable, LeadTagsTable, StageHistoryTable, TouchpointsTable } from '../../db/schema'
import type { Trx } from '../context'
import { idIn } from './idList'

/** Everything a bulk delete removes, as rows, so an undo can put it back exactly. */
export interface DeleteSnapshot {
  version: 1
  deletedAt: string
  leads: Array<Selectable<LeadsTable>>
  tags: Array<Selectable<LeadTagsTable>>
  touchpoints: Array<Selectable<TouchpointsTable>>
  stageHistory: Array<Selectable<StageHistoryTable>>
  activities: Array<Selectable<ActivitiesTable>>
  feedback: Array<Selectable<FeedbackTable>>
}

export async function takeSnapshot(trx: Trx, ids: number[], at: string): Promise<DeleteSnapshot> {
  const byLead = idIn(trx, ids, 'lead_id')
  return {
    version: 1,
    deletedAt: at,
    leads: await trx.selectFrom('leads').selectAll().where(idIn(trx, ids, 'id')).orderBy('id').execute(),
    tags: await trx.selectFrom('lead_tags').selectAll().where(byLead).execute(),
    touchpoints: await trx.selectFrom('touchpoints').selectAll().where(byLead).orderBy('id').execute(),
    stageHistory: await trx.selectFrom('stage_history').selectAll().where(byLead).orderBy('id').execute(),
    activities: await trx.selectFrom('activities').selectAll().where(byLead).orderBy('id').execute(),
    feedback: await trx.selectFrom('feedback').selectAll().where(byLead).orderBy('id').execute(),
  }
}

type Row = Record<string, unknown>
type Table = 'leads' | 'lead_tags' | 'touchpoints' | 'stage_history' | 'activities' | 'feedback'

async function insertRows(trx: Trx, table: Table, rows: Row[]): Promise<void> {
  const chunkSize = 100
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize)
    const columns = Object.keys(chunk[0] as Row)
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
              VALUES ${sql.join(chunk.map((row) => sql`(${sql.join(columns.map((c) => row[c]))})`))}`.execute(trx)
  }
}

async function takenIds(trx: Trx, table: Table, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const rows = await sql<{ id: number }>`SELECT id FROM ${sql.table(table)} WHERE ${idIn(trx, ids, 'id')}`.execute(trx)
  return new Set(rows.rows.map((r) => r.id))
}

/** Rows keep their ids; one whose id was reused since the delete gets a new id instead. */
async function insertKeepingIds(trx: Trx, table: Table, rows: Array<Row & { id: number }>): Promise<void> {
  const taken = await takenIds(
    trx,
    table,
    rows.map((r) => r.id),
  )
  const free = rows.filter((r) => !taken.has(r.id))
  if (free.length > 0) await insertRows(trx, table, free)
  const renumbered = rows.filter((r) => taken.has(r.id)).map(({ id: _id, ...rest }) => rest)
  if (renumbered.length > 0) await insertRows(trx, table, renumbered)
}

/**
 * Puts the snapshot back. What changed meanwhile is respected rather than fought:
 * a deleted campaign or segment leaves the link empty (as its ON DELETE would have),
 * a deleted stage sends the lead to its pipeline's first open stage, and a reused id
 * gets a new one. Returns how many leads came back.
 */
export async function restoreSnapshot(trx: Trx, snapshot: DeleteSnapshot): Promise<number> {
  const stages = await trx.selectFrom('stages').select(['id', 'pipeline_id', 'kind', 'position']).orderBy('position').orderBy('id').execute()
  const stageById = new Map(stages.map((s) => [s.id, s]))
  const campaigns = new Set((await trx.selectFrom('campaigns').select('id').execute()).map((r) => r.id))
  const segments = new Set((await trx.selectFrom('segments').select('id').execute()).map((r) => r.id))
  const firstPipeline = await trx.selectFrom('pipelines').select('id').orderBy('position').orderBy('id').executeTakeFirst()
  const firstOpenStage = (pipelineId: number) =>
    stages.find((s) => s.pipeline_id === pipelineId && s.kind === 'open') ?? stages.find((s) => s.pipeline_id === firstPipeline?.id && s.kind === 'open')
  const campaignOrNull = (id: number | null) => (id !== null && campaigns.has(id) ? id : null)
  const stageOrNull = (id: number | null) => (id !== null && stageById.has(id) ? id : null)

  const taken = await takenIds(
    trx,
    'leads',
    snapshot.leads.map((l) => l.id),
  )
  const leadIds = new Map<number, number>()
  for (const lead of snapshot.leads) {
    const stage = stageById.get(lead.stage_id) ?? firstOpenStage(lead.pipeline_id)
    if (!stage) continue
    // The source comes back with the touches (it is their first one); set below for a lead that had no touch.
    const row: Row = {
      ...lead,
      stage_id: stage.id,
      pipeline_id: stage.pipeline_id,
      source_campaign_id: null,
      segment_id: lead.segment_id !== null && segments.has(lead.segment_id) ? lead.segment_id : null,
    }
    if (!taken.has(lead.id)) {
      await insertRows(trx, 'leads', [row])
      leadIds.set(lead.id, lead.id)
    } else {
      delete row.id
      const columns = Object.keys(row)
      const inserted = await sql<{ id: number }>`INSERT INTO leads (${sql.join(columns.map((c) => sql.ref(c)))})
        VALUES (${sql.join(columns.map((c) => row[c]))}) RETURNING id`.execute(trx)
      leadIds.set(lead.id, (inserted.rows[0] as { id: number }).id)
    }
  }
  const lead = <T extends { lead_id: number }>(rows: T[]) =>
    rows.filter((r) => leadIds.has(r.lead_id)).map((r) => ({ ...r, lead_id: leadIds.get(r.lead_id) as number }))

  const tags = lead(snapshot.tags)
  if (tags.length > 0) await insertRows(trx, 'lead_tags', tags)
  await insertKeepingIds(
    trx,
    'touchpoints',
    lead(snapshot.touchpoints).filter((t) => campaigns.has(t.campaign_id)),
  )
  for (const lead of snapshot.leads) {
    const id = leadIds.get(lead.id)
    const source = campaignOrNull(lead.source_campaign_id)
    if (id === undefined || source === null) continue
    await trx.updateTable('leads').set({ source_campaign_id: source }).where('id', '=', id).where('source_campaign_id', 'is', null).execute()
  }
  await insertKeepingIds(
    trx,
    'stage_history',
    lead(snapshot.stageHistory).map((h) => ({ ...h, from_stage_id: stageOrNull(h.from_stage_id), to_stage_id: stageOrNull(h.to_stage_id) })),
  )
  await insertKeepingIds(trx, 'activities', lead(snapshot.activities))
  await insertKeepingIds(
    trx,
    'feedback',
    lead(snapshot.feedback).map((f) => ({ ...f, campaign_id: campaignOrNull(f.campaign_id) })),
  )
  return leadIds.size
}
