import { sql, type RawBuilder } from 'kysely'
import type { z } from 'zod'
import type { PartyBulkAction } from '@shared/contract/parties'
import type { BulkResult } from '@shared/domain/board'
import { nowIso } from '@shared/domain/dates'
import { AppError } from '@shared/errors'
import type { Db } from '../context'
import { idIn } from '../leads/idList'
import { segmentExists } from '../segments/segments.repo'
import { PARTY, type PartyKind } from './parties'
import { deleteParties } from './parties.delete'
import { recordBulkChange } from '../versions/record-versions'
import { countOf, noun } from '@shared/domain/plural'

/**
 * One action on many people (or organisations) in one transaction: an owner, a tag, a segment,
 * or deleting them (refused while any has deals, unless their deals go too). Records deleted
 * meanwhile are passed over; `affected` counts the ones reached.
 */
export async function bulkParties(db: Db, kind: PartyKind, partyIds: number[], action: z.output<typeof PartyBulkAction>): Promise<BulkResult> {
  const ids = [...new Set(partyIds)]
  const { table, tags, key, one, many } = PARTY[kind]
  const what = (n: number) => countOf(n, noun(one, many))
  const now = nowIso()
  if (action.type === 'setSegment' && action.segmentId !== null && !(await segmentExists(db, action.segmentId))) {
    throw new AppError('not_found', 'That segment no longer exists. Pick another one.', 'action.segmentId')
  }
  return db.transaction().execute(async (trx) => {
    // Each record reached is one version further (a tag too: it is the record's), in the change log.
    const touch = async (set: RawBuilder<unknown> | null, summary: (n: number) => string, fields: string[]) => {
      const result = await sql`UPDATE ${sql.table(table)} SET ${set ? sql`${set}, ` : sql``}version = version + 1, updated_at = ${now} WHERE ${idIn(trx, ids, 'id')}`.execute(trx)
      const affected = Number(result.numAffectedRows ?? 0)
      await recordBulkChange(trx, kind, idIn(trx, ids), { summary: summary(affected), fields, at: now })
      return affected
    }
    switch (action.type) {
      case 'setOwner': {
        const owner = action.owner
        const summary = (n: number) => (owner ? `gave ${what(n)} to ${owner}` : `cleared the owner of ${what(n)}`)
        return { affected: await touch(sql`owner = ${owner}`, summary, ['owner']), undoToken: null }
      }
      case 'setSegment': {
        const segment = action.segmentId === null ? null : await trx.selectFrom('segments').select('name').where('id', '=', action.segmentId).executeTakeFirst()
        const summary = (n: number) => (segment ? `put ${what(n)} in the segment ${segment.name}` : `took ${what(n)} out of their segment`)
        return { affected: await touch(sql`segment_id = ${action.segmentId}`, summary, ['segment_id']), undoToken: null }
      }
      case 'addTag':
        await sql`INSERT INTO ${sql.table(tags)} (${sql.ref(key)}, tag) SELECT p.id, ${action.tag} FROM ${sql.table(table)} p WHERE ${idIn(trx, ids, 'p.id')}
                  ON CONFLICT DO NOTHING`.execute(trx)
        return { affected: await touch(null, (n) => `tagged ${what(n)} “${action.tag}”`, ['tags']), undoToken: null }
      case 'delete': {
        const { deleted } = await deleteParties(trx, kind, ids, action.deleteLeads)
        return { affected: deleted, undoToken: null }
      }
    }
  })
}
