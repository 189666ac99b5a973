import { dirname } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempWorkspace, type TempWorkspace } from '../../../../test/fixtures/workspace'

describe('app.openDataFolder', () => {
  let t: TempWorkspace
  beforeEach(async () => {
    t = await tempWorkspace()
  })
  afterEach(() => t.cleanup())

  it('asks the platform to show the folder of the data file', async () => {
    const opened: string[] = []
    t.context.platform = { ...t.context.platform, openFolder: (path) => Promise.resolve(void opened.push(path)) }
    const folder = dirname(t.database.file)
    expect(await t.dispatch('app.openDataFolder', {})).toEqual({ ok: true, value: { folder } })
    expect(opened).toEqual([folder])
  })
})
