import { describe, expect, it } from 'vitest'
import { ATTRIBUTION_MODELS, EMPTY_METRIC_INPUTS } from '@shared/domain/metrics'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { CAMPAIGN, seedMetricsFirm } from './metrics.fixtures'
import { metricInputs, metricInputsBy } from './metrics.repo'

// A campaign's own figures read only the deals its campaigns touched or sourced (a campaign
// page must not rank every touch in the file). They must still equal that campaign's row of
// the unfiltered grouping, for every model and period, shares of multi-touch deals included.
describe('metric inputs narrowed to campaigns', () => {
  const database = useTestDatabase()
  const db = () => database().db

  it.each(ATTRIBUTION_MODELS)('equal each campaign’s row of the by-campaign grouping under %s attribution', async (model) => {
    await seedMetricsFirm(database().db)
    for (const period of [{}, { from: '2026-01-01', to: '2026-02-28' }, { from: '2026-02-01' }]) {
      const rows = await metricInputsBy(db(), 'campaign', period, { model })
      for (const id of [...Object.values(CAMPAIGN), 404]) {
        const expected = rows.find((r) => r.key === id)?.inputs ?? EMPTY_METRIC_INPUTS
        expect(await metricInputs(db(), { ...period, campaignIds: [id] }, { model }), `campaign ${id} ${JSON.stringify(period)}`).toEqual(expected)
      }
      const both = await metricInputs(db(), { ...period, campaignIds: [CAMPAIGN.a, CAMPAIGN.b] }, { model })
      const a = rows.find((r) => r.key === CAMPAIGN.a)?.inputs ?? EMPTY_METRIC_INPUTS
      const b = rows.find((r) => r.key === CAMPAIGN.b)?.inputs ?? EMPTY_METRIC_INPUTS
      expect(both.revenueMinor).toBe(a.revenueMinor + b.revenueMinor)
    }
  })
})
