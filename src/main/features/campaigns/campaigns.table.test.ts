import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { CampaignTableQuery } from '@shared/contract/campaigns'
import { computeMetrics } from '@shared/domain/metrics'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { seedMetricsFirm } from '../metrics/metrics.fixtures'
import { campaignTable } from './campaigns.table'
import { execute } from '../../../../test/fixtures/sql'

// The firm of metrics.fixtures.ts: A (email, segment S1), B (video), C (seo, no spend, no leads).
describe('campaign table', () => {
  const database = useTestDatabase()
  const table = (query: CampaignTableQuery = {}) => campaignTable(database().db, CampaignTableQuery.parse(query))
  const names = async (query: CampaignTableQuery = {}) => (await table(query)).rows.map((r) => r.name)
  const PERIOD = { from: '2026-01-01', to: '2026-02-28' }

  it('gives every campaign its figures for the period and adds up the totals', async () => {
    await seedMetricsFirm(database().db)
    const result = await table(PERIOD)
    const byName = Object.fromEntries(result.rows.map((r) => [r.name, r]))
    expect(byName.A?.inputs).toMatchObject({ spendMinor: 15_000, leads: 4, qualifiedLeads: 3, wonDeals: 2, revenueMinor: 120_000 })
    expect(computeMetrics(byName.A?.inputs ?? result.totals)).toMatchObject({ costPerLead: 3750, customerAcquisitionCost: 7500, returnOnInvestment: 7 })
    expect(byName.C?.inputs.leads).toBe(0)
    expect(result.totals).toMatchObject({ spendMinor: 45_000, leads: 6, wonDeals: 3, revenueMinor: 130_001 })
    expect(result.attributionModel).toBe('first')
  })

  it('sorts in SQL by a plain column or a computed figure, undefined figures last either way', async () => {
    await seedMetricsFirm(database().db)
    expect(await names({ ...PERIOD, sort: { column: 'name', direction: 'desc' } })).toEqual(['C', 'B', 'A'])
    expect(await names({ ...PERIOD, sort: { column: 'costPerLead', direction: 'asc' } })).toEqual(['A', 'B', 'C'])
    expect(await names({ ...PERIOD, sort: { column: 'costPerLead', direction: 'desc' } })).toEqual(['B', 'A', 'C'])
    expect(await names({ ...PERIOD, sort: { column: 'returnOnInvestment', direction: 'desc' } })).toEqual(['A', 'B', 'C'])
    expect(await names({ ...PERIOD, sort: { column: 'spendMinor', direction: 'desc' } })).toEqual(['B', 'A', 'C'])
  })

  it('filters by channel, status, segment and search', async () => {
    await seedMetricsFirm(database().db)
    expect(await names({ channel: 'video' })).toEqual(['B'])
    expect(await names({ segmentId: 1 })).toEqual(['A'])
    expect(await names({ status: 'active' })).toEqual([])
    expect(await names({ search: 'c' })).toEqual(['C'])
  })

  it('lists only campaigns that ran in the period or brought something in it', async () => {
    await seedMetricsFirm(database().db)
    const at = '2025-01-01T00:00:00.000Z'
    await execute(database().db, sql`INSERT INTO campaigns (name, channel, starts_on, ends_on, created_at, updated_at) VALUES ('Old fair', 'event', '2025-05-01', '2025-05-02', ${at}, ${at})`)
    await execute(database().db, sql`INSERT INTO campaigns (name, channel, starts_on, ends_on, created_at, updated_at) VALUES ('Winter mail', 'email', '2026-02-20', '2026-04-01', ${at}, ${at})`)
    expect((await names(PERIOD)).sort()).toEqual(['A', 'B', 'C', 'Winter mail'])
    expect((await names()).length).toBe(5)
  })

  it('is empty with zero totals on a new workspace', async () => {
    const result = await table(PERIOD)
    expect(result.rows).toEqual([])
    expect(computeMetrics(result.totals).costPerLead).toBeNull()
  })
})
