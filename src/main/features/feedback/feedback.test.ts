import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'
import { queryValue } from '../../../../test/fixtures/sql'

describe('feedback', () => {
  let t: TestWorkspace
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  it('rolls up to the lead’s source campaign unless another (or none) is given', async () => {
    const webinar = await t.call('campaigns.create', { name: 'Webinar', channel: 'video' })
    const blog = await t.call('campaigns.create', { name: 'Blog', channel: 'content' })
    const dana = await t.call('leads.create', { personName: 'Dana Li', sourceCampaignId: webinar.id })
    const first = await t.call('feedback.create', { leadId: dana.id, kind: 'objection', text: ' Too expensive ' })
    expect(first).toMatchObject({ leadId: dana.id, campaignId: webinar.id, campaignName: 'Webinar', kind: 'objection', text: 'Too expensive' })
    const other = await t.call('feedback.create', { leadId: dana.id, kind: 'preference', text: 'Prefers email', campaignId: blog.id })
    expect(other).toMatchObject({ campaignId: blog.id, campaignName: 'Blog' })
    const none = await t.call('feedback.create', { leadId: dana.id, kind: 'other', text: 'Met at a fair', campaignId: null })
    expect(none).toMatchObject({ campaignId: null, campaignName: null })

    const list = await t.call('feedback.list', { leadId: dana.id })
    expect(list.map((f) => f.text)).toEqual(['Met at a fair', 'Prefers email', 'Too expensive'])
    // The campaign side can count it.
    expect(await queryValue(t.database.db, sql`SELECT count(*) FROM feedback WHERE campaign_id = ${webinar.id} AND kind = 'objection'`)).toBe(1)
  })

  it('has no campaign when the lead has none, and refuses a campaign that is gone', async () => {
    const bo = await t.call('leads.create', { personName: 'Bo Chen' })
    await expect(t.call('feedback.create', { leadId: bo.id, kind: 'preference', text: 'Mornings' })).resolves.toMatchObject({ campaignId: null })
    expect(await t.fail('feedback.create', { leadId: bo.id, kind: 'preference', text: 'x', campaignId: 999 })).toMatchObject({ field: 'campaignId' })
    expect(await t.fail('feedback.create', { leadId: bo.id, kind: 'preference', text: '  ' })).toMatchObject({ field: 'text' })
    expect(await t.fail('feedback.create', { leadId: 999, kind: 'preference', text: 'x' })).toMatchObject({ code: 'not_found' })
  })

  it('deletes an entry', async () => {
    const bo = await t.call('leads.create', { personName: 'Bo Chen' })
    const entry = await t.call('feedback.create', { leadId: bo.id, kind: 'objection', text: 'Too slow' })
    await expect(t.call('feedback.delete', { id: entry.id })).resolves.toEqual({ id: entry.id })
    expect(await t.call('feedback.list', { leadId: bo.id })).toEqual([])
    expect(await t.fail('feedback.delete', { id: entry.id })).toMatchObject({ code: 'not_found' })
  })
})
