import { randomUUID } from 'node:crypto'
import { sql, type RawBuilder } from 'kysely'
import type { z } from 'zod'
import type { BulkAction } from '@shared/contract/leads'
import type { BulkResult } from '@shared/domain/board'
import { nowIso } from '@shared/domain/dates'
import { dealNameOf } from '@shared/domain/leads'
import { AppError } from '@shared/errors'
import type { Db, Trx } from '../context'
import { findStage } from '../pipelines/pipelines.repo'
import { appendLeadsToStage } from '../stages/stages.moves'
import { segmentExists } from '../segments/segments.repo'
import { touchLeads } from '../touchpoints/touchpoints.service'
import { pruneUiState } from '../ui-state/uiState.repo'
import { idIn } from './idList'
import { recordBulkChange, type BulkChange } from '../versions/record-versions'
import { restoreSnapshot, takeSnapshot, type StoredDeleteSnapshot } from './leads.undo'
import { othersLeadsKept } from './leads.service'
import { MAX_TAGS_PER_LEAD } from '@shared/contract/fields'
import { countOf, formOf, IT_OBJECT, LEAD, noun } from '@shared/domain/plural'

type Action = z.output<typeof BulkAction>

export const UNDO_PREFIX = 'undo:'
const UNDO_KEEP_MS = 86_400_000

/** The leads among `ids` that still exist, with what to call them. */
async function existingLeads(db: Db, ids: number[]): Promise<Array<{ id: number; name: string }>> {
  const { rows } = await sql<{ id: number; title: string | null; person_name: string | null; company: string | null }>`
    SELECT m.id, m.title, (SELECT name FROM people WHERE id = m.person_id) AS person_name, (SELECT name FROM organizations WHERE id = m.organization_id) AS company
    FROM leads m WHERE ${idIn(db, ids)} ORDER BY m.id`.execute(db)
  return rows.map((row) => ({ id: row.id, name: dealNameOf(row.title, row.person_name, row.company) }))
}

/**
 * Applies one action to many leads in one transaction. Leads deleted meanwhile are
 * skipped; `affected` counts the leads the action reached. A delete returns a token
 * that leads.undoDelete takes to bring everything back.
 */
