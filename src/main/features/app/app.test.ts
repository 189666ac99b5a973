import { dirname } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'

describe('app.openDataFolder', () => {
  let t: TestWorkspace
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  it('asks the desktop shell to show the folder of the data file', async () => {
    const opened: string[] = []
    t.workspace.context.desktop = { openFolder: (path) => Promise.resolve(void opened.push(path)) }
    const folder = dirname(t.database.file)
    expect(await t.call('app.openDataFolder', {})).toEqual({ folder })
    expect(opened).toEqual([folder])
  })

  it('says so where there is no desktop (a browser test)', async () => {
    const error = await t.fail('app.openDataFolder', {})
    expect(error.code).toBe('rule')
    expect(error.message).toContain('desktop app')
  })
})
