import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ResultOf } from '@shared/contract'
import type { ImportOptions } from '@shared/domain/imports'
import { makeLead } from '../../../../test/fixtures/builders'
import { useTempWorkspace } from '../../../../test/fixtures/workspace'
import { guessMapping } from './headers'
import { runImport } from './import.run'

// An import indexes its new leads for search in one statement at its end, while the leads that
// were there before keep their triggers. The index must agree with the table afterwards, whether
// the import committed, was only a preview, or named a person twice.

const CSV = [
  'Name,Email,Company,Notes',
  'Zora Quint,zora@quint.test,Quintessa,Wants the annual plan',
  'Old Friend,old@friend.test,Renamed Works,Came back through the fair',
  'Zora Quint,zora@quint.test,Quintessa Labs,Second row for the same person',
].join('\r\n')

describe('search index after an import', { timeout: 60_000 }, () => {
  const ws = useTempWorkspace()
  const sqlite = () => ws().database.sqlite
  const options = (): ImportOptions => ({
    mapping: guessMapping(CSV.split('\r\n')[0]!.split(',')),
    duplicates: 'update',
    dayOrder: 'dmy',
    decimalMark: '.',
    createCampaigns: false,
    createStages: false,
    pipelineId: null,
  })
  const run = (file: string, mode: 'preview' | 'import') =>
    runImport(sqlite(), { file, options: options(), mode, rejectedFile: join(ws().dir, 'rejected.csv') }, { onProgress: () => {}, isCancelled: () => false })
  const search = async (text: string) => {
    const result = await ws().dispatch('search.query', { text })
    if (!result.ok) throw new Error(result.error.message)
    return (result.value as ResultOf<'search.query'>).groups.flatMap((group) => group.hits.map((hit) => hit.title))
  }
  const indexAgrees = () => sqlite().prepare(`INSERT INTO leads_fts(leads_fts) VALUES ('integrity-check')`).run()
  const deferred = () => sqlite().prepare('SELECT above_id FROM search_index_deferred').pluck().get()

  it('finds the created and the updated leads by their new words, and the index agrees with the table', async () => {
    await makeLead(ws().context.db, { personName: 'Old Friend', email: 'old@friend.test', company: 'Friendly Ltd' })
    const file = join(ws().dir, 'leads.csv')
    writeFileSync(file, CSV)

    const preview = await run(file, 'preview')
    expect(preview.status).toBe('done')
    expect(deferred()).toBeNull()
    expect(await search('quint')).toEqual([])

    const done = await run(file, 'import')
    expect(done.status === 'done' && done.outcome).toMatchObject({ created: 1, updated: 2 })
    expect(deferred()).toBeNull()
    expect(() => indexAgrees()).not.toThrow()
    // The lead created by the first row and updated by the third is found by its final company.
    expect(await search('quintessa lab')).toEqual(['Zora Quint'])
    expect(await search('annual')).toEqual([])
    expect(await search('second row')).toEqual(['Zora Quint'])
    // The lead that was there before is found by its new company, not its old one.
    expect(await search('renamed')).toEqual(['Old Friend'])
    expect(await search('friendly')).toEqual([])

    // After the import the triggers index every write again.
    await makeLead(ws().context.db, { personName: 'Later Lead', company: 'Afterwards Inc' })
    expect(await search('afterwards')).toEqual(['Later Lead'])
    expect(() => indexAgrees()).not.toThrow()
  })
})
