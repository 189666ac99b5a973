import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { LeadBulk } from '@shared/contract/leads'
import { makeCampaign, makeLead } from '../../../../test/fixtures/builders'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { bulkLeads } from '../leads/leads.bulk'
import { addTouchpoint, deleteTouchpoint, listTouchpoints } from './touchpoints.service'
import { queryColumn, queryValue } from '../../../../test/fixtures/sql'
import { leadSegmentSql } from '../leads/leads.parties'


describe('touchpoints', () => {
  const database = useTestDatabase()
  const db = () => database().db
  const source = async (leadId: number) => await queryValue(database().db, sql`SELECT source_campaign_id FROM leads WHERE id = ${leadId}`)

  it('lists the source touch first and adds later touches after it', async () => {
    const spring = await makeCampaign(db(), { name: 'Spring webinar' })
    const ads = await makeCampaign(db(), { name: 'LinkedIn ads', channel: 'social_ads' })
    const lead = await makeLead(db(), { sourceCampaignId: spring.id })
    const touches = await addTouchpoint(db(), { leadId: lead.id, campaignId: ads.id, note: 'Clicked the retargeting ad' })
    expect(touches.map((t) => [t.campaignName, t.first, t.note])).toEqual([
      ['Spring webinar', true, null],
      ['LinkedIn ads', false, 'Clicked the retargeting ad'],
    ])
    expect(await source(lead.id)).toBe(spring.id)
  })

  it('makes the first touch of a lead without a campaign its source', async () => {
    const ads = await makeCampaign(db())
    const lead = await makeLead(db())
    await addTouchpoint(db(), { leadId: lead.id, campaignId: ads.id, note: null })
    expect(await source(lead.id)).toBe(ads.id)
  })

  it('hands the source to the next touch when the source touch is deleted, and clears it with the last', async () => {
    const a = await makeCampaign(db())
    const b = await makeCampaign(db())
    const lead = await makeLead(db(), { sourceCampaignId: a.id })
    const touches = await addTouchpoint(db(), { leadId: lead.id, campaignId: b.id, note: null })
    const left = await deleteTouchpoint(db(), touches[0]?.id ?? 0)
    expect(left.map((t) => [t.campaignId, t.first])).toEqual([[b.id, true]])
    expect(await source(lead.id)).toBe(b.id)
    expect(await deleteTouchpoint(db(), left[0]?.id ?? 0)).toEqual([])
    expect(await source(lead.id)).toBeNull()
  })

  it('refuses a campaign that does not exist, a future time and a missing lead', async () => {
    const lead = await makeLead(db())
    await expect(addTouchpoint(db(), { leadId: lead.id, campaignId: 99, note: null })).rejects.toThrow(/campaign no longer exists/)
    const a = await makeCampaign(db())
    await expect(addTouchpoint(db(), { leadId: lead.id, campaignId: a.id, at: '2999-01-01T00:00:00.000Z', note: null })).rejects.toThrow(/future/)
    await expect(addTouchpoint(db(), { leadId: 999, campaignId: a.id, note: null })).rejects.toThrow(/no longer exists/)
    expect(await listTouchpoints(db(), lead.id)).toEqual([])
  })

  it('touches many leads at once from the table and sets their segment', async () => {
    const a = await makeCampaign(db())
    const b = await makeCampaign(db())
    const first = await makeLead(db(), { sourceCampaignId: a.id })
    const second = await makeLead(db())
    const bulk = (action: unknown) => {
      const parsed = LeadBulk.parse({ leadIds: [first.id, second.id, 999], action })
      return bulkLeads(db(), parsed.leadIds, parsed.action)
    }
    expect(await bulk({ type: 'touch', campaignId: b.id })).toEqual({ affected: 2, undoToken: null })
    expect((await listTouchpoints(db(), first.id)).map((t) => t.campaignId)).toEqual([a.id, b.id])
    expect(await source(first.id)).toBe(a.id)
    expect(await source(second.id)).toBe(b.id)
    const dentists = await queryValue<number>(database().db, sql`INSERT INTO segments (name, created_at) VALUES ('Dentists', 'x') RETURNING id`)
    expect((await bulk({ type: 'setSegment', segmentId: dentists })).affected).toBe(2)
    expect(await queryColumn(database().db, sql`SELECT DISTINCT ${sql.raw(leadSegmentSql('l'))} FROM leads l`)).toEqual([dentists])
    await expect(bulk({ type: 'setSegment', segmentId: 7 })).rejects.toThrow(/segment no longer exists/)
  })
})
