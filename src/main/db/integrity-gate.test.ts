import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportOptions } from '@shared/domain/imports'
import { corruptTable, journalModeOf } from '../../../test/fixtures/damage'
import { databaseFileIn, fileHash, makeTempDir, removeTempDir } from '../../../test/fixtures/temp-database'
import { openWorkspace, type Workspace } from '../workspace'
import { DatabaseDamagedError } from './errors'
import { openDatabase } from './open'

// A file that needs no migration opens before its integrity check ends (the check runs in a
// worker on a read-only connection); reads go ahead, writes wait for the check. These tests
// open real files in WAL mode, as Baton leaves them, healthy and with a damaged page.

/** A workspace as Baton leaves it: migrated, with leads, closed, in WAL mode. `paddingMb` makes the check take longer. */
async function makeWorkspaceFile(dir: string, paddingMb = 0): Promise<string> {
  const workspace = await openWorkspace(dir, 'test')
  await workspace.dispatch('app.loadSample', { leads: 20 })
  await workspace.close()
  const file = databaseFileIn(dir)
  if (paddingMb > 0) {
    const raw = new BetterSqlite3(file)
    raw.exec(`CREATE TABLE check_padding (bytes BLOB);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${paddingMb * 256})
      INSERT INTO check_padding SELECT randomblob(4000) FROM n;`)
    raw.close()
  }
  expect(journalModeOf(file)).toBe('wal')
  return file
}

const OPTIONS: ImportOptions = { mapping: ['personName', 'email'], duplicates: 'skip', dayOrder: 'dmy', decimalMark: '.', createCampaigns: false, createStages: false, pipelineId: null }

describe('opening a file that needs no migration', () => {
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

  it('reads a damaged file at once, refuses every write, and leaves its bytes as they were', async () => {
    const file = await makeWorkspaceFile(dir)
    corruptTable(file, 'campaigns')
    const before = fileHash(file)

    // Opened without waiting for the check: a check on the spot would have refused it here.
    const database = await openDatabase(file)
    try {
      const leads = await database.db.selectFrom('leads').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      expect(Number(leads.n)).toBe(20)
      await expect(database.db.updateTable('leads').set({ owner: 'Mallory' }).execute()).rejects.toBeInstanceOf(DatabaseDamagedError)
      await expect(database.db.transaction().execute((trx) => trx.deleteFrom('segments').execute())).rejects.toBeInstanceOf(DatabaseDamagedError)
      await expect(database.whenIntact()).rejects.toBeInstanceOf(DatabaseDamagedError)
      // Later writes too, and reads still answer.
      await expect(database.db.deleteFrom('leads').execute()).rejects.toBeInstanceOf(DatabaseDamagedError)
      expect(Number((await database.db.selectFrom('leads').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(20)
    } finally {
      await database.close()
    }
    expect(fileHash(file)).toBe(before)
  })

  it('refuses writes through the dispatcher, a backup and an import on a damaged file, then shows recovery', async () => {
    const file = await makeWorkspaceFile(dir)
    corruptTable(file, 'campaigns')
    const before = fileHash(file)
    const csv = join(dir, 'leads.csv')
    writeFileSync(csv, 'Name,Email\nAna Ruiz,ana@sol.test\n')

    ws = await openWorkspace(dir, 'test', { automaticBackups: true })
    const created = await ws.dispatch('leads.create', { personName: 'Dana Li', email: 'dana@acme.test', company: 'Acme', tags: [] })
    expect(created).toMatchObject({ ok: false, error: { code: 'damaged', message: expect.stringContaining('damaged') as unknown } })
    await expect(ws.safety.backup('manual')).rejects.toBeInstanceOf(DatabaseDamagedError)
    await expect(ws.imports.start(csv, OPTIONS, 'import')).rejects.toBeInstanceOf(DatabaseDamagedError)
    expect(await ws.dispatch('backups.create', {})).toMatchObject({ ok: false, error: { code: 'damaged' } })

    // The renderer's question once the check is over: the recovery screen, offering no damaged copy.
    expect(await ws.dispatch('recovery.checked', {})).toMatchObject({ ok: true, value: { damaged: true, file, candidate: null } })
    expect(await ws.dispatch('recovery.status', {})).toMatchObject({ ok: true, value: { damaged: true } })
    expect(await ws.dispatch('app.info', {})).toMatchObject({ ok: false, error: { code: 'damaged' } })
    expect(existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : []).toEqual([])
    await ws.close()
    ws = undefined
    expect(fileHash(file)).toBe(before)
  })

  it('lands writes made while a healthy file is checked after the check, in the order they were made', async () => {
    const file = await makeWorkspaceFile(dir, 24)
    const database = await openDatabase(file)
    try {
      const events: string[] = []
      void database.whenIntact().then(() => events.push('intact'))
      const names = ['First', 'Second', 'Third', 'Fourth']
      const writes = names.map((name) =>
        database.db
          .insertInto('segments')
          .values({ name, created_at: '2026-03-01T10:00:00.000Z' })
          .execute()
          .then(() => events.push(name)),
      )
      const read = database.db.selectFrom('stages').select('name').execute()
      await Promise.all([...writes, read])
      expect(events).toEqual(['intact', ...names])
      expect(database.sqlite.prepare(`SELECT name FROM segments WHERE created_at = '2026-03-01T10:00:00.000Z' ORDER BY id`).pluck().all()).toEqual(names)
    } finally {
      await database.close()
    }
  })

  it('stops the check when the workspace closes, and a write still waiting is not made', async () => {
    const file = await makeWorkspaceFile(dir, 24)
    const database = await openDatabase(file)
    const write = database.db.insertInto('segments').values({ name: 'Late', created_at: '2026-03-01T10:00:00.000Z' }).execute()
    const refused = expect(write).rejects.toThrow(/closed .* before its integrity check finished/)
    await database.close()
    await refused
    await expect(database.whenIntact()).rejects.toThrow(/before its integrity check finished/)
    const raw = new BetterSqlite3(file, { readonly: true })
    expect(raw.prepare(`SELECT count(*) FROM segments WHERE name = 'Late'`).pluck().get()).toBe(0)
    raw.close()
  })
})
