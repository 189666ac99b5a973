import { sql } from 'kysely'
import type { SegmentSummary } from '@shared/domain/campaigns'
import type { Db, Trx } from '../context'

function summaries(db: Db | Trx) {
  return db
    .selectFrom('segments as s')
    .select(['s.id', 's.name', 's.description', 's.industry', 's.company_size', 's.region'])
    .select([
      sql<number>`(SELECT count(*) FROM leads l WHERE l.segment_id = s.id)`.as('lead_count'),
      sql<number>`(SELECT count(*) FROM campaigns c WHERE c.segment_id = s.id)`.as('campaign_count'),
    ])
}

type Row = Awaited<ReturnType<ReturnType<typeof summaries>['executeTakeFirstOrThrow']>>

const toSummary = (row: Row): SegmentSummary => ({
  id: row.id,
  name: row.name,
  description: row.description,
  industry: row.industry,
  companySize: row.company_size,
  region: row.region,
  leadCount: Number(row.lead_count),
  campaignCount: Number(row.campaign_count),
})

export async function listSegments(db: Db): Promise<SegmentSummary[]> {
  return (await summaries(db).orderBy('s.name').execute()).map(toSummary)
}

export async function findSegment(db: Db | Trx, id: number): Promise<SegmentSummary | undefined> {
  const row = await summaries(db).where('s.id', '=', id).executeTakeFirst()
  return row && toSummary(row)
}

export async function segmentExists(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('segments').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
}
