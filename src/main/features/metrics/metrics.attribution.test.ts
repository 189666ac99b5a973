import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { attributeDeal, type AttributionModel, type CreditTouch } from '@shared/domain/metrics'
import { execute, queryValue } from '../../../../test/fixtures/sql'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { dialectOf } from '../../db/dialect'
import { createRandom } from '../sample/random'
import { metricInputsBy } from './metrics.repo'

// The SQL split of won revenue against its oracle (attributeDeal), on deals touched before and
// after their close, under every model.

const WON = 6
const DAY = 86_400_000

interface Deal {
  id: number
  valueMinor: number
  closedAt: string
  sourceCampaignId: number | null
  touches: CreditTouch[]
}

describe('attribution in SQL', () => {
  const database = useTestDatabase()

  async function seed(deals: Deal[]): Promise<void> {
    const at = '2026-01-01T00:00:00.000Z'
    await database().db.transaction().execute(async (trx) => {
      for (let id = 1; id <= 4; id++) await execute(trx, sql`INSERT INTO campaigns (id, name, channel, created_at, updated_at) VALUES (${id}, ${`C${id}`}, 'email', ${at}, ${at})`)
      for (const deal of deals) {
        // Each deal is the one deal of its own person (same id).
        await execute(trx, sql`INSERT INTO people (id, name, name_key, created_at, updated_at) VALUES (${deal.id}, ${`Lead ${deal.id}`}, ${`lead${deal.id}`}, ${at}, ${at})`)
        await execute(
          trx,
          sql`INSERT INTO leads (id, person_id, source_campaign_id, pipeline_id, stage_id, position, value_minor, created_at, updated_at, stage_entered_at, closed_at)
              VALUES (${deal.id}, ${deal.id}, NULL, 1, ${WON}, ${deal.id}, ${deal.valueMinor}, ${at}, ${at}, ${deal.closedAt}, ${deal.closedAt})`,
        )
        for (const t of [...deal.touches].sort((a, b) => a.id - b.id)) {
          await execute(trx, sql`INSERT INTO touchpoints (id, lead_id, campaign_id, at) VALUES (${t.id}, ${deal.id}, ${t.campaignId}, ${t.at})`)
        }
        // The source is the first touch (the triggers keep it so); a deal never touched has none.
        deal.sourceCampaignId = await queryValue<number | null>(trx, sql`SELECT source_campaign_id FROM leads WHERE id = ${deal.id}`)
      }
      await dialectOf(trx).idsTaken(trx, ['campaigns', 'people', 'leads', 'touchpoints'])
    })
  }

  it('gives a touch after the close no share, under any model', async () => {
    const deal: Deal = {
      id: 1,
      valueMinor: 10_001,
      closedAt: '2026-02-10T12:00:00.000Z',
      sourceCampaignId: null,
      touches: [
        { id: 1, campaignId: 1, at: '2026-01-05T09:00:00.000Z' },
        { id: 2, campaignId: 2, at: '2026-02-10T12:00:00.000Z' },
        { id: 3, campaignId: 3, at: '2026-02-10T12:00:00.001Z' },
      ],
    }
    await seed([deal])
    const revenue = async (model: AttributionModel): Promise<Record<string, number>> =>
      Object.fromEntries((await metricInputsBy(database().db, 'campaign', {}, { model })).filter((r) => r.inputs.revenueMinor > 0).map((r) => [String(r.key), r.inputs.revenueMinor]))
    expect(await revenue('first')).toEqual({ 1: 10_001 })
    expect(await revenue('last')).toEqual({ 2: 10_001 })
    expect(await revenue('linear')).toEqual({ 1: 5_001, 2: 5_000 })
  })

  it('agrees with the oracle deal by deal on a random firm', async () => {
    const random = createRandom(17)
    const deals: Deal[] = []
    let touchId = 1
    for (let id = 1; id <= 120; id++) {
      const closedMs = Date.UTC(2026, 2, 1) + random.int(0, 60) * DAY + random.int(0, 86_399) * 1000
      const touches = Array.from({ length: random.int(0, 4) }, () => ({
        id: touchId++,
        campaignId: random.int(1, 4),
        // Some before, some exactly at, some after the close.
        at: new Date(closedMs + random.weighted([-1, 0, 1], [6, 1, 2]) * random.int(0, 20) * DAY).toISOString(),
      }))
      deals.push({ id, valueMinor: random.int(0, 5_000_000), closedAt: new Date(closedMs).toISOString(), sourceCampaignId: null, touches })
    }
    await seed(deals)
    for (const model of ['first', 'last', 'linear'] as const) {
      const expected = new Map<number | null, number>()
      for (const deal of deals) for (const [campaign, share] of attributeDeal(deal, deal.touches, model)) expected.set(campaign, (expected.get(campaign) ?? 0) + share)
      const rows = await metricInputsBy(database().db, 'campaign', {}, { model })
      const actual = new Map(rows.map((r) => [r.key === null ? null : Number(r.key), r.inputs.revenueMinor]))
      for (const [campaign, share] of expected) expect([model, campaign, actual.get(campaign) ?? 0]).toEqual([model, campaign, share])
      expect([...actual.values()].reduce((a, b) => a + b, 0)).toBe(deals.reduce((sum, d) => sum + d.valueMinor, 0))
    }
  })
})
