import { describe, expect, it } from 'vitest'
import {
  EMPTY_METRIC_INPUTS,
  addMetricInputs,
  attributeDeal,
  attributeValue,
  creditedTouches,
  computeMetrics,
  formatMetric,
  formatMetricValue,
  type MetricInputs,
} from './metrics'

const inputs = (values: Partial<MetricInputs>): MetricInputs => ({ ...EMPTY_METRIC_INPUTS, ...values })

describe('metric formulas', () => {
  const firm = inputs({
    spendMinor: 45_000,
    leads: 7,
    qualifiedLeads: 5,
    wonDeals: 4,
    lostDeals: 2,
    wonValueMinor: 137_001,
    revenueMinor: 137_001,
    cycleDaysTotal: 80,
    impressions: 3000,
    clicks: 70,
    visits: 50,
  })

  it('computes every figure from hand-worked inputs', () => {
    const m = computeMetrics(firm)
    expect(m.costPerLead).toBe(6429) // 45,000 / 7 = 6,428.57 → nearest cent
    expect(m.costPerQualifiedLead).toBe(9000)
    expect(m.customerAcquisitionCost).toBe(11_250)
    expect(m.returnOnInvestment).toBeCloseTo(92_001 / 45_000, 12)
    expect(m.returnOnAdSpend).toBeCloseTo(137_001 / 45_000, 12)
    expect(m.clickThroughRate).toBeCloseTo(70 / 3000, 12)
    expect(m.visitToLeadRate).toBeCloseTo(0.14, 12)
    expect(m.leadToCustomerRate).toBeCloseTo(4 / 7, 12)
    expect(m.winRate).toBeCloseTo(4 / 6, 12)
    expect(m.averageDealSize).toBe(34_250) // 137,001 / 4 = 34,250.25
    expect(m.salesCycleDays).toBe(20)
    expect(m.spendMinor).toBe(45_000)
    expect(m.leads).toBe(7)
  })

  it('leaves every rate undefined on an empty period', () => {
    const m = computeMetrics(EMPTY_METRIC_INPUTS)
    for (const key of ['costPerLead', 'costPerQualifiedLead', 'customerAcquisitionCost', 'returnOnInvestment', 'returnOnAdSpend', 'clickThroughRate', 'visitToLeadRate', 'leadToCustomerRate', 'winRate', 'averageDealSize', 'salesCycleDays'] as const) {
      expect(m[key], key).toBeNull()
    }
    expect(m.leads).toBe(0)
    expect(m.spendMinor).toBe(0)
  })

  it('shows no cost figures and no return when nothing was spent', () => {
    const m = computeMetrics(inputs({ leads: 3, wonDeals: 1, wonValueMinor: 500, revenueMinor: 500 }))
    expect(m.costPerLead).toBeNull()
    expect(m.customerAcquisitionCost).toBeNull()
    expect(m.returnOnInvestment).toBeNull()
    expect(m.returnOnAdSpend).toBeNull()
    expect(m.leadToCustomerRate).toBeCloseTo(1 / 3, 12)
    expect(m.averageDealSize).toBe(500)
  })

  it('gives a loss of −100 % when spend brought no revenue, and no CPL without leads', () => {
    const m = computeMetrics(inputs({ spendMinor: 1000 }))
    expect(m.returnOnInvestment).toBe(-1)
    expect(m.returnOnAdSpend).toBe(0)
    expect(m.costPerLead).toBeNull()
    expect(m.customerAcquisitionCost).toBeNull()
  })

  it('has a win rate of 0 % when every closed deal was lost, and none when nothing closed', () => {
    expect(computeMetrics(inputs({ lostDeals: 3 })).winRate).toBe(0)
    expect(computeMetrics(inputs({ leads: 3 })).winRate).toBeNull()
  })

  it('adds inputs rather than averaging rates', () => {
    const total = addMetricInputs(inputs({ spendMinor: 100, leads: 1 }), inputs({ spendMinor: 300, leads: 3 }), EMPTY_METRIC_INPUTS)
    expect(total).toEqual(inputs({ spendMinor: 400, leads: 4 }))
    expect(computeMetrics(total).costPerLead).toBe(100)
    expect(addMetricInputs()).toEqual(EMPTY_METRIC_INPUTS)
  })
})

