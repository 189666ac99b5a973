import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RestoreOutcome } from '@shared/domain/backups'
import { makeTempDir, removeTempDir } from '../../../../test/fixtures/temp-database'
import { sqliteOf } from '../../db/open'
import { openWorkspace, type Workspace } from '../../workspace'
import { backupName, parseBackupName } from './backups.files'

describe('backups, restore and recovery', () => {
  let dir: string
  let ws: Workspace | undefined
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(async () => {
    await ws?.close()
    ws = undefined
    removeTempDir(dir)
  })

  const open = async (automaticBackups = false) => {
    await ws?.close()
    ws = await openWorkspace(dir, 'test', { automaticBackups })
    return ws
  }
  const leadCount = (w: Workspace) => sqliteOf(w.database).prepare('SELECT count(*) FROM leads').pluck().get() as number

  it('names backups by time and reason, and reads the names back', () => {
    const at = new Date('2026-03-01T10:05:00.123Z')
    expect(backupName(at, 'hourly')).toBe('baton-2026-03-01T10-05-00-123Z-hourly.sqlite')
    expect(parseBackupName(backupName(at, 'before-import'))).toEqual({ at, reason: 'before-import' })
    expect(parseBackupName('notes.txt')).toBeNull()
  })

  it('writes a checked, self-contained backup and lists it with its lead count', async () => {
    const w = await open()
    await w.dispatch('app.loadSample', { leads: 25 })
    const info = await w.safety.backup('manual')
    expect(info).toMatchObject({ reason: 'manual', leads: 25, ok: true })
    // The sample's 25 deals are with fewer people: returning customers have several.
    expect(info.people).toBe(await w.database.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n)))
    expect(info.people).toBeGreaterThan(0)
    expect(info.sizeBytes).toBeGreaterThan(0)
    const files = readdirSync(w.safety.folder())
    expect(files).toEqual([info.name])
    expect(w.safety.list().backups).toEqual([info])
  })

  it('backs up on start when the newest backup is older than an hour, not again right after', async () => {
    await (await open(true)).close()
    ws = undefined
    await (await open(true)).close()
    ws = undefined
    const backups = readdirSync(join(dir, 'backups'))
    expect(backups).toHaveLength(1)
    expect(backups[0]).toMatch(/-start\.sqlite$/)
  })

  it('restores a backup: the current file is backed up first, then swapped and reopened', async () => {
    const w = await open()
    await w.dispatch('app.loadSample', { leads: 10 })
    const before = await w.safety.backup('manual')
    sqliteOf(w.database).prepare('DELETE FROM leads').run()
    expect(leadCount(w)).toBe(0)
    const outcome = await w.safety.restore(before.name)
    expect(outcome.safetyBackup).toMatchObject({ reason: 'before-restore', leads: 0 })
    expect(leadCount(w)).toBe(10)
    // The handlers reach the reopened file through the same context.
    expect(await w.dispatch('app.info', {})).toMatchObject({ ok: true, value: { leadCount: 10 } })
  })

  it('opens a damaged file in recovery mode, offers the newest good backup and keeps the damaged file aside', async () => {
    const w = await open()
    await w.dispatch('app.loadSample', { leads: 12 })
    const good = await w.safety.backup('manual')
    await w.close()
    ws = undefined
    writeFileSync(join(dir, 'baton.sqlite'), 'this is not a database, it is scrambled text '.repeat(200))

    const damaged = await open()
    const status = await damaged.dispatch('recovery.status', {})
    expect(status).toMatchObject({ ok: true, value: { damaged: true, candidate: { name: good.name, leads: 12 } } })
    // Everything else answers that the file is damaged, in words.
    expect(await damaged.dispatch('app.info', {})).toMatchObject({ ok: false, error: { code: 'damaged', message: expect.stringContaining('damaged') as unknown } })

    const restored = await damaged.dispatch('recovery.restoreNewest', {})
    expect(restored).toMatchObject({ ok: true, value: { restored: { name: good.name } } })
    const keptAt = restored.ok ? (restored.value as RestoreOutcome).damagedKeptAt : null
    expect(keptAt && existsSync(keptAt)).toBe(true)
    expect(await damaged.dispatch('app.info', {})).toMatchObject({ ok: true, value: { leadCount: 12 } })
    expect(await damaged.dispatch('recovery.status', {})).toMatchObject({ ok: true, value: { damaged: false } })
  })

  it('skips a damaged backup when offering one', async () => {
    const w = await open()
    await w.dispatch('app.loadSample', { leads: 10 })
    const good = await w.safety.backup('manual')
    await w.close()
    ws = undefined
    writeFileSync(join(dir, 'backups', backupName(new Date(Date.now() + 60_000), 'hourly')), 'broken backup')
    writeFileSync(join(dir, 'baton.sqlite'), 'broken file '.repeat(500))
    const status = await (await open()).dispatch('recovery.status', {})
    expect(status).toMatchObject({ ok: true, value: { damaged: true, candidate: { name: good.name } } })
  })

  it('starts fresh when there is no backup, keeping the damaged file', async () => {
    writeFileSync(join(dir, 'baton.sqlite'), 'broken file '.repeat(500))
    const w = await open()
    expect(await w.dispatch('recovery.status', {})).toMatchObject({ ok: true, value: { damaged: true, candidate: null } })
    expect(await w.dispatch('recovery.restoreNewest', {})).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const fresh = await w.dispatch('recovery.startFresh', {})
    expect(fresh.ok).toBe(true)
    expect(await w.dispatch('app.info', {})).toMatchObject({ ok: true, value: { leadCount: 0 } })
    expect(readdirSync(dir).some((name) => name.includes('damaged'))).toBe(true)
  })

  it('moves the backup folder and keeps listing what is there', async () => {
    const w = await open()
    const info = await w.safety.backup('manual')
    const elsewhere = join(dir, 'synced', 'baton-backups')
    const list = await w.safety.moveFolder(elsewhere)
    expect(list.folder).toBe(elsewhere)
    expect(list.backups.map((b) => b.name)).toEqual([info.name])
    await w.close()
    ws = undefined
    expect((await open()).safety.folder()).toBe(elsewhere)
  })

  it('backs up before migrating a file that has data', async () => {
    const { openDatabase } = await import('../../db/open')
    const { MIGRATIONS } = await import('../../db/migrations')
    const old = await openDatabase(join(dir, 'baton.sqlite'), { migrations: MIGRATIONS.slice(0, 1) })
    await old.close()
    const w = await open()
    expect(w.safety.list().backups.map((b) => b.reason)).toEqual(['before-migration'])
  })

  it('refuses a restore of a backup that fails its check', async () => {
    const w = await open()
    const name = backupName(new Date(), 'manual')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(w.safety.folder(), { recursive: true })
    writeFileSync(join(w.safety.folder(), name), 'broken')
    expect(await w.dispatch('backups.restore', { name })).toMatchObject({ ok: false, error: { code: 'rule' } })
  })
})

describe('rotation on disk', () => {
  it('keeps backups made with “Back up now” out of the rotation', async () => {
    const { mkdirSync } = await import('node:fs')
    const { rotateBackups } = await import('./backups.files')
    const dir = makeTempDir()
    try {
      mkdirSync(dir, { recursive: true })
      const names = [
        backupName(new Date('2026-03-01T10:00:00.000Z'), 'manual'),
        backupName(new Date('2026-03-01T10:10:00.000Z'), 'hourly'),
        backupName(new Date('2026-03-01T10:20:00.000Z'), 'before-import'),
      ]
      for (const name of names) writeFileSync(join(dir, name), '')
      expect(rotateBackups(dir)).toEqual([names[1]])
      expect(readdirSync(dir).sort()).toEqual([names[0], names[2]].sort())
    } finally {
      removeTempDir(dir)
    }
  })
})
