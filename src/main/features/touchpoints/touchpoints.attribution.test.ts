import { describe, expect, it } from 'vitest'
import { makeCampaign, makeLead } from '../../../../test/fixtures/builders'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { moveLead } from '../leads/leads.service'
import { metricInputsBy } from '../metrics/metrics.repo'
import { setAttributionModel } from '../metrics/metrics.settings'
import { addTouchpoint } from './touchpoints.service'

// Touches as the metrics module reads them: who earns a won deal's revenue under each model.

const WON = 6

describe('touchpoints and attribution', () => {
  const database = useTestDatabase()
  const db = () => database().db

  it('moves attributed revenue when the model changes', async () => {
    const a = await makeCampaign(db())
    const b = await makeCampaign(db())
    const lead = await makeLead(db(), { sourceCampaignId: a.id, valueMinor: 1001 })
    await addTouchpoint(db(), { leadId: lead.id, campaignId: b.id, note: null })
    await moveLead(db(), { leadId: lead.id, stageId: WON, beforeLeadId: null })
    const revenue = async () => Object.fromEntries((await metricInputsBy(db(), 'campaign')).map((r): [string, number] => [String(r.key), r.inputs.revenueMinor]))
    expect(await revenue()).toEqual({ [a.id]: 1001 })
    await setAttributionModel(db(), 'last')
    expect(await revenue()).toEqual({ [a.id]: 0, [b.id]: 1001 })
    await setAttributionModel(db(), 'linear')
    expect(await revenue()).toEqual({ [a.id]: 501, [b.id]: 500 })
  })
})
