import type { z } from 'zod'
import type { SegmentInput } from '@shared/contract/segments'
import type { Segment } from '@shared/domain/campaigns'
import { nowIso } from '@shared/domain/dates'
import { AppError } from '@shared/errors'
import { isUniqueViolation } from '../../db/sqlite-errors'
import type { Db } from '../context'

export async function createSegment(db: Db, input: z.output<typeof SegmentInput>): Promise<Segment> {
  try {
    return await db
      .insertInto('segments')
      .values({ name: input.name, description: input.description, created_at: nowIso() })
      .returning(['id', 'name', 'description'])
      .executeTakeFirstOrThrow()
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', `There is already a segment called “${input.name}”.`, 'name')
    throw error
  }
}
