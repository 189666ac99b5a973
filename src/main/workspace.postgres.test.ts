import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportOptions } from '@shared/domain/imports'
import { freshPostgresDatabase } from '../../test/fixtures/test-database'
import { guessMapping } from './features/imports/headers'
import { openWorkspace, type Workspace } from './workspace'

// A team workspace through the same handler table as a solo one: what only a solo workspace's
// file can do says so in words, and the address never shows the password.

describe('a workspace on a PostgreSQL server', () => {
  let workspace: Workspace
  let drop: () => Promise<void>
  beforeEach(async () => {
    const fresh = await freshPostgresDatabase()
    drop = () => fresh.drop()
    workspace = await openWorkspace(fresh.url, 'test')
  })
  afterEach(async () => {
    await workspace.close()
    await drop()
  })

  const failure = async (method: string, input: unknown) => {
    const result = await workspace.dispatch(method, input)
    if (result.ok) throw new Error(`${method} was expected to fail`)
    return result.error
  }

  it('tells where it is without the password, and works like any workspace', async () => {
    const info = await workspace.dispatch('app.info', {})
    expect(info).toMatchObject({ ok: true, value: { dataFile: expect.stringMatching(/^postgres:\/\/baton:\*\*\*\*\*@127\.0\.0\.1:\d+\/baton_test_/) as unknown, leadCount: 0 } })
    expect(await workspace.dispatch('leads.create', { personName: 'Dana Li', owner: 'Sam' })).toMatchObject({ ok: true })
    expect(await workspace.dispatch('team.list', {})).toMatchObject({ ok: true, value: [{ name: 'Sam', leadCount: 1 }] })
  })

  it('says backups need a home on this computer, and "Export everything" and the data folder are for a solo workspace', async () => {
    expect(await failure('backups.create', {})).toMatchObject({ code: 'rule', message: expect.stringContaining('opened by its address alone') as unknown })
    expect(await workspace.dispatch('backups.list', {})).toEqual({ ok: true, value: { folder: '', backups: [] } })
    expect(await workspace.dispatch('recovery.status', {})).toEqual({ ok: true, value: { damaged: false } })
    expect(await failure('reports.exportEverything', {})).toMatchObject({ code: 'rule', message: expect.stringContaining('solo workspace only') as unknown })
    expect(await failure('app.openDataFolder', {})).toMatchObject({ code: 'rule', message: expect.stringContaining('no data folder') as unknown })
  })

  it('imports a leads file on a connection of its own, and undo takes it back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-team-import-'))
    try {
      const file = join(dir, 'deals.csv')
      const csv = 'Deal title,Name,Email,Company,Value\nRenewal,Dana Li,dana@acme.test,Acme,1200\nUpsell,Dana Li,dana@acme.test,Acme,300\nPilot,Bo Chen,bo@beta.test,Beta,50'
      writeFileSync(file, csv)
      const options: ImportOptions = { mapping: guessMapping(csv.split('\n')[0]!.split(',')), duplicates: 'skip', dayOrder: 'dmy', decimalMark: '.', createCampaigns: false, createStages: false, pipelineId: null }
      const preview = await workspace.imports.settled(await workspace.imports.start(file, options, 'preview'))
      expect(preview).toMatchObject({ status: 'done', batchId: null, outcome: { created: 3 } })
      const state = await workspace.imports.settled(await workspace.imports.start(file, options, 'import'))
      expect(state).toMatchObject({ status: 'done', outcome: { rowsRead: 3, created: 3 } })
      const people = await workspace.context.db.selectFrom('people').select('name').orderBy('id').execute()
      expect(people).toEqual([{ name: 'Dana Li' }, { name: 'Bo Chen' }])
      expect(await workspace.dispatch('imports.undo', { batchId: state.status === 'done' ? state.batchId : 0 })).toEqual({ ok: true, value: { removed: 3, restored: 0 } })
      expect(await workspace.context.db.selectFrom('leads').select('id').execute()).toEqual([])
      // A file the chosen columns do not fit says so, and nothing is saved.
      const misfit = await workspace.imports.settled(await workspace.imports.start(file, { ...options, mapping: ['personName'] }, 'import'))
      expect(misfit).toMatchObject({ status: 'failed', message: 'The column choices do not match the file’s columns. Pick the file again.' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
