import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportOptions } from '@shared/domain/imports'
import { makeCampaign, makeLead } from '../../../../test/fixtures/builders'
import { useTempWorkspace } from '../../../../test/fixtures/workspace'
import { deleteCampaign } from '../campaigns/campaigns.service'
import { guessMapping } from '../imports/headers'
import { runImport } from '../imports/import.run'
import { undoImport } from '../imports/imports.service'
import { bulkLeads, undoDelete } from '../leads/leads.bulk'
import { moveLead, updateLead } from '../leads/leads.service'
import { metricInputsBy } from '../metrics/metrics.repo'
import { addTouchpoint, deleteTouchpoint, listTouchpoints } from './touchpoints.service'

// The source campaign is the first touch after every kind of edit: the drawer, a backdated touch,
// a bulk delete and its undo, an import that updates leads and its undo, a campaign deleted.

const WON = 6

describe('the source campaign is the first touch', () => {
  const ws = useTempWorkspace()
  const db = () => ws().database.db
  const sqlite = () => ws().database.sqlite
  const source = (leadId: number) => sqlite().prepare('SELECT source_campaign_id FROM leads WHERE id = ?').pluck().get(leadId) as number | null
  const touches = async (leadId: number) => (await listTouchpoints(db(), leadId)).map((t) => t.campaignId)
  /** Leads whose source is not their first touch's campaign: always none. */
  const disagreeing = () =>
    sqlite()
      .prepare(
        `SELECT l.id FROM leads l
         WHERE l.source_campaign_id IS NOT (SELECT t.campaign_id FROM touchpoints t WHERE t.lead_id = l.id ORDER BY t.at, t.id LIMIT 1)
           AND EXISTS (SELECT 1 FROM touchpoints t WHERE t.lead_id = l.id)`,
      )
      .pluck()
      .all()
  const firstTouchRevenue = async () => Object.fromEntries((await metricInputsBy(db(), 'campaign')).filter((r) => r.inputs.revenueMinor > 0).map((r) => [String(r.key), r.inputs.revenueMinor]))

  it('follows a source changed in the drawer: deal and revenue go to the same campaign', async () => {
    const webinar = await makeCampaign(db(), { name: 'Webinar' })
    const ads = await makeCampaign(db(), { name: 'Ads' })
    const expo = await makeCampaign(db(), { name: 'Expo' })
    const lead = await makeLead(db(), { sourceCampaignId: webinar.id, valueMinor: 50_000 })
    await addTouchpoint(db(), { leadId: lead.id, campaignId: ads.id, note: 'Clicked an ad' })
    await updateLead(db(), lead.id, { sourceCampaignId: expo.id })
    expect(source(lead.id)).toBe(expo.id)
    expect(await touches(lead.id)).toEqual([expo.id, ads.id])
    await moveLead(db(), { leadId: lead.id, stageId: WON, beforeLeadId: null })
    const won = Object.fromEntries((await metricInputsBy(db(), 'campaign')).map((r) => [String(r.key), [r.inputs.wonDeals, r.inputs.revenueMinor]]))
    expect(won[String(expo.id)]).toEqual([1, 50_000])
    expect(won[String(webinar.id)]).toBeUndefined()
    expect(disagreeing()).toEqual([])
  })

  it('clears the source with its touch, handing it to the next touch', async () => {
    const a = await makeCampaign(db())
    const b = await makeCampaign(db())
    const lead = await makeLead(db(), { sourceCampaignId: a.id })
    await addTouchpoint(db(), { leadId: lead.id, campaignId: b.id, note: null })
    await updateLead(db(), lead.id, { sourceCampaignId: null })
    expect(await touches(lead.id)).toEqual([b.id])
    expect(source(lead.id)).toBe(b.id)
    const alone = await makeLead(db(), { sourceCampaignId: a.id })
    await updateLead(db(), alone.id, { sourceCampaignId: null })
    expect(await touches(alone.id)).toEqual([])
    expect(source(alone.id)).toBeNull()
  })

  it('makes a touch dated before the first one the source, and hands it back when that touch goes', async () => {
    const a = await makeCampaign(db())
    const b = await makeCampaign(db())
    const lead = await makeLead(db(), { sourceCampaignId: a.id })
    const list = await addTouchpoint(db(), { leadId: lead.id, campaignId: b.id, at: '2020-01-01T09:00:00.000Z', note: 'Met at a fair' })
    expect(source(lead.id)).toBe(b.id)
    await deleteTouchpoint(db(), list[0]!.id)
    expect(source(lead.id)).toBe(a.id)
  })

  it('writes down the implied source touch when a lead without touches is touched by another campaign', async () => {
    const a = await makeCampaign(db())
    const b = await makeCampaign(db())
    const lead = await makeLead(db(), { sourceCampaignId: a.id })
    // As an older Baton or another tool could leave it: a source and no touches.
    sqlite().prepare('DELETE FROM touchpoints WHERE lead_id = ?').run(lead.id)
    sqlite().prepare('UPDATE leads SET source_campaign_id = ? WHERE id = ?').run(a.id, lead.id)
    await bulkLeads(db(), [lead.id], { type: 'touch', campaignId: b.id, note: null })
    expect(await touches(lead.id)).toEqual([a.id, b.id])
    expect(source(lead.id)).toBe(a.id)
  })

  it('comes back as it was after a bulk delete is undone', async () => {
    const a = await makeCampaign(db())
    const b = await makeCampaign(db())
    const lead = await makeLead(db(), { sourceCampaignId: a.id })
    await addTouchpoint(db(), { leadId: lead.id, campaignId: b.id, at: '2020-01-01T09:00:00.000Z', note: 'Met at a fair' })
    const plain = await makeLead(db(), { sourceCampaignId: a.id })
    const before = [await touches(lead.id), await touches(plain.id), source(lead.id), source(plain.id)]
    const { undoToken } = await bulkLeads(db(), [lead.id, plain.id], { type: 'delete' })
    await undoDelete(db(), undoToken!)
    expect([await touches(lead.id), await touches(plain.id), source(lead.id), source(plain.id)]).toEqual(before)
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
    expect(source(lead.id)).toBe(b.id)
  })

  it('holds through an import that updates leads with a new campaign, and through its undo', async () => {
    const webinar = await makeCampaign(db(), { name: 'Webinar' })
    const ads = await makeCampaign(db(), { name: 'Ads' })
    const lead = await makeLead(db(), { personName: 'Dana Li', email: 'dana@acme.test', sourceCampaignId: webinar.id, valueMinor: 90_000 })
    await addTouchpoint(db(), { leadId: lead.id, campaignId: ads.id, note: null })
    const file = join(ws().dir, 'leads.csv')
    const csv = 'Name,Email,Campaign\nDana Li,dana@acme.test,Trade fair\n'
    writeFileSync(file, csv)
    const options: ImportOptions = { mapping: guessMapping(['Name', 'Email', 'Campaign']), duplicates: 'update', dayOrder: 'dmy', decimalMark: '.', createCampaigns: true, createStages: false, pipelineId: null }
    const result = await runImport(sqlite(), { file, options, mode: 'import', rejectedFile: join(ws().dir, 'rejected.csv') }, { onProgress: () => {}, isCancelled: () => false })
    if (result.status !== 'done' || result.batchId === null) throw new Error('the import did not finish')
    const fair = sqlite().prepare(`SELECT id FROM campaigns WHERE name = 'Trade fair'`).pluck().get() as number
    expect(source(lead.id)).toBe(fair)
    expect(await touches(lead.id)).toEqual([fair, ads.id])
    await moveLead(db(), { leadId: lead.id, stageId: WON, beforeLeadId: null })
    expect(await firstTouchRevenue()).toEqual({ [fair]: 90_000 })
    expect(disagreeing()).toEqual([])

    await undoImport(db(), result.batchId)
    expect(source(lead.id)).toBe(webinar.id)
    expect(await touches(lead.id)).toEqual([webinar.id, ads.id])
    expect(disagreeing()).toEqual([])
  })
})
