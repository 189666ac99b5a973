import { sql } from 'kysely'
import type { SegmentSummary } from '@shared/domain/campaigns'
import type { Db, Trx } from '../context'
import { leadSegmentSql } from '../leads/leads.parties'

// A lead is in a segment through its organisation, else its person (leads.parties.ts): its leads
// are counted through them, and so are the people and organisations in it.
function summaries(db: Db | Trx) {
  return db
    .selectFrom('segments as s')
    .select(['s.id', 's.name', 's.description', 's.industry', 's.company_size', 's.region', 's.rule_field_id', 's.rule_option'])
    .select([
      sql<number>`(SELECT count(*) FROM campaigns c WHERE c.segment_id = s.id)`.as('campaign_count'),
      sql<number>`(SELECT count(*) FROM people p WHERE p.segment_id = s.id)`.as('person_count'),
      sql<number>`(SELECT count(*) FROM organizations o WHERE o.segment_id = s.id)`.as('organization_count'),
    ])
}

type Row = Awaited<ReturnType<ReturnType<typeof summaries>['executeTakeFirstOrThrow']>>

/** How many leads each segment has, in one pass over the leads (not one per segment). */
async function leadCounts(db: Db | Trx, segmentId?: number): Promise<Map<number, number>> {
  const segment = sql.raw(leadSegmentSql('l'))
  const { rows } = await sql<{ segment_id: number; n: number }>`
    SELECT segment_id, count(*) AS n FROM (SELECT ${segment} AS segment_id FROM leads l) seg
    WHERE segment_id IS NOT NULL ${segmentId === undefined ? sql`` : sql`AND segment_id = ${segmentId}`}
    GROUP BY segment_id`.execute(db)
  return new Map(rows.map((row) => [row.segment_id, Number(row.n)]))
}

const toSummary = (row: Row, leads: Map<number, number>): SegmentSummary => ({
  id: row.id,
  name: row.name,
  description: row.description,
  industry: row.industry,
  companySize: row.company_size,
  region: row.region,
  rule: row.rule_field_id !== null && row.rule_option !== null ? { fieldId: Number(row.rule_field_id), option: row.rule_option } : null,
  leadCount: leads.get(row.id) ?? 0,
  campaignCount: Number(row.campaign_count),
  personCount: Number(row.person_count),
  organizationCount: Number(row.organization_count),
})

export async function listSegments(db: Db): Promise<SegmentSummary[]> {
  const leads = await leadCounts(db)
  return (await summaries(db).orderBy('s.name').execute()).map((row) => toSummary(row, leads))
}

export async function findSegment(db: Db | Trx, id: number): Promise<SegmentSummary | undefined> {
  const row = await summaries(db).where('s.id', '=', id).executeTakeFirst()
  return row && toSummary(row, await leadCounts(db, id))
}

export async function segmentExists(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('segments').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
}
