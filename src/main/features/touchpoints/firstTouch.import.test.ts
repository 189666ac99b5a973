import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportOptions } from '@shared/domain/imports'
import { makeCampaign, makeLead } from '../../../../test/fixtures/builders'
import { useTempWorkspace } from '../../../../test/fixtures/workspace'
import { guessMapping } from '../imports/headers'
import { runImport } from '../imports/import.run'
import { undoImport } from '../imports/imports.service'
import { moveLead } from '../leads/leads.service'
import { metricInputsBy } from '../metrics/metrics.repo'
import { addTouchpoint, listTouchpoints } from './touchpoints.service'

// The source campaign is the first touch after an import that updates leads, and after its undo
// (the other edits: firstTouch.test.ts). Imports write through their own SQLite connection, so
// this runs on a solo workspace only until imports reach PostgreSQL.

const WON = 6

describe('the source campaign is the first touch through an import', () => {
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
