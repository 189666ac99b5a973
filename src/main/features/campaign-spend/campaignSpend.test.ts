import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { CampaignInput } from '@shared/contract/campaigns'
import { SpendInput } from '@shared/contract/campaignSpend'
import { appError } from '../../../../test/fixtures/app-error'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { createDispatch } from '../../ipc/dispatch'
import { handlers } from '../../handlers'
import { createCampaign, deleteCampaign } from '../campaigns/campaigns.service'
import type { Db, HandlerContext } from '../context'
import { createSpend, deleteSpend, spendLedger, updateSpend } from './campaignSpend.service'
import { queryValue } from '../../../../test/fixtures/sql'

const spend = (input: Partial<SpendInput> = {}) => SpendInput.parse({ spentOn: '2026-03-02', amountMinor: 10_000, ...input })

describe('campaign spend ledger', () => {
  const database = useTestDatabase()
  const db = (): Db => database().db
  const campaign = (budgetMinor = 50_000) => createCampaign(db(), CampaignInput.parse({ name: 'Spring ads', channel: 'social_ads', budgetMinor }))

  it('adds entries and lists them newest first with a running total in date order', async () => {
    const c = await campaign()
    await createSpend(db(), c.id, spend({ spentOn: '2026-03-09', amountMinor: 20_000, note: 'Week 2' }))
    await createSpend(db(), c.id, spend({ spentOn: '2026-03-02', amountMinor: 12_050, note: '  ' }))
    await createSpend(db(), c.id, spend({ spentOn: '2026-03-09', amountMinor: 1_000 }))
    const ledger = await spendLedger(db(), c.id)
    expect(ledger).toMatchObject({ campaignId: c.id, budgetMinor: 50_000, totalMinor: 33_050, overBudgetMinor: 0 })
    expect(ledger.rows.map((r) => [r.spentOn, r.amountMinor, r.runningTotalMinor, r.note])).toEqual([
      ['2026-03-09', 1_000, 33_050, null],
      ['2026-03-09', 20_000, 32_050, 'Week 2'],
      ['2026-03-02', 12_050, 12_050, null],
    ])
  })

  it('is empty with a zero total for a campaign without spend', async () => {
    const c = await campaign()
    expect(await spendLedger(db(), c.id)).toEqual({ campaignId: c.id, budgetMinor: 50_000, totalMinor: 0, overBudgetMinor: 0, rows: [] })
  })

  it('says how far spend is over budget, and never counts a campaign without a budget as over', async () => {
    const c = await campaign(10_000)
    await createSpend(db(), c.id, spend({ amountMinor: 7_500 }))
    await createSpend(db(), c.id, spend({ amountMinor: 4_000 }))
    expect((await spendLedger(db(), c.id)).overBudgetMinor).toBe(1_500)
    const unbudgeted = await campaign(0)
    await createSpend(db(), unbudgeted.id, spend())
    expect((await spendLedger(db(), unbudgeted.id)).overBudgetMinor).toBe(0)
  })

  it('edits an entry and the totals follow', async () => {
    const c = await campaign()
    const entry = await createSpend(db(), c.id, spend())
    const edited = await updateSpend(db(), entry.id, spend({ spentOn: '2026-03-04', amountMinor: 9_999, note: 'Invoice 12' }))
    expect(edited).toMatchObject({ id: entry.id, campaignId: c.id, spentOn: '2026-03-04', amountMinor: 9_999, note: 'Invoice 12', createdAt: entry.createdAt })
    expect((await spendLedger(db(), c.id)).totalMinor).toBe(9_999)
  })

  it('deletes an entry and hands it back so it can be put back', async () => {
    const c = await campaign()
    const entry = await createSpend(db(), c.id, spend())
    expect(await deleteSpend(db(), entry.id)).toEqual(entry)
    expect((await spendLedger(db(), c.id)).rows).toEqual([])
  })

  it('says a missing campaign or entry no longer exists', async () => {
    expect((await appError(spendLedger(db(), 404))).code).toBe('not_found')
    expect((await appError(createSpend(db(), 404, spend()))).message).toMatch(/campaign no longer exists/)
    expect((await appError(updateSpend(db(), 404, spend()))).message).toMatch(/spend entry no longer exists/)
    expect((await appError(deleteSpend(db(), 404))).code).toBe('not_found')
  })

  it('goes when its campaign is deleted', async () => {
    const c = await campaign()
    await createSpend(db(), c.id, spend())
    await deleteCampaign(db(), c.id)
    expect(await queryValue(database().db, sql`SELECT count(*) FROM campaign_spend`)).toBe(0)
  })

  it('refuses a missing date, a zero or negative amount and fractions of a cent over IPC, on the field', async () => {
    const c = await campaign()
    const dispatch = createDispatch({ db: db(), dataFile: '', appVersion: 'test' } as HandlerContext, handlers)
    const bad = async (fields: Record<string, unknown>) => {
      const result = await dispatch('campaignSpend.create', { campaignId: c.id, fields: { spentOn: '2026-03-02', amountMinor: 100, ...fields } })
      expect(result.ok).toBe(false)
      return result.ok ? null : result.error
    }
    expect(await bad({ spentOn: '' })).toMatchObject({ code: 'invalid_input', field: 'fields.spentOn', message: 'Enter the day the money was spent (YYYY-MM-DD)' })
    expect(await bad({ amountMinor: 0 })).toMatchObject({ field: 'fields.amountMinor', message: 'Enter an amount above zero' })
    expect(await bad({ amountMinor: -5 })).toMatchObject({ field: 'fields.amountMinor' })
    expect(await bad({ amountMinor: 1.5 })).toMatchObject({ field: 'fields.amountMinor', message: 'Enter a whole amount in cents' })
    expect((await spendLedger(db(), c.id)).rows).toEqual([])
  })
})
