import { sql, type RawBuilder } from 'kysely'
import type { z } from 'zod'
import type { LeadInput, LeadListQuery, LeadMove, LeadPatch } from '@shared/contract/leads'
import { nowIso } from '@shared/domain/dates'
import { dealNameOf, type Lead, type LeadPage } from '@shared/domain/leads'
import { positionBetween } from '@shared/domain/ordering'
import type { Stage } from '@shared/domain/pipelines'
import { AppError, notFound } from '@shared/errors'
import { dialectOf } from '../../db/dialect'
import { fixedQuery } from '../../db/fixed-query'
import type { StageRow } from '../../db/schema'
import type { Db, Trx } from '../context'
import { findCampaign } from '../campaigns/campaigns.repo'
import { checkValuesFor, readRecordValues, saveCustomValues } from '../custom-fields/customFields.values'
import { findStage, firstOpenStage, firstPipelineId, toStage } from '../pipelines/pipelines.repo'
import { segmentExists } from '../segments/segments.repo'
import { findLeadForDetail, leadReadColumns, searchLeadsWhere, toLead, type LeadJoinedRow } from './leads.repo'
import { claimVersion, recordMove, recordVersion } from '../versions/record-versions'
import { applyPartyPatch, partiesForNewLead } from './leads.who'

type NewLead = z.output<typeof LeadInput>
type Patch = z.output<typeof LeadPatch>
type Move = z.output<typeof LeadMove>

export async function getLead(db: Db, id: number): Promise<Lead> {
  const found = await findLeadForDetail(db, id)
  if (!found) throw notFound('That lead')
  return { ...found.lead, customFields: found.hasCustomValues ? await readRecordValues(db, 'lead', id) : {} }
}

export async function listLeads(db: Db, query: z.output<typeof LeadListQuery>): Promise<LeadPage> {
  const dialect = dialectOf(db)
  const conditions: Array<RawBuilder<unknown>> = [sql`1 = 1`]
  if (query.pipelineId !== undefined) conditions.push(sql`l.pipeline_id = ${query.pipelineId}`)
  if (query.stageId !== undefined) conditions.push(sql`l.stage_id = ${query.stageId}`)
  if (query.campaignId !== undefined) conditions.push(sql`l.source_campaign_id = ${query.campaignId}`)
  if (query.search) conditions.push(searchLeadsWhere(dialect, query.search))
  const where = sql.join(conditions, sql` AND `)
  // Within one stage the board's order is the natural one, and its index answers it without a sort.
  const order = query.stageId ? sql`l.position, l.id` : sql`l.created_at DESC, l.id DESC`
  const [rows, count] = await Promise.all([
    sql<LeadJoinedRow>`SELECT ${sql.raw(leadReadColumns(dialect))} FROM leads l WHERE ${where} ORDER BY ${order} LIMIT ${query.limit} OFFSET ${query.offset}`.execute(db),
    sql<{ n: number }>`SELECT count(*) AS n FROM leads l WHERE ${where}`.execute(db),
  ])
  return { leads: rows.rows.map(toLead), total: Number(count.rows[0]?.n ?? 0) }
}

async function checkReferences(db: Db, fields: Pick<Patch, 'sourceCampaignId' | 'segmentId'>): Promise<void> {
  if (fields.sourceCampaignId != null && !(await findCampaign(db, fields.sourceCampaignId))) {
    throw new AppError('invalid_input', 'That campaign no longer exists. Pick another one.', 'sourceCampaignId')
  }
  if (fields.segmentId != null && !(await segmentExists(db, fields.segmentId))) {
    throw new AppError('invalid_input', 'That segment no longer exists. Pick another one.', 'segmentId')
  }
}

