import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'
import { throwIfCancelled } from '../exports/files'
import { cancelExportJob, settled, startExportJob } from './exportJobs'
import { printRoute, safeFileName, writeReportPack } from './reportPack'
import { Q1, seedReportsFirm } from './reports.fixtures'

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n')

describe('report exports', () => {
  let t: TestWorkspace
  let out: string
  beforeEach(async () => {
    t = await testWorkspace()
    await seedReportsFirm(t.database.db)
    out = mkdtempSync(join(tmpdir(), 'baton-exports-'))
  })
  afterEach(async () => {
    await t.dispose()
    rmSync(out, { recursive: true, force: true })
  })

  it('a pack cancelled half way leaves the folder as it was', async () => {
    const doc = await t.call('reports.build', { kind: 'lost', period: Q1 })
    const controller = new AbortController()
    const progress = { signal: controller.signal, report: (done: number) => done === 3 && controller.abort() }
    await expect(writeReportPack(doc, { kind: 'lost', period: Q1, filters: {} }, out, { printPdf: () => Promise.resolve(PDF) }, progress)).rejects.toThrow(/cancelled/)
    expect(readdirSync(out)).toEqual([])
  })

  it('a failed PDF leaves nothing, and a second pack beside the first gets its own names', async () => {
    const doc = await t.call('reports.build', { kind: 'activity', period: Q1 })
    const settings = { kind: 'activity', period: Q1, filters: {} } as const
    const live = { signal: new AbortController().signal, report: () => {} }
    await expect(writeReportPack(doc, settings, out, { printPdf: () => Promise.reject(new Error('printer on fire')) }, live)).rejects.toThrow('printer on fire')
    expect(readdirSync(out)).toEqual([])
    await writeReportPack(doc, settings, out, { printPdf: () => Promise.resolve(PDF) }, live)
    const second = await writeReportPack(doc, settings, out, { printPdf: () => Promise.resolve(PDF) }, live)
    expect(second).toEqual(['Sales activity - Q1 2026 (2).pdf', 'Sales activity - Q1 2026 (2).xlsx', 'Sales activity - Q1 2026 - By kind (2).csv', 'Sales activity - Q1 2026 - By owner (2).csv'])
    expect(readdirSync(out)).toHaveLength(8)
  })

  it('runs as a job that reports progress and can be cancelled', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const job = startExportJob('Everything', out, async (progress) => {
      progress.report(1, 4, 'Writing leads.csv')
      await gate
      throwIfCancelled(progress.signal)
      return { files: ['x.zip'], message: 'Saved.' }
    })
    expect(job).toMatchObject({ state: 'running', done: 1, total: 4, message: 'Writing leads.csv' })
    expect(cancelExportJob(job.id).state).toBe('running')
    release()
    expect(await settled(job.id)).toMatchObject({ state: 'cancelled', files: [], message: 'Cancelled. No file was written.' })

    const done = startExportJob('Report', out, () => Promise.resolve({ files: ['a.pdf'], message: 'Saved 1 file.' }))
    expect(await settled(done.id)).toMatchObject({ state: 'done', files: ['a.pdf'] })
    const failed = startExportJob('Report', out, () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })))
    expect((await settled(failed.id)).message).toBe('The disk is full, so the export was not saved. Free some space and try again.')
  })

  it('names files any disk accepts and prints the view the settings describe', () => {
    expect(safeFileName('Q1: "Leads/Won" <final>?')).toBe('Q1 Leads Won final')
    expect(printRoute({ kind: 'funnel', period: { preset: 'custom', from: '2026-01-01', to: '2026-03-31' }, filters: { channel: 'email', owner: 'Ana' } })).toBe(
      '/print?kind=funnel&preset=custom&from=2026-01-01&to=2026-03-31&channel=email&owner=Ana',
    )
  })

  it('saves report settings by name, replaces them under the same name, and forgets them', async () => {
    const first = await t.call('reports.saved.save', { name: 'Partner pack', settings: { kind: 'campaigns', period: { preset: 'last_quarter' } } })
    await t.call('reports.saved.save', { name: 'partner PACK', settings: { kind: 'channels', period: { preset: 'this_year' }, filters: { channel: 'email' } } })
    const list = await t.call('reports.saved.list', {})
    expect(list).toEqual([{ id: first.id, name: 'partner PACK', settings: { kind: 'channels', period: { preset: 'this_year' }, filters: { channel: 'email' } }, updatedAt: expect.any(String) as unknown }])
    expect(await t.fail('reports.saved.save', { name: '  ', settings: { kind: 'campaigns', period: { preset: 'this_year' } } })).toMatchObject({ code: 'invalid_input', field: 'name' })
    expect(await t.fail('reports.build', { kind: 'campaigns', period: { preset: 'custom', from: '2026-01-01' } })).toMatchObject({ code: 'invalid_input', field: 'period.from' })
    await t.call('reports.saved.delete', { id: first.id })
    expect(await t.call('reports.saved.list', {})).toEqual([])
    expect(await t.call('reports.branding', {})).toEqual({ firmName: 'Lumen & Co', currency: 'EUR', locale: 'en-US' })
  })
})
