import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Method } from '@shared/contract'
import { AppSession } from '../../session'
import { headlessPlatform, type Platform } from '../../platform/platform'
import { MemoryKeychain } from '../../platform/keychain'

// File → Open workspace… through the app's session: solo folders opened, remembered most recent
// first in Baton's own folder, switched between with the calls on their way finished first.

describe('opening another workspace', () => {
  let root: string
  let appData: string
  let mine: string
  let other: string
  let folders: string[]
  let platform: Platform
  let files: string[]
  let session: AppSession

  const newSession = async () => {
    const opened = new AppSession({ appDataDir: appData, soloDir: mine, appVersion: 'test', platform })
    await opened.start()
    return opened
  }
  const call = async (method: Method, input: unknown = {}) => {
    const result = await session.dispatch(method, input)
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`)
    return result.value as never
  }
  const fail = async (method: Method, input: unknown) => {
    const result = await session.dispatch(method, input)
    if (result.ok) throw new Error(`${method} was expected to fail`)
    return result.error
  }
  const leadCount = async () => ((await call('app.info')) as { leadCount: number }).leadCount

  beforeEach(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'baton-open-')))
    appData = join(root, 'app')
    mine = join(root, 'Baton')
    other = join(root, 'Other firm')
    folders = []
    files = []
    platform = { ...headlessPlatform, keychain: new MemoryKeychain(), pickFolder: () => Promise.resolve(folders.shift() ?? null), pickWorkspaceFile: () => Promise.resolve(files.shift() ?? null) }
    session = await newSession()
  })
  afterEach(async () => {
    await session.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('opens a folder, lists both most recent first, switches back, and reopens the last one at the next start', async () => {
    expect(await call('teamServer.status')).toMatchObject({ kind: 'solo', folder: mine, title: `Baton — ${mine} (solo)` })
    await call('leads.create', { personName: 'Dana Li' })

    expect(await call('workspaces.openFolder')).toBeNull()
    folders.push(other)
    expect(await call('workspaces.openFolder')).toMatchObject({ kind: 'solo', folder: other, title: `Baton — ${other} (solo)` })
    expect(await leadCount()).toBe(0)
    const recent = (await call('workspaces.recent')) as Array<{ key: string; label: string; isOpen: boolean }>
    expect(recent.map((w) => [w.label, w.isOpen])).toEqual([
      [other, true],
      [mine, false],
    ])

    expect(await call('workspaces.open', { key: recent[1]!.key })).toMatchObject({ kind: 'solo', folder: mine })
    expect(await leadCount()).toBe(1)
    expect(await call('workspaces.open', { key: recent[0]!.key })).toMatchObject({ kind: 'solo', folder: other })

    await session.close()
    session = await newSession()
    expect(await call('teamServer.status')).toMatchObject({ kind: 'solo', folder: other })
  })

  it('lets the writes on their way finish in the workspace they were sent to before it closes', async () => {
    folders.push(other)
    await call('workspaces.openFolder')
    const mineKey = ((await call('workspaces.recent')) as Array<{ key: string }>)[1]!.key
    const sample = session.dispatch('app.loadSample', { leads: 400 })
    const switched = await session.dispatch('workspaces.open', { key: mineKey })
    expect(switched).toMatchObject({ ok: true, value: { folder: mine } })
    expect(await sample).toMatchObject({ ok: true, value: { leads: 400 } })
    folders.push(other)
    await call('workspaces.openFolder')
    expect(await leadCount()).toBe(400)
  })

  it('says a folder that is gone is gone, keeps the open one open, and takes workspaces off the list', async () => {
    folders.push(other)
    await call('workspaces.openFolder')
    const [otherEntry, mineEntry] = (await call('workspaces.recent')) as Array<{ key: string }>
    await call('workspaces.open', { key: mineEntry!.key })
    rmSync(other, { recursive: true, force: true })
    expect(((await call('workspaces.recent')) as Array<{ missing: boolean }>).map((w) => w.missing)).toEqual([false, true])
    expect(await fail('workspaces.open', { key: otherEntry!.key })).toMatchObject({ code: 'not_found', message: expect.stringContaining('There is no Baton workspace at') as unknown })
    expect(await call('teamServer.status')).toMatchObject({ folder: mine })

    expect(await fail('workspaces.forget', { key: mineEntry!.key })).toMatchObject({ code: 'rule', message: expect.stringContaining('is open now') as unknown })
    expect(((await call('workspaces.forget', { key: otherEntry!.key })) as unknown[]).length).toBe(1)
    expect(await fail('workspaces.open', { key: otherEntry!.key })).toMatchObject({ code: 'not_found' })
    expect(await fail('workspaces.open', { key: '' })).toMatchObject({ code: 'invalid_input' })

    // A folder of other things is not made a workspace.
    const documents = join(root, 'Documents')
    mkdirSync(documents)
    writeFileSync(join(documents, 'letter.txt'), 'Dear Dana')
    folders.push(documents)
    expect(await fail('workspaces.openFolder', {})).toMatchObject({ code: 'not_found', message: `There is no Baton workspace in ${documents}. Choose the folder that holds baton.sqlite, or an empty folder to start a new workspace.` })
    expect(await call('teamServer.status')).toMatchObject({ folder: mine })
  })

  it('opens a workspace file where it is (an offline copy), named by the file, and lists it', async () => {
    await call('leads.create', { personName: 'Dana Li' })
    await call('leads.create', { personName: 'Bo Chen' })
    folders.push(other)
    await call('workspaces.openFolder')
    // A copy of the first workspace's file under a name of its own, as "Save an offline copy" writes one.
    const copy = join(root, 'Lumen offline copy.sqlite')
    copyFileSync(join(mine, 'baton.sqlite'), copy)
    expect(await call('workspaces.openFile')).toBeNull()
    files.push(copy)
    expect(await call('workspaces.openFile')).toMatchObject({ kind: 'solo', fileName: 'Lumen offline copy.sqlite', title: `Baton — ${copy} (solo)` })
    expect(await leadCount()).toBe(2)
    expect(((await call('workspaces.recent')) as Array<{ path: string; isOpen: boolean }>).map((w) => [w.path, w.isOpen])).toEqual([
      [copy, true],
      [other, false],
      [mine, false],
    ])
    // Picked again while open: it stays open, once.
    files.push(copy)
    expect(await call('workspaces.openFile')).toMatchObject({ fileName: 'Lumen offline copy.sqlite' })
    await session.close()
    session = await newSession()
    expect(await call('teamServer.status')).toMatchObject({ fileName: 'Lumen offline copy.sqlite' })
  })
})
