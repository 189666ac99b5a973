import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { CampaignInput, CampaignListQuery } from '@shared/contract/campaigns'
import { LeadInput } from '@shared/contract/leads'
import { SegmentInput } from '@shared/contract/segments'
import { appError } from '../../../../test/fixtures/app-error'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import type { Db } from '../context'
import { createLead, moveLead } from '../leads/leads.service'
import { findStage } from '../pipelines/pipelines.repo'
import { createSegment } from '../segments/segments.service'
import { listCampaigns } from './campaigns.repo'
import { createCampaign, deleteCampaign, getCampaign, updateCampaign } from './campaigns.service'
import { execute, queryRows, queryValue } from '../../../../test/fixtures/sql'

// Inputs go through the contract's schema, as they do when they arrive over IPC.
const fields = (input: Partial<CampaignInput> = {}) => CampaignInput.parse({ name: 'Spring webinar', channel: 'email', ...input })
type ListQueryInput = z.input<typeof CampaignListQuery>
const query = (input: ListQueryInput = {}) => CampaignListQuery.parse(input)

const WON_STAGE = 6
const LOST_STAGE = 7

describe('campaigns', () => {
  const database = useTestDatabase()
  const db = (): Db => database().db

  describe('create and get', () => {
    it('stores every field and reads it back', async () => {
      const segment = await createSegment(db(), SegmentInput.parse({ name: 'Dentists' }))
      const created = await createCampaign(
        db(),
        fields({
          name: '  Spring webinar  ',
          channel: 'video',
          objective: 'Book 20 demos',
          segmentId: segment.id,
          budgetMinor: 250_000,
          startsOn: '2026-03-01',
          endsOn: '2026-03-31',
          status: 'active',
          trackingCode: 'SPRING26',
          notes: 'Run with the partner',
        }),
      )
      expect(created).toEqual({
        id: expect.any(Number) as number,
        name: 'Spring webinar',
        channel: 'video',
        objective: 'Book 20 demos',
        segmentId: segment.id,
        segmentName: 'Dentists',
        budgetMinor: 250_000,
        startsOn: '2026-03-01',
        endsOn: '2026-03-31',
        status: 'active',
        trackingCode: 'SPRING26',
        notes: 'Run with the partner',
        createdAt: expect.any(String) as string,
        updatedAt: created.createdAt,
        version: 1,
      })
      expect(await getCampaign(db(), created.id)).toEqual(created)
    })

    it('fills the defaults a form leaves out', async () => {
      const created = await createCampaign(db(), fields({ trackingCode: '', objective: '   ' }))
      expect(created).toMatchObject({
        segmentId: null,
        segmentName: null,
        budgetMinor: 0,
        startsOn: null,
        endsOn: null,
        status: 'planned',
        trackingCode: null,
        objective: null,
        notes: null,
      })
    })

    it('says a missing campaign no longer exists', async () => {
      const error = await appError(getCampaign(db(), 404))
      expect(error.code).toBe('not_found')
      expect(error.message).toMatch(/campaign no longer exists/)
    })

    it('refuses a tracking code another campaign uses, on the trackingCode field', async () => {
      await createCampaign(db(), fields({ trackingCode: 'SPRING26' }))
      const error = await appError(createCampaign(db(), fields({ name: 'Copy', trackingCode: 'SPRING26' })))
      expect(error.toShape()).toEqual({ code: 'conflict', message: expect.stringContaining('SPRING26') as string, field: 'trackingCode' })
      expect(await listCampaigns(db(), query())).toHaveLength(1)
    })

    it('lets many campaigns go without a tracking code', async () => {
      await createCampaign(db(), fields({ name: 'A' }))
      await createCampaign(db(), fields({ name: 'B' }))
      expect(await listCampaigns(db(), query())).toHaveLength(2)
    })

    it('refuses a segment that does not exist, on the segmentId field', async () => {
      const error = await appError(createCampaign(db(), fields({ segmentId: 99 })))
      expect(error.code).toBe('invalid_input')
      expect(error.field).toBe('segmentId')
      expect(await listCampaigns(db(), query())).toEqual([])
    })
  })

  describe('update', () => {
    it('replaces the fields and keeps created_at', async () => {
      const created = await createCampaign(db(), fields({ budgetMinor: 100, trackingCode: 'A1' }))
      await new Promise((resolve) => setTimeout(resolve, 5))
      const updated = await updateCampaign(db(), created.id, fields({ name: 'Autumn', channel: 'seo', status: 'paused', budgetMinor: 900 }))
      expect(updated).toMatchObject({ id: created.id, name: 'Autumn', channel: 'seo', status: 'paused', budgetMinor: 900, trackingCode: null })
      expect(updated.createdAt).toBe(created.createdAt)
      expect(updated.updatedAt > created.updatedAt).toBe(true)
    })

    it('refuses a tracking code another campaign uses', async () => {
      await createCampaign(db(), fields({ name: 'A', trackingCode: 'TAKEN' }))
      const b = await createCampaign(db(), fields({ name: 'B', trackingCode: 'MINE' }))
      const error = await appError(updateCampaign(db(), b.id, fields({ name: 'B', trackingCode: 'TAKEN' })))
      expect(error.code).toBe('conflict')
      expect(error.field).toBe('trackingCode')
      expect((await getCampaign(db(), b.id)).trackingCode).toBe('MINE')
    })

    it('may keep its own tracking code', async () => {
      const a = await createCampaign(db(), fields({ trackingCode: 'MINE' }))
      expect((await updateCampaign(db(), a.id, fields({ name: 'Renamed', trackingCode: 'MINE' }))).name).toBe('Renamed')
    })

    it('refuses a missing segment', async () => {
      const a = await createCampaign(db(), fields())
      const error = await appError(updateCampaign(db(), a.id, fields({ segmentId: 42 })))
      expect(error.field).toBe('segmentId')
    })

    it('says a missing campaign no longer exists', async () => {
      expect((await appError(updateCampaign(db(), 404, fields()))).code).toBe('not_found')
    })
  })

  describe('delete', () => {
    it('removes the campaign', async () => {
      const a = await createCampaign(db(), fields())
      expect(await deleteCampaign(db(), a.id)).toEqual({ id: a.id })
      expect((await appError(getCampaign(db(), a.id))).code).toBe('not_found')
    })

    it('keeps its leads, which lose the link', async () => {
      const a = await createCampaign(db(), fields())
      const lead = await createLead(db(), LeadInput.parse({ personName: 'Dana Li', sourceCampaignId: a.id }))
      await execute(database().db, sql`INSERT INTO campaign_spend (campaign_id, spent_on, amount_minor, created_at) VALUES (${a.id}, '2026-03-02', 500, 'x')`)

      await deleteCampaign(db(), a.id)

      const row = await queryRows(database().db, sql`SELECT id, source_campaign_id FROM leads`)
      expect(row).toEqual([{ id: lead.id, source_campaign_id: null }])
      expect(await queryValue(database().db, sql`SELECT count(*) FROM touchpoints`)).toBe(0)
      expect(await queryValue(database().db, sql`SELECT count(*) FROM campaign_spend`)).toBe(0)
    })

    it('says a missing campaign no longer exists', async () => {
      expect((await appError(deleteCampaign(db(), 404))).code).toBe('not_found')
    })
  })

  describe('list', () => {
    async function seedThree() {
      const email = await createCampaign(db(), fields({ name: 'Spring email', channel: 'email', status: 'active', startsOn: '2026-03-01', trackingCode: 'SPR-1' }))
      const video = await createCampaign(db(), fields({ name: 'Launch video', channel: 'video', status: 'planned', startsOn: '2026-05-01' }))
      const undated = await createCampaign(db(), fields({ name: 'Referral push', channel: 'referral', status: 'active', trackingCode: 'REF_100%' }))
      return { email, video, undated }
    }
    const names = async (q: ListQueryInput = {}) => (await listCampaigns(db(), query(q))).map((c) => c.name)

    it('puts the latest start first and undated campaigns last', async () => {
      await seedThree()
      const laterUndated = await createCampaign(db(), fields({ name: 'Another undated' }))
      expect(await names()).toEqual(['Launch video', 'Spring email', laterUndated.name, 'Referral push'])
    })

    it('filters by status', async () => {
      await seedThree()
      expect(await names({ status: 'active' })).toEqual(['Spring email', 'Referral push'])
      expect(await names({ status: 'completed' })).toEqual([])
    })

    it('filters by channel', async () => {
      await seedThree()
      expect(await names({ channel: 'video' })).toEqual(['Launch video'])
    })

    it('combines filters', async () => {
      await seedThree()
      expect(await names({ status: 'active', channel: 'email' })).toEqual(['Spring email'])
      expect(await names({ status: 'planned', channel: 'email' })).toEqual([])
    })

    it('searches names and tracking codes, ignoring case', async () => {
      await seedThree()
      expect(await names({ search: 'SPRING' })).toEqual(['Spring email'])
      expect(await names({ search: 'spr-1' })).toEqual(['Spring email'])
      expect(await names({ search: 'nothing like it' })).toEqual([])
    })

    it('treats % and _ in a search as plain characters', async () => {
      await seedThree()
      expect(await names({ search: '%' })).toEqual(['Referral push'])
      expect(await names({ search: 'REF_' })).toEqual(['Referral push'])
      expect(await names({ search: '_' })).toEqual(['Referral push'])
    })

    it('counts leads, won leads and spend per campaign', async () => {
      const { email, video } = await seedThree()
      const lead = (name: string, campaignId: number) => createLead(db(), LeadInput.parse({ personName: name, sourceCampaignId: campaignId }))
      const a = await lead('A', email.id)
      const b = await lead('B', email.id)
      await lead('C', email.id)
      const d = await lead('D', video.id)
      expect((await findStage(db(), WON_STAGE))?.kind).toBe('won')
      await moveLead(db(), { leadId: a.id, stageId: WON_STAGE, beforeLeadId: null })
      await moveLead(db(), { leadId: b.id, stageId: LOST_STAGE, beforeLeadId: null, lostReason: 'No budget' })
      await moveLead(db(), { leadId: d.id, stageId: WON_STAGE, beforeLeadId: null })
      await execute(db(), sql`INSERT INTO campaign_spend (campaign_id, spent_on, amount_minor, created_at) VALUES (${email.id}, '2026-03-02', 12000, 'x'), (${email.id}, '2026-03-09', 8050, 'x')`)

      const byName = Object.fromEntries((await listCampaigns(db(), query())).map((c) => [c.name, c]))
      expect(byName['Spring email']).toMatchObject({ leadCount: 3, wonCount: 1, spentMinor: 20_050 })
      expect(byName['Launch video']).toMatchObject({ leadCount: 1, wonCount: 1, spentMinor: 0 })
      expect(byName['Referral push']).toMatchObject({ leadCount: 0, wonCount: 0, spentMinor: 0 })
    })

    it('returns plain numbers for the counts', async () => {
      await seedThree()
      for (const c of await listCampaigns(db(), query())) {
        expect(typeof c.leadCount).toBe('number')
        expect(typeof c.spentMinor).toBe('number')
      }
    })
  })
})