describe('formatting', () => {
  it('shows an undefined figure as a dash, never NaN, Infinity or 0 %', () => {
    expect(formatMetric('costPerLead', null)).toBe('—')
    expect(formatMetric('winRate', null)).toBe('—')
    expect(formatMetricValue('percent', Number.NaN)).toBe('—')
    expect(formatMetricValue('money', Number.POSITIVE_INFINITY)).toBe('—')
  })

  it('formats money, percentages, multiples, days and counts', () => {
    expect(formatMetric('costPerLead', 6429)).toBe('$64.29')
    expect(formatMetric('customerAcquisitionCost', 11_250_00)).toBe('$11,250')
    expect(formatMetric('returnOnInvestment', 2.04447)).toBe('204%')
    expect(formatMetric('returnOnInvestment', -1)).toBe('-100%')
    expect(formatMetric('clickThroughRate', 70 / 3000)).toBe('2.3%')
    expect(formatMetric('returnOnAdSpend', 137_001 / 45_000)).toBe('3.04×')
    expect(formatMetric('salesCycleDays', 20.25)).toBe('20.3')
    expect(formatMetric('leads', 1234)).toBe('1,234')
    expect(formatMetric('winRate', 0)).toBe('0%')
    expect(formatMetric('revenueMinor', 137_001, { currency: 'EUR', locale: 'de-DE' })).toBe('1.370,01\u00a0€')
  })
})

describe('attribution of a won deal', () => {
  it('gives everything to the first touch', () => {
    expect(attributeValue(10_001, 3, 'first')).toEqual([10_001, 0, 0])
  })

  it('gives everything to the last touch', () => {
    expect(attributeValue(10_001, 3, 'last')).toEqual([0, 0, 10_001])
  })

  it('splits linearly in whole units, leftovers to the earliest touches, adding up exactly', () => {
    expect(attributeValue(10_001, 3, 'linear')).toEqual([3334, 3334, 3333])
    expect(attributeValue(100_000, 2, 'linear')).toEqual([50_000, 50_000])
    expect(attributeValue(1, 3, 'linear')).toEqual([1, 0, 0])
    expect(attributeValue(0, 2, 'linear')).toEqual([0, 0])
    for (const [value, n] of [[99_999, 7], [1, 2], [123_456_789, 11], [5, 5]] as const) {
      const shares = attributeValue(value, n, 'linear')
      expect(shares.reduce((a, b) => a + b, 0)).toBe(value)
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1)
    }
  })

  it('has nothing to split without touches, and one touch takes all', () => {
    expect(attributeValue(500, 0, 'linear')).toEqual([])
    for (const model of ['first', 'last', 'linear'] as const) expect(attributeValue(500, 1, model)).toEqual([500])
  })

  // Won on 10 March at noon; touched by 1 at creation, 2 in February, 3 exactly at the close, and 4 the day after.
  const deal = { valueMinor: 10_000, closedAt: '2026-03-10T12:00:00.000Z', sourceCampaignId: 1 }
  const touches = [
    { id: 14, campaignId: 4, at: '2026-03-11T09:00:00.000Z' },
    { id: 12, campaignId: 2, at: '2026-02-01T09:00:00.000Z' },
    { id: 11, campaignId: 1, at: '2026-01-05T09:00:00.000Z' },
    { id: 13, campaignId: 3, at: '2026-03-10T12:00:00.000Z' },
  ]

  it('credits only the touches up to the close, in time order', () => {
    expect(creditedTouches(touches, deal.closedAt).map((t) => t.id)).toEqual([11, 12, 13])
    expect([...attributeDeal(deal, touches, 'first')]).toEqual([[1, 10_000]])
    // Last touch is the one at the close, not the one a day after it.
    expect([...attributeDeal(deal, touches, 'last')]).toEqual([[3, 10_000]])
    expect([...attributeDeal(deal, touches, 'linear')]).toEqual([
      [1, 3334],
      [2, 3333],
      [3, 3333],
    ])
  })

  it('leaves a deal touched only after its close with its source campaign, and adds up a campaign touching twice', () => {
    expect([...attributeDeal(deal, [touches[0]!], 'last')]).toEqual([[1, 10_000]])
    expect([...attributeDeal({ ...deal, sourceCampaignId: null }, [], 'linear')]).toEqual([[null, 10_000]])
    const twice = [touches[2]!, { id: 15, campaignId: 1, at: '2026-03-01T09:00:00.000Z' }, touches[1]!]
    expect([...attributeDeal({ ...deal, valueMinor: 10_001 }, twice, 'linear')]).toEqual([
      [1, 6667],
      [2, 3334],
    ])
  })
})