export async function bulkLeads(db: Db, leadIds: number[], action: Action): Promise<BulkResult> {
  const ids = [...new Set(leadIds)]
  const now = nowIso()
  switch (action.type) {
    case 'move': {
      const target = await findStage(db, action.stageId)
      if (!target) throw new AppError('not_found', 'That stage no longer exists. Reload the board and try again.', 'action.stageId')
      const reason = action.lostReason?.trim() ?? ''
      return db.transaction().execute(async (trx) => {
        const leads = await existingLeads(trx, ids)
        if (target.kind === 'lost' && reason === '') {
          const who = leads.length === 1 ? (leads[0]?.name ?? '1 lead') : countOf(leads.length, LEAD)
          throw new AppError('rule', `Couldn't move ${who} to ${target.name}: pick or type the reason ${leads.length === 1 ? 'it was' : 'they were'} lost.`, 'action.lostReason')
        }
        const moving = sql<boolean>`(${idIn(trx, ids)}) AND m.stage_id <> ${target.id}`
        const count = await countWhere(trx, moving)
        const fields = target.kind === 'lost' ? ['stage_id', 'lost_reason'] : ['stage_id']
        await recordBulkChange(trx, 'lead', moving, { summary: `moved ${countOf(count, LEAD)} to ${target.name}`, fields, at: now }, true)
        await appendLeadsToStage(trx, target, idIn(trx, ids), now, { reason, note: action.lostNote?.trim() || null })
        return { affected: leads.length, undoToken: null }
      })
    }
    case 'setOwner':
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('leads')
          .set((eb) => ({ owner: action.owner, updated_at: now, version: eb('version', '+', 1) }))
          .where(idIn(trx, ids, 'id'))
          .executeTakeFirst()
        const affected = Number(result.numUpdatedRows)
        const summary = action.owner ? `gave ${countOf(affected, LEAD)} to ${action.owner}` : `cleared the owner of ${countOf(affected, LEAD)}`
        await recordBulkChange(trx, 'lead', idIn(trx, ids), { summary, fields: ['owner'], at: now })
        return { affected, undoToken: null }
      })
    case 'addTag':
      // A lead's tags are its person's (its organisation's without one): tagging the lead tags them.
      return db.transaction().execute(async (trx) => {
        await refuseFullLeads(trx, ids, action.tag)
        await sql`INSERT INTO person_tags (person_id, tag) SELECT DISTINCT m.person_id, ${action.tag} FROM leads m
                  WHERE ${idIn(trx, ids)} AND m.person_id IS NOT NULL ON CONFLICT DO NOTHING`.execute(trx)
        await sql`INSERT INTO organization_tags (organization_id, tag) SELECT DISTINCT m.organization_id, ${action.tag} FROM leads m
                  WHERE ${idIn(trx, ids)} AND m.person_id IS NULL ON CONFLICT DO NOTHING`.execute(trx)
        const affected = (await existingLeads(trx, ids)).length
        await touchPartiesOf(trx, ids, { summary: `tagged ${countOf(affected, LEAD)} “${action.tag}”`, fields: ['tags'], at: now })
        return { affected, undoToken: null }
      })
    case 'delete':
      return db.transaction().execute(async (trx) => deleteWithUndo(trx, ids, now))
    case 'touch':
      return db.transaction().execute(async (trx) => ({ affected: await touchLeads(trx, ids, action.campaignId, action.note, now), undoToken: null }))
    case 'setSegment': {
      if (action.segmentId !== null && !(await segmentExists(db, action.segmentId))) {
        throw new AppError('not_found', 'That segment no longer exists. Pick another one.', 'action.segmentId')
      }
      // A lead's segment is its organisation's, else its person's: setting it sets theirs.
      return db.transaction().execute(async (trx) => {
        await sql`UPDATE organizations SET segment_id = ${action.segmentId} WHERE id IN (SELECT m.organization_id FROM leads m WHERE ${idIn(trx, ids)})`.execute(trx)
        await sql`UPDATE people SET segment_id = ${action.segmentId}
                  WHERE id IN (SELECT m.person_id FROM leads m WHERE ${idIn(trx, ids)} AND m.organization_id IS NULL)`.execute(trx)
        const affected = (await existingLeads(trx, ids)).length
        const segment = action.segmentId === null ? null : await trx.selectFrom('segments').select('name').where('id', '=', action.segmentId).executeTakeFirst()
        const summary = segment ? `put ${countOf(affected, LEAD)} in the segment ${segment.name}` : `took ${countOf(affected, LEAD)} out of their segment`
        await touchPartiesOf(trx, ids, { summary, fields: ['segment_id'], at: now })
        return { affected, undoToken: null }
      })
    }
  }
}

/** The people and organisations whose tags or segment a bulk edit of these leads changed: one version further, in the change log. */
async function touchPartiesOf(trx: Trx, ids: number[], change: BulkChange): Promise<void> {
  await sql`UPDATE people SET version = version + 1, updated_at = ${change.at} WHERE id IN (SELECT m.person_id FROM leads m WHERE ${idIn(trx, ids)})`.execute(trx)
  await sql`UPDATE organizations SET version = version + 1, updated_at = ${change.at} WHERE id IN (SELECT m.organization_id FROM leads m WHERE ${idIn(trx, ids)})`.execute(trx)
  await recordBulkChange(trx, 'person', sql<boolean>`m.id IN (SELECT l.person_id FROM leads l WHERE ${idIn(trx, ids, 'l.id')})`, change)
  await recordBulkChange(trx, 'organization', sql<boolean>`m.id IN (SELECT l.organization_id FROM leads l WHERE ${idIn(trx, ids, 'l.id')})`, change)
}

/** How many leads match `which` (a condition over leads as `m`). */
async function countWhere(trx: Trx, which: RawBuilder<boolean>): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`SELECT count(*) AS n FROM leads m WHERE ${which}`.execute(trx)
  return Number(rows[0]?.n ?? 0)
}

