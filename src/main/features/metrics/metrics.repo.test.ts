import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { EMPTY_METRIC_INPUTS, METRIC_KINDS, computeMetrics, type MetricInputs, type MetricKey } from '@shared/domain/metrics'
import { execute } from '../../../../test/fixtures/sql'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { CAMPAIGN, SEGMENT, seedMetricsFirm } from './metrics.fixtures'
import { INPUT_COLUMNS, metricInputs, metricInputsBy, metricInputsQuery, metricOrderSql, readMetricContext } from './metrics.repo'

// Every expectation below is worked out by hand from metrics.fixtures.ts.
const PERIOD = { from: '2026-01-01', to: '2026-02-28' }
const inputs = (values: Partial<MetricInputs>): MetricInputs => ({ ...EMPTY_METRIC_INPUTS, ...values })

describe('metric inputs', () => {
  const database = useTestDatabase()
  const db = () => database().db
  const seed = () => seedMetricsFirm(database().db)
  const setModel = (model: string) => execute(db(), sql`UPDATE settings SET attribution_model = ${model}`)

  it('is all zeros on an empty workspace, with no rows by campaign', async () => {
    expect(await metricInputs(db(), PERIOD)).toEqual(EMPTY_METRIC_INPUTS)
    expect(await metricInputs(db())).toEqual(EMPTY_METRIC_INPUTS)
    expect(await metricInputsBy(db(), 'campaign', PERIOD)).toEqual([])
  })

  it('totals the period', async () => {
    await seed()
    expect(await metricInputs(db(), PERIOD)).toEqual(
      inputs({
        spendMinor: 45_000, // 10,000 + 5,000 + 30,000; the December entry is outside
        leads: 7, // leads 1–6 and 8; 7 was created in December, 9 on 1 March
        qualifiedLeads: 5, // 1 and 5 and 8 won, 2 sits in Proposal, 3 passed through Qualified before it was lost
        wonDeals: 4, // 1, 5, 7 (created in December, won 3 January), 8
        lostDeals: 2,
        wonValueMinor: 137_001,
        revenueMinor: 137_001,
        cycleDaysTotal: 80, // 20 + 31 + 14 + 15
        impressions: 3000,
        clicks: 70,
        visits: 50,
        engagements: 10,
      }),
    )
  })

  it('counts everything without a period', async () => {
    await seed()
    const all = await metricInputs(db())
    expect(all.leads).toBe(9)
    expect(all.spendMinor).toBe(45_999)
    expect(all.impressions).toBe(12_999)
  })

  it('includes both end days whole (a lead at 23:59 on the last day counts, one at midnight after does not)', async () => {
    await seed()
    expect((await metricInputs(db(), { from: '2026-02-28', to: '2026-02-28' })).leads).toBe(1)
    expect((await metricInputs(db(), { from: '2026-03-01', to: '2026-03-01' })).leads).toBe(1)
    expect((await metricInputs(db(), { from: '2026-02-05', to: '2026-02-05' })).spendMinor).toBe(5000)
  })

  it('groups by campaign under first touch', async () => {
    await seed()
    const rows = await metricInputsBy(db(), 'campaign', PERIOD)
    expect(rows).toEqual([
      {
        key: CAMPAIGN.a,
        inputs: inputs({ spendMinor: 15_000, leads: 4, qualifiedLeads: 2 + 0 + 1, wonDeals: 2, lostDeals: 2, wonValueMinor: 120_000, revenueMinor: 120_000, cycleDaysTotal: 34, impressions: 1000, clicks: 50, visits: 40, engagements: 10 }),
      },
      {
        key: CAMPAIGN.b,
        inputs: inputs({ spendMinor: 30_000, leads: 2, qualifiedLeads: 1, wonDeals: 1, wonValueMinor: 10_001, revenueMinor: 10_001, cycleDaysTotal: 31, impressions: 2000, clicks: 20, visits: 10 }),
      },
      { key: null, inputs: inputs({ leads: 1, qualifiedLeads: 1, wonDeals: 1, wonValueMinor: 7000, revenueMinor: 7000, cycleDaysTotal: 15 }) },
    ])
    const a = computeMetrics((rows[0] as { inputs: MetricInputs }).inputs)
    expect(a).toMatchObject({ costPerLead: 3750, costPerQualifiedLead: 5000, customerAcquisitionCost: 7500, returnOnInvestment: 7, returnOnAdSpend: 8, clickThroughRate: 0.05, visitToLeadRate: 0.1, winRate: 0.5, averageDealSize: 60_000, salesCycleDays: 17 })
  })

  it('moves revenue to the last touch under last touch', async () => {
    await seed()
    await setModel('last')
    const revenue = Object.fromEntries((await metricInputsBy(db(), 'campaign', PERIOD)).map((r) => [String(r.key), r.inputs.revenueMinor]))
    // Lead 1 → B, lead 5 → C, lead 7 → A, lead 8 → no campaign.
    expect(revenue).toEqual({ [CAMPAIGN.a]: 20_000, [CAMPAIGN.b]: 100_000, [CAMPAIGN.c]: 10_001, null: 7000 })
  })

  it('splits revenue in whole units that add up under linear', async () => {
    await seed()
    await setModel('linear')
    const rows = await metricInputsBy(db(), 'campaign', PERIOD)
    const revenue = Object.fromEntries(rows.map((r) => [String(r.key), r.inputs.revenueMinor]))
    // Lead 1: 50,000 to A and B. Lead 5: 10,001 / 3 = 3,333 r 2 → B 3,334, A 3,334, C 3,333 in touch order. Lead 7: A. Lead 8: none.
    expect(revenue).toEqual({ [CAMPAIGN.a]: 73_334, [CAMPAIGN.b]: 53_334, [CAMPAIGN.c]: 3333, null: 7000 })
    expect(rows.reduce((sum, r) => sum + r.inputs.revenueMinor, 0)).toBe(137_001)
    // Deals stay with their source campaign; only revenue follows the model.
    expect(rows.find((r) => r.key === CAMPAIGN.c)?.inputs).toEqual(inputs({ revenueMinor: 3333 }))
  })

  it('lets a caller override the setting', async () => {
    await seed()
    expect((await metricInputs(db(), { ...PERIOD, campaignIds: [CAMPAIGN.b] }, { model: 'linear' })).revenueMinor).toBe(53_334)
    expect((await readMetricContext(db())).model).toBe('first')
  })

  it('filters by channel', async () => {
    await seed()
    expect(await metricInputs(db(), { ...PERIOD, channels: ['email'] })).toMatchObject({ spendMinor: 15_000, leads: 4, wonDeals: 2, revenueMinor: 120_000 })
    expect(await metricInputs(db(), { ...PERIOD, channels: ['seo'] })).toEqual(EMPTY_METRIC_INPUTS)
  })

  it('filters by segment: the lead’s segment for leads and deals, the campaign’s for spend', async () => {
    await seed()
    expect(await metricInputs(db(), { ...PERIOD, segmentIds: [SEGMENT.s1] })).toMatchObject({ spendMinor: 15_000, leads: 2, qualifiedLeads: 2, wonDeals: 1, revenueMinor: 100_000, impressions: 1000 })
    expect(await metricInputs(db(), { ...PERIOD, segmentIds: [SEGMENT.s2] })).toMatchObject({ spendMinor: 0, leads: 1, wonDeals: 1, revenueMinor: 10_001 })
  })

  it('filters by owner on the lead side only', async () => {
    await seed()
    expect(await metricInputs(db(), { ...PERIOD, owners: ['Ana'] })).toMatchObject({ spendMinor: 45_000, leads: 2, qualifiedLeads: 2, wonDeals: 1, lostDeals: 1, revenueMinor: 100_000 })
  })

  it('filters by pipeline', async () => {
    await seed()
    expect((await metricInputs(db(), { ...PERIOD, pipelineIds: [1] })).leads).toBe(7)
    expect(await metricInputs(db(), { ...PERIOD, pipelineIds: [99] })).toMatchObject({ leads: 0, wonDeals: 0, spendMinor: 45_000 })
  })

  it('groups by channel and by segment', async () => {
    await seed()
    const byChannel = await metricInputsBy(db(), 'channel', PERIOD)
    expect(byChannel.map((r) => [r.key, r.inputs.leads, r.inputs.spendMinor])).toEqual([
      ['email', 4, 15_000],
      ['video', 2, 30_000],
      [null, 1, 0],
    ])
    const bySegment = await metricInputsBy(db(), 'segment', PERIOD)
    expect(bySegment.map((r) => [r.key, r.inputs.leads, r.inputs.wonDeals, r.inputs.revenueMinor, r.inputs.spendMinor])).toEqual([
      [SEGMENT.s1, 2, 1, 100_000, 15_000],
      [SEGMENT.s2, 1, 1, 10_001, 0],
      [null, 4, 2, 27_000, 30_000],
    ])
  })

  it('groups by owner', async () => {
    await seed()
    const rows = await metricInputsBy(db(), 'owner', PERIOD)
    expect(rows.map((r) => [r.key, r.inputs.leads])).toEqual([
      ['Ana', 2],
      ['Ben', 2],
      [null, 3],
    ])
  })

  it('buckets by month, week and day', async () => {
    await seed()
    const months = await metricInputsBy(db(), 'month', PERIOD)
    expect(months.map((r) => [r.key, r.inputs.leads, r.inputs.spendMinor, r.inputs.wonDeals, r.inputs.revenueMinor])).toEqual([
      ['2026-01-01', 6, 40_000, 3, 127_000],
      ['2026-02-01', 1, 5000, 1, 10_001],
    ])
    const weeks = await metricInputsBy(db(), 'week', { from: '2026-01-05', to: '2026-01-11' })
    // Monday 5 January to Sunday 11 January: leads 1–5, the 10 January spend.
    expect(weeks.map((r) => [r.key, r.inputs.leads, r.inputs.spendMinor])).toEqual([['2026-01-05', 5, 10_000]])
    await execute(db(), sql`UPDATE settings SET week_start = 0`)
    const sundayWeeks = await metricInputsBy(db(), 'week', { from: '2026-01-05', to: '2026-01-11' })
    // Sunday 4 January to Saturday 10 January holds the same leads.
    expect(sundayWeeks.map((r) => [r.key, r.inputs.leads])).toEqual([['2026-01-04', 5]])
    const days = await metricInputsBy(db(), 'day', { from: '2026-01-10', to: '2026-01-10' })
    expect(days).toEqual([{ key: '2026-01-10', inputs: inputs({ leads: 1, qualifiedLeads: 1, spendMinor: 10_000 }) }])
  })

  it('follows the configured qualified stage', async () => {
    await seed()
    await execute(db(), sql`UPDATE pipelines SET qualified_stage_id = 4`)
    // Now only Proposal or later: lead 2 (Proposal) and the won 1, 5, 8; lead 3 only reached Qualified.
    expect((await metricInputs(db(), PERIOD)).qualifiedLeads).toBe(4)
    await execute(db(), sql`UPDATE pipelines SET qualified_stage_id = NULL`)
    expect((await metricInputs(db(), PERIOD)).qualifiedLeads).toBe(3)
  })

  it('orders by each figure in SQL exactly as the formulas compute it', async () => {
    await seed()
    const context = await readMetricContext(db())
    for (const key of Object.keys(METRIC_KINDS) as MetricKey[]) {
      const { rows } = await sql<Record<string, number | null>>`
        SELECT m.key, ${metricOrderSql(key, 'm')} AS figure FROM (${metricInputsQuery('campaign', PERIOD, context)}) m WHERE m.key IS NOT NULL ORDER BY m.key`.execute(db())
      const expected = (await metricInputsBy(db(), 'campaign', PERIOD)).filter((r) => r.key !== null).map((r) => computeMetrics(r.inputs)[key])
      const got = rows.map((r) => r.figure)
      for (const [index, value] of expected.entries()) {
        if (value === null) expect(got[index], key).toBeNull()
        else expect(got[index], key).toBeCloseTo(value, 0)
      }
    }
    expect(Object.keys(INPUT_COLUMNS)).toHaveLength(Object.keys(EMPTY_METRIC_INPUTS).length)
  })
})
