import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportOptions } from '@shared/domain/imports'
import { freshPostgresDatabase } from '../../test/fixtures/test-database'
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

  it('says backups, "Export everything", the data folder and imports are for a solo workspace', async () => {
    expect(await failure('backups.create', {})).toMatchObject({ code: 'rule', message: expect.stringContaining('opened by its address alone') as unknown })
    expect(await workspace.dispatch('backups.list', {})).toEqual({ ok: true, value: { folder: '', backups: [] } })
    expect(await workspace.dispatch('recovery.status', {})).toEqual({ ok: true, value: { damaged: false } })
    expect(await failure('reports.exportEverything', {})).toMatchObject({ code: 'rule', message: expect.stringContaining('solo workspace only') as unknown })
    expect(await failure('app.openDataFolder', {})).toMatchObject({ code: 'rule', message: expect.stringContaining('no data folder') as unknown })
    const options = { mapping: ['personName'], duplicates: 'skip', dayOrder: 'dmy', decimalMark: '.', createCampaigns: false, createStages: false, pipelineId: null } as unknown as ImportOptions
    for (const mode of ['preview', 'import'] as const) {
      await expect(workspace.imports.start('/nowhere/leads.csv', options, mode)).rejects.toThrow(/imports files into a solo workspace only/)
    }
  })
})
