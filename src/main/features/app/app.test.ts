import { dirname } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'

describe('app.openDataFolder', () => {
  let t: TestWorkspace
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  it('asks the platform to show the folder of the data file', async () => {
    const opened: string[] = []
    t.workspace.context.platform = { ...t.workspace.context.platform, openFolder: (path) => Promise.resolve(void opened.push(path)) }
    const folder = dirname(t.database.file)
    expect(await t.call('app.openDataFolder', {})).toEqual({ folder })
    expect(opened).toEqual([folder])
  })
})
