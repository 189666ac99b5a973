import type { Segment } from '@shared/domain/campaigns'
import type { Db } from '../context'

export async function listSegments(db: Db): Promise<Segment[]> {
  return db.selectFrom('segments').select(['id', 'name', 'description']).orderBy('name').execute()
}

export async function segmentExists(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('segments').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
}
