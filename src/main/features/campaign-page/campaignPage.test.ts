import { describe, expect, it } from 'vitest'
import { FeedbackInput } from '@shared/contract/feedback'
import { LeadMove } from '@shared/contract/leads'
import { SpendInput } from '@shared/contract/campaignSpend'
import { EMPTY_METRIC_INPUTS } from '@shared/domain/metrics'
import { AppError } from '@shared/errors'
import { makeCampaign, makeLead } from '../../../../test/fixtures/builders'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { createSpend } from '../campaign-spend/campaignSpend.service'
import type { Db } from '../context'
import { createFeedback } from '../feedback/feedback.service'
import { moveLead } from '../leads/leads.service'
import { metricInputs } from '../metrics/metrics.repo'
import { fillBuckets, loadCampaignPage, seriesGrouping } from './campaignPage.service'

const WON = 6
const LOST = 7

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
  const feedback = (leadId: number, kind: 'objection' | 'preference', text: string) => createFeedback(db(), FeedbackInput.parse({ leadId, kind, text }))

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

  it('lists the leads it brought, newest first, with their stages', async () => {
    const campaign = await makeCampaign(db())
    const first = await makeLead(db(), { personName: 'Ana Ruiz', company: 'Northwind', sourceCampaignId: campaign.id })
    await new Promise((resolve) => setTimeout(resolve, 5))
    const second = await makeLead(db(), { personName: 'Ben Okafor', sourceCampaignId: campaign.id, valueMinor: 5_000 })
    await makeLead(db(), { personName: 'Elsewhere' })
    await move({ leadId: first.id, stageId: WON, wonValueMinor: 9_000 })

    const { leads } = await loadCampaignPage(db(), campaign.id)
    expect(leads.total).toBe(2)
    expect(leads.rows.map((l) => [l.id, l.personName, l.stageName, l.stageKind, l.valueMinor])).toEqual([
      [second.id, 'Ben Okafor', 'New', 'open', 5_000],
      [first.id, 'Ana Ruiz', 'Won', 'won', 9_000],
    ])
    expect(leads.rows[1]?.company).toBe('Northwind')
    expect(leads.rows[1]?.closedAt).not.toBeNull()
  })

  it('rolls up what sales heard: counts by kind, repeated objections, lost reasons and the latest entries', async () => {
    const campaign = await makeCampaign(db())
    const [a, b, c] = await Promise.all(['A', 'B', 'C'].map((name) => makeLead(db(), { personName: name, sourceCampaignId: campaign.id })))
    const outsider = await makeLead(db())
    await feedback(a!.id, 'objection', 'Too expensive')
    await feedback(b!.id, 'objection', 'too expensive ')
    await feedback(b!.id, 'preference', 'Wants a monthly plan')
    await feedback(outsider.id, 'objection', 'Too expensive')
    await move({ leadId: a!.id, stageId: LOST, lostReason: 'Price too high', lostNote: 'Went with a freelancer' })
    await move({ leadId: c!.id, stageId: LOST, lostReason: 'Price too high' })
    await move({ leadId: b!.id, stageId: LOST, lostReason: 'Bad timing' })

    const { feedback: rollup } = await loadCampaignPage(db(), campaign.id)
    expect(rollup.kindCounts).toEqual({ objection: 2, preference: 1, other: 0, lost: 3 })
    expect(rollup.topFeedback).toEqual([
      { kind: 'objection', text: 'Too expensive', count: 2 },
      { kind: 'preference', text: 'Wants a monthly plan', count: 1 },
    ])
    expect(rollup.lostReasons).toEqual([
      { reason: 'Price too high', count: 2 },
      { reason: 'Bad timing', count: 1 },
    ])
    expect(rollup.latest).toHaveLength(6)
    expect(rollup.latest.map((n) => n.kind).sort()).toEqual(['lost', 'lost', 'lost', 'objection', 'objection', 'preference'])
    expect(rollup.latest.find((n) => n.leadId === a!.id && n.kind === 'lost')?.text).toBe('Price too high: Went with a freelancer')
    expect(rollup.latest.every((n, i, all) => i === 0 || all[i - 1]!.at >= n.at)).toBe(true)
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
