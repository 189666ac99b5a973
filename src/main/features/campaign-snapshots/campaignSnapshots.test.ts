import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { CampaignInput } from '@shared/contract/campaigns'
import { SnapshotDayInput } from '@shared/contract/campaignSnapshots'
import { appError } from '../../../../test/fixtures/app-error'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { createDispatch } from '../../ipc/dispatch'
import { handlers } from '../../handlers'
import { createCampaign } from '../campaigns/campaigns.service'
import type { Db, HandlerContext } from '../context'
import { deleteSnapshot, listSnapshots, saveSnapshots, updateSnapshot } from './campaignSnapshots.service'
import { queryValue } from '../../../../test/fixtures/sql'

const dayOf = (measuredOn: string, counts: Partial<Record<'impressions' | 'clicks' | 'visits' | 'engagements', number | null>> = {}) =>
  SnapshotDayInput.parse({ measuredOn, ...counts })

describe('campaign metric snapshots', () => {
  const database = useTestDatabase()
  const db = (): Db => database().db
  const campaign = () => createCampaign(db(), CampaignInput.parse({ name: 'Search', channel: 'sem' }))
  const counts = async (campaignId: number) => (await listSnapshots(db(), campaignId)).map((s) => [s.measuredOn, s.impressions, s.clicks, s.visits, s.engagements])

  it('saves new days with zero for the counts they lack, newest first', async () => {
    const c = await campaign()
    expect(await saveSnapshots(db(), c.id, [dayOf('2026-03-02', { impressions: 1200, clicks: 40 }), dayOf('2026-03-03', { visits: 12 })])).toEqual({ created: 2, updated: 0 })
    expect(await counts(c.id)).toEqual([
      ['2026-03-03', 0, 0, 12, 0],
      ['2026-03-02', 1200, 40, 0, 0],
    ])
  })

  it('updates a day already saved: the counts given replace, the ones left out stay', async () => {
    const c = await campaign()
    await saveSnapshots(db(), c.id, [dayOf('2026-03-02', { impressions: 1200, clicks: 40, visits: 20, engagements: 0 })])
    expect(await saveSnapshots(db(), c.id, [dayOf('2026-03-02', { engagements: 310, clicks: 45 }), dayOf('2026-03-04', { clicks: 5 })])).toEqual({ created: 1, updated: 1 })
    expect(await counts(c.id)).toEqual([
      ['2026-03-04', 0, 5, 0, 0],
      ['2026-03-02', 1200, 45, 20, 310],
    ])
  })

  it('changes nothing when the same paste is saved twice', async () => {
    const c = await campaign()
    const paste = [dayOf('2026-03-02', { impressions: 10, clicks: 1 })]
    await saveSnapshots(db(), c.id, paste)
    expect(await saveSnapshots(db(), c.id, paste)).toEqual({ created: 0, updated: 1 })
    expect(await counts(c.id)).toEqual([['2026-03-02', 10, 1, 0, 0]])
  })

  it('counts a day repeated in one save once, the last one winning', async () => {
    const c = await campaign()
    expect(await saveSnapshots(db(), c.id, [dayOf('2026-03-02', { clicks: 1 }), dayOf('2026-03-02', { clicks: 2 })])).toEqual({ created: 1, updated: 0 })
    expect(await counts(c.id)).toEqual([['2026-03-02', 0, 2, 0, 0]])
  })

  it('saves nothing when the campaign is gone', async () => {
    expect((await appError(saveSnapshots(db(), 404, [dayOf('2026-03-02')]))).code).toBe('not_found')
    expect(await queryValue(database().db, sql`SELECT count(*) FROM campaign_metrics`)).toBe(0)
  })

  it('edits one day, refusing a date another day of the campaign has', async () => {
    const c = await campaign()
    await saveSnapshots(db(), c.id, [dayOf('2026-03-02', { clicks: 1 }), dayOf('2026-03-03', { clicks: 2 })])
    const [latest] = await listSnapshots(db(), c.id)
    const fields = { measuredOn: '2026-03-05', impressions: 9, clicks: 3, visits: 2, engagements: 1 }
    expect(await updateSnapshot(db(), latest!.id, fields)).toEqual({ id: latest!.id, campaignId: c.id, ...fields })
    const error = await appError(updateSnapshot(db(), latest!.id, { ...fields, measuredOn: '2026-03-02' }))
    expect(error.toShape()).toEqual({ code: 'conflict', field: 'measuredOn', message: 'There are already figures for 2026-03-02. Edit that day instead.' })
    expect((await appError(updateSnapshot(db(), 999, fields))).code).toBe('not_found')
  })

  it('deletes a day and hands it back', async () => {
    const c = await campaign()
    await saveSnapshots(db(), c.id, [dayOf('2026-03-02', { clicks: 1 })])
    const [only] = await listSnapshots(db(), c.id)
    expect(await deleteSnapshot(db(), only!.id)).toEqual(only)
    expect(await listSnapshots(db(), c.id)).toEqual([])
  })

  it('refuses bad days over IPC and names the row and field', async () => {
    const c = await campaign()
    const dispatch = createDispatch({ db: db(), dataFile: '', appVersion: 'test' } as HandlerContext, handlers)
    const result = await dispatch('campaignSnapshots.save', { campaignId: c.id, days: [{ measuredOn: '2026-03-02', clicks: 1 }, { measuredOn: '2026-02-30', clicks: 1 }] })
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', field: 'days.1.measuredOn', message: 'Enter the day these figures are for (YYYY-MM-DD)' } })
    expect(await dispatch('campaignSnapshots.save', { campaignId: c.id, days: [{ measuredOn: '2026-03-02', clicks: -1 }] })).toMatchObject({ ok: false, error: { field: 'days.0.clicks' } })
    expect(await dispatch('campaignSnapshots.save', { campaignId: c.id, days: [] })).toMatchObject({ ok: false, error: { message: 'There are no days to save' } })
    expect(await listSnapshots(db(), c.id)).toEqual([])
  })
})
