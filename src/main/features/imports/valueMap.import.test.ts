import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportOptions, ValueMap } from '@shared/domain/imports'
import { makeCampaign, makeLead } from '../../../../test/fixtures/builders'
import { useTempWorkspace } from '../../../../test/fixtures/workspace'
import { LEADS_WITH_PARTIES } from '../../../../test/fixtures/imports'
import { guessMapping } from './headers'
import { runImport } from './import.run'
import { summarizeFile } from './imports.service'
import { findUnknownValues } from './unknowns'

// The unknown-values step end to end on a real file: what the quick pass lists and
// suggests, and the import (and its preview) applying the person's choices.

const CSV = [
  'Name,Email,Campaign,Stage,Owner',
  'Ana Ruiz,ana@sol.test,Linkedin-Ads,Demo booked,ann owner',
  'Ben Ode,ben@ode.test,Linkedin-Ads,Closed Won,Zed Stranger',
  'Cleo Park,cleo@park.test,Trade fair,New,Ann Owner',
  'Dan Moss,dan@moss.test,Cold calls,,',
  'Eve Li,eve@li.test,LinkedIn ads,qualified,Bo',
].join('\r\n')

describe('unknown campaigns, stages and owners', { timeout: 60_000 }, () => {
  const ws = useTempWorkspace()
  const sqlite = () => ws().database.sqlite

  async function setUp() {
    const linkedin = await makeCampaign(ws().context.db, { name: 'LinkedIn ads', channel: 'social_ads' })
    await makeLead(ws().context.db, { personName: 'Old Lead', owner: 'Ann Owner' })
    const file = join(ws().dir, 'leads.csv')
    writeFileSync(file, CSV)
    const options: ImportOptions = {
      mapping: guessMapping(CSV.split('\r\n')[0]!.split(',')),
      duplicates: 'skip',
      dayOrder: 'dmy',
      decimalMark: '.',
      createCampaigns: false,
      createStages: false,
      pipelineId: null,
    }
    return { file, options, linkedin }
  }

  const run = (file: string, options: ImportOptions, mode: 'preview' | 'import') =>
    runImport(sqlite(), { file, options, mode, rejectedFile: join(ws().dir, 'rejected.csv') }, { onProgress: () => {}, isCancelled: () => false })

  it('lists the values Baton does not know, most used first, with a suggestion for each', async () => {
    const { file, options, linkedin } = await setUp()
    const unknowns = await findUnknownValues(ws().context.db, file, options)
    expect(unknowns.campaign).toEqual({
      values: [
        { value: 'Linkedin-Ads', rows: 2, suggested: { kind: 'existing', id: linkedin.id } },
        { value: 'Cold calls', rows: 1, suggested: { kind: 'reject' } },
        { value: 'Trade fair', rows: 1, suggested: { kind: 'reject' } },
      ],
      more: 0,
    })
    // "Closed Won" and "qualified" are known (the Won stage's other name, and case aside); a demo
    // comes after qualifying, and the pipeline has no demo stage, so "Demo booked" is offered Qualified.
    const qualified = sqlite().prepare(`SELECT id FROM stages WHERE name = 'Qualified'`).pluck().get() as number
    expect(unknowns.stage).toEqual({ values: [{ value: 'Demo booked', rows: 1, suggested: { kind: 'existing', id: qualified } }], more: 0 })
    expect(unknowns.owner.values).toEqual([
      { value: 'Bo', rows: 1, suggested: { kind: 'create' } },
      { value: 'Zed Stranger', rows: 1, suggested: { kind: 'create' } },
    ])
    expect(unknowns.known.owners).toEqual(['Ann Owner'])
    expect(unknowns.known.stages.map((s) => s.name)).toContain('Won')
    // With the create options on, what has no close match is created.
    const creating = await findUnknownValues(ws().context.db, file, { ...options, createCampaigns: true, createStages: true })
    expect(creating.campaign.values.map((v) => v.suggested.kind)).toEqual(['existing', 'create', 'create'])
    expect(creating.stage.values[0]!.suggested).toEqual({ kind: 'existing', id: qualified })
  })

  it('caps the list and says how many more there are', async () => {
    const { options } = await setUp()
    const file = join(ws().dir, 'many.csv')
    writeFileSync(file, ['Name,Campaign', ...Array.from({ length: 70 }, (_, i) => `P${i},Campaign ${String(i).padStart(2, '0')}`)].join('\n'))
    const unknowns = await findUnknownValues(ws().context.db, file, { ...options, mapping: ['personName', 'campaign'] })
    expect(unknowns.campaign.values).toHaveLength(50)
    expect(unknowns.campaign.more).toBe(20)
  })

  it('applies the choices: mapped, created, left empty and rejected, in the preview and the import alike', async () => {
    const { file, options, linkedin } = await setUp()
    const won = sqlite().prepare(`SELECT id FROM stages WHERE kind = 'won'`).pluck().get() as number
    const valueMap: ValueMap = {
      campaign: { 'Linkedin-Ads': { kind: 'existing', id: linkedin.id }, 'Trade fair': { kind: 'create' }, 'Cold calls': { kind: 'empty' } },
      stage: { 'Demo booked': { kind: 'create' } },
      owner: { 'Zed Stranger': { kind: 'reject' }, Bo: { kind: 'existing', name: 'Ann Owner' } },
      status: {},
      lostReason: {},
    }
    const preview = await run(file, { ...options, valueMap }, 'preview')
    if (preview.status !== 'done') throw new Error('preview did not finish')
    expect(preview.outcome).toMatchObject({ created: 4, rejected: 1, campaignsCreated: ['Trade fair'], stagesCreated: ['Demo booked'] })
    expect(preview.outcome.problems).toEqual([{ row: 3, column: 'Owner', reason: 'You chose to reject the rows with the owner “Zed Stranger”' }])
    expect(preview.outcome.preview.map((p) => [p.personName, p.campaign, p.stage, p.owner])).toEqual([
      ['Ana Ruiz', 'LinkedIn ads', 'Demo booked', 'Ann Owner'],
      ['Cleo Park', 'Trade fair', 'New', 'Ann Owner'],
      ['Dan Moss', null, 'New', null],
      ['Eve Li', 'LinkedIn ads', 'Qualified', 'Ann Owner'],
    ])
    expect(sqlite().prepare(`SELECT count(*) FROM stages WHERE name = 'Demo booked'`).pluck().get()).toBe(0)

    const done = await run(file, { ...options, valueMap }, 'import')
    if (done.status !== 'done') throw new Error('import did not finish')
    expect(sqlite().prepare(`SELECT l.person_name, c.name AS campaign, s.name AS stage, l.owner FROM ${LEADS_WITH_PARTIES} l LEFT JOIN campaigns c ON c.id = l.source_campaign_id JOIN stages s ON s.id = l.stage_id WHERE l.person_name <> 'Old Lead' ORDER BY l.id`).all()).toEqual([
      { person_name: 'Ana Ruiz', campaign: 'LinkedIn ads', stage: 'Demo booked', owner: 'Ann Owner' },
      { person_name: 'Cleo Park', campaign: 'Trade fair', stage: 'New', owner: 'Ann Owner' },
      { person_name: 'Dan Moss', campaign: null, stage: 'New', owner: null },
      { person_name: 'Eve Li', campaign: 'LinkedIn ads', stage: 'Qualified', owner: 'Ann Owner' },
    ])
    expect(won).toBeGreaterThan(0)
    expect(sqlite().prepare(`SELECT count(*) FROM campaigns WHERE name = 'Cold calls'`).pluck().get()).toBe(0)
  })

  it('remembers the choices with the mapping for the next file of the same shape', async () => {
    const { file, options, linkedin } = await setUp()
    const valueMap: ValueMap = { campaign: { 'Linkedin-Ads': { kind: 'existing', id: linkedin.id }, 'Trade fair': { kind: 'create' }, 'Cold calls': { kind: 'empty' } }, stage: { 'Demo booked': { kind: 'create' } }, owner: {}, status: {}, lostReason: {} }
    await run(file, { ...options, valueMap }, 'import')
    const again = join(ws().dir, 'leads-again.csv')
    writeFileSync(again, 'NAME,email,campaign,stage,owner\nFay,fay@x.test,Cold calls,,\n')
    const summary = await summarizeFile(ws().context.db, again)
    expect(summary).toMatchObject({ remembered: true, kind: 'leads' })
    expect(summary.valueMap.campaign['Cold calls']).toEqual({ kind: 'empty' })
    const unknowns = await findUnknownValues(ws().context.db, again, { ...options, valueMap: summary.valueMap })
    expect(unknowns.campaign.values).toEqual([{ value: 'Cold calls', rows: 1, suggested: { kind: 'empty' } }])
  })

  it('gives values not in the map Baton’s suggestion: a stage that means the same, else the create options', async () => {
    const { file, options } = await setUp()
    const result = await run(file, { ...options, createCampaigns: true, createStages: true }, 'preview')
    if (result.status !== 'done') throw new Error('preview did not finish')
    expect(result.outcome.campaignsCreated).toEqual(['Linkedin-Ads', 'Trade fair', 'Cold calls'])
    expect(result.outcome).toMatchObject({ created: 5, rejected: 0, stagesCreated: [] })
    expect(result.outcome.preview.map((p) => p.stage)).toEqual(['Qualified', 'Won', 'New', 'New', 'Qualified'])
    const odd = join(ws().dir, 'odd-stage.csv')
    writeFileSync(odd, 'Name,Stage\nFay,Site survey booked\nGus,Zzz\n')
    const created = await run(odd, { ...options, mapping: ['personName', 'stage'], createStages: true }, 'preview')
    const kept = await run(odd, { ...options, mapping: ['personName', 'stage'], createStages: false }, 'preview')
    if (created.status !== 'done' || kept.status !== 'done') throw new Error('preview did not finish')
    // "Site survey booked" reads as a meeting (Qualified, as there is no meeting stage); "Zzz" means nothing.
    expect(created.outcome.preview.map((p) => p.stage)).toEqual(['Qualified', 'Zzz'])
    expect(kept.outcome.preview.map((p) => p.stage)).toEqual(['Qualified', 'New'])
    expect(kept.outcome.rejected).toBe(0)
  })
})
