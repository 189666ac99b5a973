import type { LostReason } from '@shared/domain/lostReasons'
import { AppError, notFound } from '@shared/errors'
import { nowIso } from '@shared/domain/dates'
import { isUniqueViolation } from '../../db/dialect/errors'
import type { Db } from '../context'

export async function listLostReasons(db: Db): Promise<LostReason[]> {
  return db.selectFrom('lost_reasons').select(['id', 'label']).where('archived_at', 'is', null).orderBy('position').orderBy('id').execute()
}

const findByLabel = (db: Db, label: string) =>
  // The label column is COLLATE NOCASE, so this matches ignoring case.
  db.selectFrom('lost_reasons').select(['id', 'label', 'archived_at']).where('label', '=', label).executeTakeFirst()

/** Adds a reason at the end of the list. Adding one that was archived brings it back. */
export async function createLostReason(db: Db, label: string): Promise<LostReason> {
  return db.transaction().execute(async (trx) => {
    const existing = await findByLabel(trx, label)
    if (existing && existing.archived_at === null) throw new AppError('conflict', `“${existing.label}” is already in the list.`, 'label')
    const last = await trx.selectFrom('lost_reasons').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst()
    const position = (last?.p ?? -1) + 1
    if (existing) {
      return trx
        .updateTable('lost_reasons')
        .set({ label, position, archived_at: null })
        .where('id', '=', existing.id)
        .returning(['id', 'label'])
        .executeTakeFirstOrThrow()
    }
    return trx.insertInto('lost_reasons').values({ label, position }).returning(['id', 'label']).executeTakeFirstOrThrow()
  })
}

/** Leads already lost keep the reason text they were given; only the list changes. */
export async function renameLostReason(db: Db, id: number, label: string): Promise<LostReason> {
  try {
    const row = await db.updateTable('lost_reasons').set({ label }).where('id', '=', id).returning(['id', 'label']).executeTakeFirst()
    if (!row) throw notFound('That lost reason')
    return row
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', `“${label}” is already in the list.`, 'label')
    throw error
  }
}

export async function archiveLostReason(db: Db, id: number): Promise<{ id: number }> {
  const result = await db.updateTable('lost_reasons').set({ archived_at: nowIso() }).where('id', '=', id).executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('That lost reason')
  return { id }
}