async function resolveStage(db: Db, input: NewLead): Promise<Stage> {
  if (input.stageId !== undefined) {
    const stage = await findStage(db, input.stageId)
    if (!stage || (input.pipelineId !== undefined && stage.pipelineId !== input.pipelineId)) {
      throw new AppError('invalid_input', 'That stage is not part of the chosen pipeline.', 'stageId')
    }
    return stage
  }
  const pipelineId = input.pipelineId ?? (await firstPipelineId(db))
  const stage = pipelineId === undefined ? undefined : await firstOpenStage(db, pipelineId)
  if (!stage) throw new AppError('invalid_input', 'That pipeline has no open stage to put the lead in.', 'pipelineId')
  return stage
}

async function edgePosition(trx: Trx, stageId: number, edge: 'top' | 'bottom'): Promise<number> {
  const row = await trx
    .selectFrom('leads')
    .select((eb) => (edge === 'top' ? eb.fn.min('position') : eb.fn.max('position')).as('p'))
    .where('stage_id', '=', stageId)
    .executeTakeFirst()
  const p = row?.p ?? null
  return (edge === 'top' ? positionBetween(null, p) : positionBetween(p, null)) as number
}

export async function createLead(db: Db, input: NewLead): Promise<Lead> {
  await checkReferences(db, input)
  await checkValuesFor(db, 'lead', input.customFields, 'create')
  const stage = await resolveStage(db, input)
  if (stage.kind === 'lost') {
    throw new AppError('rule', 'A new lead cannot start in Lost. Add it to an open stage, then move it to Lost with a reason.', 'stageId')
  }
  const now = nowIso()
  const id = await db.transaction().execute(async (trx) => {
    const parties = await partiesForNewLead(trx, input, now)
    // One writer at a time picks a position at the top of this stage (see moveLead).
    await dialectOf(trx).lockRow(trx, 'stages', stage.id)
    const { id } = await trx
      .insertInto('leads')
      .values({
        title: input.title,
        person_id: parties.personId,
        organization_id: parties.organizationId,
        source_campaign_id: input.sourceCampaignId,
        pipeline_id: stage.pipelineId,
        stage_id: stage.id,
        position: await edgePosition(trx, stage.id, 'top'),
        value_minor: input.valueMinor,
        probability_override: input.probabilityOverride,
        owner: input.owner,
        notes: input.notes,
        created_at: now,
        updated_at: now,
        stage_entered_at: now,
        expected_close_on: input.expectedCloseOn,
        closed_at: stage.kind === 'won' ? now : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('stage_history')
      .values({ lead_id: id, from_stage_id: null, to_stage_id: stage.id, from_stage_name: null, to_stage_name: stage.name, to_kind: stage.kind, at: now })
      .execute()
    if (input.sourceCampaignId !== null) {
      await trx.insertInto('touchpoints').values({ lead_id: id, campaign_id: input.sourceCampaignId, at: now, note: null }).execute()
    }
    await saveCustomValues(trx, 'lead', id, input.customFields, 'create')
    return id
  })
  return getLead(db, id)
}

/**
 * Saves a lead's fields. Who it is with (name, email, phone, company, tags, segment) is saved on
 * its person and organisation (leads.who.ts); the rest on the deal, one version further.
 */
// What a lead's save changed on its person or organisation, in the change log's words.
const PARTY_FIELDS: Array<[keyof Patch, string]> = [
  ['personName', 'name'],
  ['company', 'organization_id'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['tags', 'tags'],
  ['segmentId', 'segment_id'],
]
const partyFieldsIn = (patch: Patch) => PARTY_FIELDS.filter(([key]) => patch[key] !== undefined).map(([, field]) => field)

export async function updateLead(db: Db, id: number, patch: Patch, basedOnVersion?: number): Promise<Lead> {
  await getLead(db, id)
  await checkReferences(db, patch)
  await checkValuesFor(db, 'lead', patch.customFields, 'update')
  const now = nowIso()
  await db.transaction().execute(async (trx) => {
    const claimed = await claimVersion(trx, 'lead', id, basedOnVersion)
    const lead = await trx.selectFrom('leads').select(['person_id', 'organization_id', 'owner']).where('id', '=', id).executeTakeFirstOrThrow()
    const parties = await applyPartyPatch(trx, { personId: lead.person_id, organizationId: lead.organization_id, owner: lead.owner }, patch, now)
    const set = {
      person_id: parties.personId,
      organization_id: parties.organizationId,
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.sourceCampaignId !== undefined && { source_campaign_id: patch.sourceCampaignId }),
      ...(patch.valueMinor !== undefined && { value_minor: patch.valueMinor }),
      ...(patch.probabilityOverride !== undefined && { probability_override: patch.probabilityOverride }),
      ...(patch.owner !== undefined && { owner: patch.owner }),
      ...(patch.notes !== undefined && { notes: patch.notes }),
      ...(patch.expectedCloseOn !== undefined && { expected_close_on: patch.expectedCloseOn }),
    }
    await trx
      .updateTable('leads')
      .set((eb) => ({ ...set, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute()
    await saveCustomValues(trx, 'lead', id, patch.customFields, 'update')
    // A new source campaign becomes the lead's first touch (a trigger re-points it; see 0011_source_is_first_touch).
    await recordVersion(trx, claimed, now, [...partyFieldsIn(patch), ...(patch.customFields !== undefined ? ['customFields'] : [])])
  })
  return getLead(db, id)
}

/**
 * In a team workspace the server lets a member delete the leads they own and skips the rest
 * (a row rule): the delete touches fewer rows than there are, and this says why.
 */
export function othersLeadsKept(kept: number, of: number): AppError {
  return new AppError(
    'forbidden',
    of === 1
      ? 'Only the team’s owners can delete a lead that belongs to someone else, so it was kept. You can delete the leads you own.'
      : `Only the team’s owners can delete leads that belong to someone else: ${kept} of these ${of} leads are not yours, so nothing was deleted.`,
  )
}

export async function deleteLead(db: Db, id: number): Promise<{ id: number }> {
  const result = await db.deleteFrom('leads').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) {
    const still = await db.selectFrom('leads').select('id').where('id', '=', id).executeTakeFirst()
    throw still ? othersLeadsKept(1, 1) : notFound('That lead')
  }
  return { id }
}

// The anchor and the card just above it in one query; the neighbour is read off
// leads_board backwards (LIMIT 1), not by max() over every card above the anchor.
const anchorAndAbove = fixedQuery<{ position: number; stage_id: number; previous: number | null }>(
  `SELECT a.position, a.stage_id,
          (SELECT p.position FROM leads p WHERE p.stage_id = a.stage_id AND p.position < a.position AND p.id <> ? ORDER BY p.position DESC LIMIT 1) AS previous
   FROM leads a WHERE a.id = ?`,
)

/** Where the moved lead lands: just before `beforeLeadId`, or at the end of the stage. */
async function positionInStage(trx: Trx, stageId: number, leadId: number, beforeLeadId: number | null): Promise<number> {
  if (beforeLeadId === null || beforeLeadId === leadId) return edgePosition(trx, stageId, 'bottom')
  const found = await anchorAndAbove(trx, leadId, beforeLeadId)
  const anchor = found.rows[0]
  if (!anchor || anchor.stage_id !== stageId) return edgePosition(trx, stageId, 'bottom')
  const position = positionBetween(anchor.previous ?? null, anchor.position)
  if (position !== null) return position
  await renumberStage(trx, stageId)
  return positionInStage(trx, stageId, leadId, beforeLeadId)
}

/** Spreads a column's positions out again; only needed after many moves into the same gap. */
async function renumberStage(trx: Trx, stageId: number): Promise<void> {
  const ids = await trx.selectFrom('leads').select('id').where('stage_id', '=', stageId).orderBy('position').orderBy('id').execute()
  for (const [index, { id }] of ids.entries()) {
    await trx
      .updateTable('leads')
      .set({ position: (index + 1) * 1024 })
      .where('id', '=', id)
      .execute()
  }
}

// A drag is the hottest write: every statement of a move is fixed SQL text (see fixedQuery),
// with subqueries rather than joins (see findLead for why).
const leadForMove = fixedQuery<{ id: number; title: string | null; personName: string | null; company: string | null; stageId: number; stageName: string }>(
  `SELECT id, title, (SELECT name FROM people WHERE id = leads.person_id) AS "personName", (SELECT name FROM organizations WHERE id = leads.organization_id) AS company,
     stage_id AS "stageId", (SELECT name FROM stages WHERE id = leads.stage_id) AS "stageName" FROM leads WHERE id = ?`,
)
const stageById = fixedQuery<StageRow>('SELECT * FROM stages WHERE id = ?')
// A place in the column is the board's order, not the deal's data: it does not make a new version.
const reorderLead = fixedQuery('UPDATE leads SET position = ? WHERE id = ?')
const moveLeadRow = fixedQuery(
  `UPDATE leads SET pipeline_id = ?, stage_id = ?, position = ?, stage_entered_at = ?, updated_at = ?, closed_at = ?, lost_reason = ?, lost_note = ?,
     value_minor = coalesce(?, value_minor), version = version + 1
   WHERE id = ?`,
)
const recordStageChange = fixedQuery(
  'INSERT INTO stage_history (lead_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, to_kind, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
)

/**
 * Moves a lead to a stage (or to another place in its stage). A stage change writes
 * stage history; Won closes the lead (optionally with its final value); Lost closes
 * it and needs a reason; moving back to an open stage reopens it.
 */
export async function moveLead(db: Db, move: Move): Promise<Lead> {
  const lead = (await leadForMove(db, move.leadId)).rows[0]
  if (!lead) throw notFound('That lead')
  const stageRow = (await stageById(db, move.stageId)).rows[0]
  if (!stageRow) throw new AppError('not_found', 'That stage no longer exists. Reload the board and try again.', 'stageId')
  const target = toStage(stageRow)
  const lostReason = move.lostReason?.trim() ?? ''
  if (target.kind === 'lost' && lostReason === '' && lead.stageId !== target.id) {
    throw new AppError('rule', `Couldn't move ${dealNameOf(lead.title, lead.personName, lead.company)} to ${target.name}: pick or type the reason it was lost.`, 'lostReason')
  }
  const now = nowIso()
  await db.transaction().execute(async (trx) => {
    // Two members moving one card take turns on the lead, and the second reads where the first
    // put it: both moves land in its stage history, in order, each from where the card was.
    // Positions are read, then written: under PostgreSQL's READ COMMITTED two members dropping
    // cards into one column at once would pick the same gap (or renumber under each other), so
    // moves into a stage take turns on its row too (always lead, then stage: no cycle to deadlock on).
    const dialect = dialectOf(trx)
    await dialect.lockRow(trx, 'leads', lead.id)
    await dialect.lockRow(trx, 'stages', target.id)
    const current = (await leadForMove(trx, move.leadId)).rows[0]
    if (!current) throw notFound('That lead')
    const position = await positionInStage(trx, target.id, lead.id, move.beforeLeadId)
    if (current.stageId === target.id) {
      await reorderLead(trx, position, lead.id)
      return
    }
    const wonValue = target.kind === 'won' && move.wonValueMinor !== undefined ? move.wonValueMinor : null
    await moveLeadRow(
      trx,
      target.pipelineId,
      target.id,
      position,
      now,
      now,
      target.kind === 'open' ? null : now,
      target.kind === 'lost' ? lostReason : null,
      target.kind === 'lost' ? move.lostNote?.trim() || null : null,
      wonValue,
      lead.id,
    )
    await recordStageChange(trx, lead.id, current.stageId, target.id, current.stageName, target.name, target.kind, now)
    await recordMove(trx, lead.id, wonValue === null ? ['stage_id'] : ['stage_id', 'value_minor'], now)
  })
  return getLead(db, lead.id)
}