/**
 * A lead holds at most MAX_TAGS_PER_LEAD tags, as in its own editor: a bulk tag that would
 * push any selected lead's person (or organisation) over is refused as a whole, naming who is
 * full (one that already has the tag, in any case, is not changed and so not in the way).
 */
async function refuseFullLeads(trx: Trx, ids: number[], tag: string): Promise<void> {
  const full = await sql<{ name: string }>`
    SELECT DISTINCT p.name FROM leads m JOIN people p ON p.id = m.person_id
    WHERE ${idIn(trx, ids)}
      AND (SELECT count(*) FROM person_tags t WHERE t.person_id = p.id) >= ${MAX_TAGS_PER_LEAD}
      AND NOT EXISTS (SELECT 1 FROM person_tags t WHERE t.person_id = p.id AND t.tag = ${tag})
    UNION
    SELECT DISTINCT o.name FROM leads m JOIN organizations o ON o.id = m.organization_id
    WHERE ${idIn(trx, ids)} AND m.person_id IS NULL
      AND (SELECT count(*) FROM organization_tags t WHERE t.organization_id = o.id) >= ${MAX_TAGS_PER_LEAD}
      AND NOT EXISTS (SELECT 1 FROM organization_tags t WHERE t.organization_id = o.id AND t.tag = ${tag})
    ORDER BY 1`.execute(trx)
  const n = full.rows.length
  if (n === 0) return
  const names = full.rows.slice(0, 3).map((r) => r.name).join(', ') + (n > 3 ? ` and ${countOf(n - 3, noun('other'))}` : '')
  throw new AppError(
    'rule',
    `Couldn't add “${tag}”: ${n === 1 ? `${names} already has` : `${countOf(n, LEAD)} (${names}) already have`} ${MAX_TAGS_PER_LEAD} tags, the most a lead can have. Remove a tag from ${formOf(n, IT_OBJECT)} first, or leave ${formOf(n, IT_OBJECT)} out.`,
    'action.tag',
  )
}

/** Keeps everything that hangs off the leads in ui_state before deleting them (the cascade takes the rest). */
async function deleteWithUndo(trx: Trx, ids: number[], now: string): Promise<BulkResult> {
  const snapshot = await takeSnapshot(trx, ids, now)
  if (snapshot.leads.length === 0) return { affected: 0, undoToken: null }
  await pruneUiState(trx, UNDO_PREFIX, new Date(Date.parse(now) - UNDO_KEEP_MS).toISOString())
  const token = randomUUID()
  await trx
    .insertInto('ui_state')
    .values({ key: UNDO_PREFIX + token, value: JSON.stringify(snapshot), updated_at: now })
    .execute()
  const deleted = await trx.deleteFrom('leads').where(idIn(trx, ids, 'id')).executeTakeFirst()
  const kept = snapshot.leads.length - Number(deleted.numDeletedRows)
  // A team's server lets a member delete only the leads they own: it skips the others.
  if (kept > 0) throw othersLeadsKept(kept, snapshot.leads.length)
  return { affected: snapshot.leads.length, undoToken: token }
}

/** Puts back the leads of a bulk delete with their tags, touchpoints, history, activities and feedback. */
export async function undoDelete(db: Db, token: string): Promise<{ restored: number }> {
  return db.transaction().execute(async (trx) => {
    const key = UNDO_PREFIX + token
    const row = await trx.selectFrom('ui_state').select('value').where('key', '=', key).executeTakeFirst()
    if (!row) throw new AppError('rule', 'That delete can no longer be undone.')
    const restored = await restoreSnapshot(trx, JSON.parse(row.value) as StoredDeleteSnapshot)
    await trx.deleteFrom('ui_state').where('key', '=', key).execute()
    // Back one version further than when deleted: a drawer left open on one then is told, not obeyed blindly.
    if (restored.length > 0) {
      const now = nowIso()
      await sql`UPDATE leads SET version = version + 1 WHERE ${idIn(trx, restored, 'id')}`.execute(trx)
      await recordBulkChange(trx, 'lead', idIn(trx, restored), { summary: `brought back ${countOf(restored.length, LEAD)} deleted together`, fields: [], at: now })
    }
    return { restored: restored.length }
  })
}
