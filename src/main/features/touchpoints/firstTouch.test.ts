import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { makeCampaign, makeLead } from '../../../../test/fixtures/builders'
import { execute, queryColumn, queryValue } from '../../../../test/fixtures/sql'
import { testEngine, useTestDatabase } from '../../../../test/fixtures/test-database'
import { deleteCampaign } from '../campaigns/campaigns.service'
import { bulkLeads, undoDelete } from '../leads/leads.bulk'
import { moveLead, updateLead } from '../leads/leads.service'
import { metricInputsBy } from '../metrics/metrics.repo'
import { addTouchpoint, deleteTouchpoint, listTouchpoints } from './touchpoints.service'

// The source campaign is the first touch after every kind of edit: the drawer, a backdated touch,
// a bulk delete and its undo, a campaign deleted (an import and its undo: firstTouch.import.test.ts).

const WON = 6

describe(`the source campaign is the first touch (${testEngine})`, () => {
  const database = useTestDatabase()
  const db = () => database().db
  const source = (leadId: number) => queryValue<number | null>(db(), sql`SELECT source_campaign_id FROM leads WHERE id = ${leadId}`)
  const touches = async (leadId: number) => (await listTouchpoints(db(), leadId)).map((t) => t.campaignId)
  /** Leads whose source is not their first touch's campaign: always none. */
  const disagreeing = () =>
    queryColumn(
      db(),
      sql`SELECT l.id FROM leads l
          WHERE l.source_campaign_id IS DISTINCT FROM (SELECT t.campaign_id FROM touchpoints t WHERE t.lead_id = l.id ORDER BY t.at, t.id LIMIT 1)
            AND EXISTS (SELECT 1 FROM touchpoints t WHERE t.lead_id = l.id)`,
    )

  it('follows a source changed in the drawer: deal and revenue go to the same campaign', async () => {
    const webinar = await makeCampaign(db(), { name: 'Webinar' })
    const ads = await makeCampaign(db(), { name: 'Ads' })
    const expo = await makeCampaign(db(), { name: 'Expo' })
    const lead = await makeLead(db(), { sourceCampaignId: webinar.id, valueMinor: 50_000 })
    await addTouchpoint(db(), { leadId: lead.id, campaignId: ads.id, note: 'Clicked an ad' })
    await updateLead(db(), lead.id, { sourceCampaignId: expo.id })
    expect(await source(lead.id)).toBe(expo.id)
    expect(await touches(lead.id)).toEqual([expo.id, ads.id])
    await moveLead(db(), { leadId: lead.id, stageId: WON, beforeLeadId: null })
    const won = Object.fromEntries((await metricInputsBy(db(), 'campaign')).map((r) => [String(r.key), [r.inputs.wonDeals, r.inputs.revenueMinor]]))
    expect(won[String(expo.id)]).toEqual([1, 50_000])
    expect(won[String(webinar.id)]).toBeUndefined()
    expect(await disagreeing()).toEqual([])
  })

  it('clears the source with its touch, handing it to the next touch', async () => {
    const a = await makeCampaign(db())
    const b = await makeCampaign(db())
    const lead = await makeLead(db(), { sourceCampaignId: a.id })
    await addTouchpoint(db(), { leadId: lead.id, campaignId: b.id, note: null })
    await updateLead(db(), lead.id, { sourceCampaignId: null })
    expect(await touches(lead.id)).toEqual([b.id])
    expect(await source(lead.id)).toBe(b.id)
    const alone = await makeLead(db(), { sourceCampaignId: a.id })
    await updateLead(db(), alone.id, { sourceCampaignId: null })
    expect(await touches(alone.id)).toEqual([])
    expect(await source(alone.id)).toBeNull()
  })

  it('makes a touch dated before the first one the source, and hands it back when that touch goes', async () => {
    const a = await makeCampaign(db())
    const b = await makeCampaign(db())
    const lead = await makeLead(db(), { sourceCampaignId: a.id })
    const list = await addTouchpoint(db(), { leadId: lead.id, campaignId: b.id, at: '2020-01-01T09:00:00.000Z', note: 'Met at a fair' })
    expect(await source(lead.id)).toBe(b.id)
    await deleteTouchpoint(db(), list[0]!.id)
    expect(await source(lead.id)).toBe(a.id)
  })

  it('writes down the implied source touch when a lead without touches is touched by another campaign', async () => {
    const a = await makeCampaign(db())
    const b = await makeCampaign(db())
    const lead = await makeLead(db(), { sourceCampaignId: a.id })
    // As an older Baton or another tool could leave it: a source and no touches.
    await execute(db(), sql`DELETE FROM touchpoints WHERE lead_id = ${lead.id}`)
    await execute(db(), sql`UPDATE leads SET source_campaign_id = ${a.id} WHERE id = ${lead.id}`)
    await bulkLeads(db(), [lead.id], { type: 'touch', campaignId: b.id, note: null })
    expect(await touches(lead.id)).toEqual([a.id, b.id])
    expect(await source(lead.id)).toBe(a.id)
  })

  it('comes back as it was after a bulk delete is undone', async () => {
    const a = await makeCampaign(db())
    const b = await makeCampaign(db())
    const lead = await makeLead(db(), { sourceCampaignId: a.id })
    await addTouchpoint(db(), { leadId: lead.id, campaignId: b.id, at: '2020-01-01T09:00:00.000Z', note: 'Met at a fair' })
    const plain = await makeLead(db(), { sourceCampaignId: a.id })
    const before = [await touches(lead.id), await touches(plain.id), await source(lead.id), await source(plain.id)]
    const { undoToken } = await bulkLeads(db(), [lead.id, plain.id], { type: 'delete' })
    await undoDelete(db(), undoToken!)
    expect([await touches(lead.id), await touches(plain.id), await source(lead.id), await source(plain.id)]).toEqual(before)
    expect(before).toEqual([[b.id, a.id], [a.id], b.id, a.id])
  })

  it('hands the source to the next touch when its campaign is deleted', async () => {
    const a = await makeCampaign(db())
    const b = await makeCampaign(db())
    const lead = await makeLead(db(), { sourceCampaignId: a.id })
    await addTouchpoint(db(), { leadId: lead.id, campaignId: a.id, note: 'Second webinar' })
    await addTouchpoint(db(), { leadId: lead.id, campaignId: b.id, note: null })
    await deleteCampaign(db(), a.id)
    expect(await touches(lead.id)).toEqual([b.id])
    expect(await source(lead.id)).toBe(b.id)
  })
})
