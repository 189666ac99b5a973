import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportOptions } from '@shared/domain/imports'
import { makeCampaign, makeLead } from '../../../../test/fixtures/builders'
import { useTempWorkspace } from '../../../../test/fixtures/workspace'
import { guessCampaignMapping } from './headers'
import { runImport } from './import.run'
import { listBatches, summarizeFile, undoImport } from './imports.service'

const CSV = [
  'Campaign,Channel,Budget,Start,End,Status,Objective',
  'Spring webinars,Webinar,"1.234,50",01/03/2026,30/04/2026,Running,Book demos',
  'Facebook retargeting,Facebook Ads,500,01/02/2026,,Paused,',
  'Broken dates,Email,10,01/05/2026,01/04/2026,,',
  'Google search,AdWords,"2.000,00",,,,',
  'spring WEBINARS,Newsletter,99,,,,Second row for the same campaign',
].join('\r\n')

describe('importing campaigns', { timeout: 60_000 }, () => {
  const ws = useTempWorkspace()
  const sqlite = () => ws().database.sqlite
  const rows = () => sqlite().prepare('SELECT name, channel, status, budget_minor, starts_on, ends_on, objective FROM campaigns ORDER BY id').all()

  function options(overrides: Partial<ImportOptions> = {}): ImportOptions {
    return {
      mapping: guessCampaignMapping(CSV.split('\r\n')[0]!.split(',')),
      duplicates: 'skip',
      dayOrder: 'dmy',
      decimalMark: ',',
      createCampaigns: false,
      createStages: false,
      pipelineId: null,
      kind: 'campaigns',
      ...overrides,
    }
  }

  async function run(overrides: Partial<ImportOptions>, mode: 'preview' | 'import' = 'import') {
    const file = join(ws().dir, 'campaigns.csv')
    writeFileSync(file, CSV)
    const rejectedFile = join(ws().dir, 'rejected.csv')
    const result = await runImport(sqlite(), { file, options: options(overrides), mode, rejectedFile }, { onProgress: () => {}, isCancelled: () => false })
    if (result.status !== 'done') throw new Error('the import did not finish')
    return { ...result, rejectedFile, file }
  }

  it('is guessed from the headers when the file is picked', async () => {
    const { file } = await run({}, 'preview')
    expect(await summarizeFile(ws().context.db, file)).toMatchObject({ kind: 'campaigns', decimalMark: ',', dayOrder: 'dmy', mapping: options().mapping })
  })

  it('previews without writing: campaigns as they will be saved, problems with row and column', async () => {
    const { outcome, batchId, rejectedFile } = await run({}, 'preview')
    expect(batchId).toBeNull()
    expect(outcome).toMatchObject({ kind: 'campaigns', rowsRead: 5, created: 3, skipped: 1, rejected: 1 })
    expect(outcome.problems).toEqual([{ row: 4, column: 'End', reason: 'The end date 2026-04-01 is before the start date 2026-05-01' }])
    expect(outcome.campaignPreview[0]).toEqual({ row: 2, action: 'create', name: 'Spring webinars', channel: 'event', status: 'active', budgetMinor: 123_450, startsOn: '2026-03-01', endsOn: '2026-04-30' })
    expect(outcome.campaignPreview.map((c) => [c.name, c.channel, c.action])).toEqual([
      ['Spring webinars', 'event', 'create'],
      ['Facebook retargeting', 'social_ads', 'create'],
      ['Google search', 'sem', 'create'],
      ['spring WEBINARS', 'email', 'skip'],
    ])
    expect(readFileSync(rejectedFile, 'utf8')).toContain('Broken dates,Email,10,01/05/2026,01/04/2026,,,4,End: The end date 2026-04-01 is before the start date 2026-05-01')
    expect(sqlite().prepare('SELECT count(*) FROM campaigns').pluck().get()).toBe(0)
    expect(sqlite().prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0)
  })

  it('creates campaigns as one batch, and undo removes them', async () => {
    const { outcome, batchId } = await run({})
    expect(outcome).toMatchObject({ created: 3, skipped: 1, rejected: 1 })
    expect(rows()).toEqual([
      { name: 'Spring webinars', channel: 'event', status: 'active', budget_minor: 123_450, starts_on: '2026-03-01', ends_on: '2026-04-30', objective: 'Book demos' },
      { name: 'Facebook retargeting', channel: 'social_ads', status: 'paused', budget_minor: 50_000, starts_on: '2026-02-01', ends_on: null, objective: null },
      { name: 'Google search', channel: 'sem', status: 'active', budget_minor: 200_000, starts_on: null, ends_on: null, objective: null },
    ])
    expect((await listBatches(ws().context.db))[0]).toMatchObject({ kind: 'campaigns', created: 3, fileName: 'campaigns.csv' })
    expect(await undoImport(ws().context.db, batchId!)).toEqual({ removed: 3, restored: 0 })
    expect(rows()).toEqual([])
  })

  it('updates a campaign with the same name on request, and undo restores it as it was', async () => {
    const before = await makeCampaign(ws().context.db, { name: 'Spring Webinars', channel: 'video', budgetMinor: 700, objective: 'Old aim', notes: 'Keep me' })
    const { outcome, batchId } = await run({ duplicates: 'update' })
    expect(outcome).toMatchObject({ created: 2, updated: 2, rejected: 1 })
    const updated = sqlite().prepare('SELECT name, channel, budget_minor, objective, notes, starts_on FROM campaigns WHERE id = ?').get(before.id)
    // The second row for it wins; what it leaves empty keeps the first row's values.
    expect(updated).toEqual({ name: 'spring WEBINARS', channel: 'email', budget_minor: 9_900, objective: 'Second row for the same campaign', notes: 'Keep me', starts_on: '2026-03-01' })
    expect(await undoImport(ws().context.db, batchId!)).toEqual({ removed: 2, restored: 1 })
    expect(sqlite().prepare('SELECT name, channel, budget_minor, objective, notes, starts_on, ends_on, status FROM campaigns').all()).toEqual([
      { name: 'Spring Webinars', channel: 'video', budget_minor: 700, objective: 'Old aim', notes: 'Keep me', starts_on: null, ends_on: null, status: before.status },
    ])
  })

  it('skips duplicates by default and creates them anyway when asked', async () => {
    await makeCampaign(ws().context.db, { name: 'Google Search' })
    expect((await run({})).outcome).toMatchObject({ created: 2, skipped: 2 })
    expect((await run({ duplicates: 'create' })).outcome).toMatchObject({ created: 4, skipped: 0 })
    expect(sqlite().prepare(`SELECT count(*) FROM campaigns WHERE name = 'Google search' COLLATE NOCASE`).pluck().get()).toBe(2)
  })

  it('keeps a campaign that leads now come from when its import is undone', async () => {
    const { batchId } = await run({})
    const campaignId = sqlite().prepare(`SELECT id FROM campaigns WHERE name = 'Google search'`).pluck().get() as number
    await makeLead(ws().context.db, { personName: 'Came from search', sourceCampaignId: campaignId })
    expect(await undoImport(ws().context.db, batchId!)).toEqual({ removed: 2, restored: 0 })
    expect(sqlite().prepare('SELECT name FROM campaigns').pluck().all()).toEqual(['Google search'])
  })

  it('runs in the worker thread like a leads import, backed up first', async () => {
    const file = join(ws().dir, 'campaigns.csv')
    writeFileSync(file, CSV)
    const jobId = await ws().imports.start(file, options(), 'import')
    expect(await ws().imports.settled(jobId)).toMatchObject({ status: 'done', outcome: { kind: 'campaigns', created: 3 } })
    expect(sqlite().prepare('SELECT count(*) FROM campaigns').pluck().get()).toBe(3)
  })

  it('refuses a mapping without the campaign name', async () => {
    await expect(run({ mapping: [null, 'channel', null, null, null, null, null] })).rejects.toThrow('Choose the column that holds the campaign’s name.')
  })
})
