import type { z } from 'zod'
import type { SegmentInput } from '@shared/contract/segments'
import type { SegmentSummary } from '@shared/domain/campaigns'
import { nowIso } from '@shared/domain/dates'
import { AppError, notFound } from '@shared/errors'
import { isUniqueViolation } from '../../db/dialect/errors'
import type { Db } from '../context'
import { findSegment } from './segments.repo'

type SegmentFields = z.output<typeof SegmentInput>

const toRow = (input: SegmentFields) => ({
  name: input.name,
  description: input.description,
  industry: input.industry,
  company_size: input.companySize,
  region: input.region,
})

function nameTaken(error: unknown, name: string): never {
  if (isUniqueViolation(error)) throw new AppError('conflict', `There is already a segment called “${name}”.`, 'name')
  throw error
}

async function getSegment(db: Db, id: number): Promise<SegmentSummary> {
  const segment = await findSegment(db, id)
  if (!segment) throw notFound('That segment')
  return segment
}

export async function createSegment(db: Db, input: SegmentFields): Promise<SegmentSummary> {
  try {
    const { id } = await db
      .insertInto('segments')
      .values({ ...toRow(input), created_at: nowIso() })
      .returning('id')
      .executeTakeFirstOrThrow()
    return await getSegment(db, id)
  } catch (error) {
    nameTaken(error, input.name)
  }
}

export async function updateSegment(db: Db, id: number, input: SegmentFields): Promise<SegmentSummary> {
  try {
    const result = await db.updateTable('segments').set(toRow(input)).where('id', '=', id).executeTakeFirst()
    if (result.numUpdatedRows === 0n) throw notFound('That segment')
  } catch (error) {
    nameTaken(error, input.name)
  }
  return getSegment(db, id)
}

/** Deletes a segment. Its people, organisations (and so their leads) and campaigns are kept and simply lose the segment (the foreign keys set it to null). */
export async function deleteSegment(db: Db, id: number): Promise<{ id: number; leadsCleared: number; campaignsCleared: number }> {
  return db.transaction().execute(async (trx) => {
    const segment = await findSegment(trx, id)
    if (!segment) throw notFound('That segment')
    await trx.deleteFrom('segments').where('id', '=', id).execute()
    return { id, leadsCleared: segment.leadCount, campaignsCleared: segment.campaignCount }
  })
}
