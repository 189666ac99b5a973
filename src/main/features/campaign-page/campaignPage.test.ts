import { describe, expect, it } from 'vitest'
import { LeadMove } from '@shared/contract/leads'
import { SpendInput } from '@shared/contract/campaignSpend'
import { EMPTY_METRIC_INPUTS } from '@shared/domain/metrics'
import { AppError } from '@shared/errors'
import { makeCampaign, makeLead } from '../../../../test/fixtures/builders'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { createSpend } from '../campaign-spend/campaignSpend.service'
import type { Db } from '../context'
import { moveLead } from '../leads/leads.service'
import { metricInputs } from '../metrics/metrics.repo'
import { fillBuckets, loadCampaignPage, seriesGrouping } from './campaignPage.service'

const WON = 6

describe('seriesGrouping', () => {
  it('charts a campaign of up to 120 days by week, a longer or undated one by month', () => {
    expect(seriesGrouping({ startsOn: '2026-03-01', endsOn: '2026-06-29' })).toBe('week')
    expect(seriesGrouping({ startsOn: '2026-03-01', endsOn: '2026-06-30' })).toBe('month')
    expect(seriesGrouping({ startsOn: '2026-03-01', endsOn: null })).toBe('month')
  })
})

describe('fillBuckets', () => {
  const row = (key: string | null, leads: number) => ({ key, inputs: { ...EMPTY_METRIC_INPUTS, leads } })

  it('fills the empty months between the first and last with zeros, across a year end', () => {
    expect(fillBuckets([row('2025-11-01', 2), row('2026-02-01', 5)], 'month').map((r) => [r.key, r.inputs.leads])).toEqual([
      ['2025-11-01', 2],
      ['2025-12-01', 0],
      ['2026-01-01', 0],
      ['2026-02-01', 5],
    ])
  })

  it('fills weeks seven days apart and drops a bucket without a date', () => {
    expect(fillBuckets([row('2026-03-02', 1), row('2026-03-16', 1), row(null, 9)], 'week').map((r) => r.key)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16'])
    expect(fillBuckets([], 'week')).toEqual([])
  })
})

describe('loadCampaignPage', () => {
  const database = useTestDatabase()
  const db = (): Db => database().db
  const move = (input: Parameters<typeof LeadMove.parse>[0]) => moveLead(db(), LeadMove.parse(input))

  it('says a missing campaign no longer exists', async () => {
    const error = await loadCampaignPage(db(), 404).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('not_found')
  })

  it('takes every figure from the metrics module, for the campaign’s whole life', async () => {
    const campaign = await makeCampaign(db(), { budgetMinor: 100_000 })
    const other = await makeCampaign(db())
    await createSpend(db(), campaign.id, SpendInput.parse({ spentOn: '2026-03-02', amountMinor: 30_000 }))
    await createSpend(db(), other.id, SpendInput.parse({ spentOn: '2026-03-02', amountMinor: 99_000 }))
    const won = await makeLead(db(), { sourceCampaignId: campaign.id })
    await makeLead(db(), { sourceCampaignId: campaign.id })
    await makeLead(db(), { sourceCampaignId: other.id })
    await move({ leadId: won.id, stageId: WON, wonValueMinor: 250_000 })

    const page = await loadCampaignPage(db(), campaign.id)
    expect(page.campaign).toMatchObject({ id: campaign.id, budgetMinor: 100_000 })
    expect(page.attributionModel).toBe('first')
    expect(page.inputs).toEqual(await metricInputs(db(), { campaignIds: [campaign.id] }))
    expect(page.inputs).toMatchObject({ spendMinor: 30_000, leads: 2, wonDeals: 1, revenueMinor: 250_000 })
    expect(page.series.grouping).toBe('month')
    const total = page.series.rows.reduce((sum, r) => sum + r.inputs.spendMinor, 0)
    expect(total).toBe(30_000)
  })

  it('is empty but whole for a campaign with nothing yet', async () => {
    const campaign = await makeCampaign(db())
    const page = await loadCampaignPage(db(), campaign.id)
    expect(page.inputs).toEqual(EMPTY_METRIC_INPUTS)
    expect(page.series.rows).toEqual([])
    expect(page.leads).toEqual({ total: 0, rows: [] })
    expect(page.feedback).toEqual({ kindCounts: { objection: 0, preference: 0, other: 0, lost: 0 }, topFeedback: [], lostReasons: [], latest: [] })
  })
})
