import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../db/open'
import { openPostgres } from '../../db/open-postgres'
import { freshPostgresDatabase } from '../../../../test/fixtures/test-database'
import { ServerSafety } from '../backups/server-safety'
import { generateSample } from '../sample/generate'
import type { Db } from '../context'

// A team workspace's backups: snapshots of the server written as solo files that open in Baton,
// rotated like a solo workspace's, and restored into the server after a backup of what it held.

const TODAY = new Date('2026-06-15T12:00:00Z')

const figures = async (db: Db) => {
  const { rows } = await sql<{ leads: number; value: number; activities: number }>`
    SELECT (SELECT count(*) FROM leads) AS leads, (SELECT coalesce(sum(value_minor), 0) FROM leads) AS value, (SELECT count(*) FROM activities) AS activities`.execute(db)
  const row = rows[0]!
  return { leads: Number(row.leads), value: Number(row.value), activities: Number(row.activities) }
}

describe('backups of a team workspace', () => {
  let folder: string
  let safety: ServerSafety
  let clock: Date
  let drop: () => Promise<void>
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'baton-team-backups-'))
    const fresh = await freshPostgresDatabase()
    drop = () => fresh.drop()
    const server = await openPostgres(fresh.url)
    await generateSample(server.db, { leads: 80, seed: 3, today: TODAY })
    clock = new Date('2026-06-15T10:05:00Z')
    safety = new ServerSafety(server, { folder, now: () => clock })
  })
  afterEach(async () => {
    await safety.close()
    await drop()
    rmSync(folder, { recursive: true, force: true })
  })

  it('writes a snapshot as a solo file that opens in Baton with the same figures', async () => {
    const expected = await figures(safety.database.db)
    const info = await safety.backup('manual')
    expect(info).toMatchObject({ ok: true, reason: 'manual', leads: 80 })
    const file = await openDatabase(join(folder, info.name))
    try {
      expect(await figures(file.db)).toEqual(expected)
    } finally {
      await file.close()
    }
    expect(safety.list().backups.map((b) => b.name)).toEqual([info.name])
  })

  it('rotates the automatic backups as a solo workspace does, keeping the ones made by hand', async () => {
    const manual = await safety.backup('manual')
    clock = new Date('2026-06-15T10:20:00Z')
    const first = await safety.backup('hourly')
    clock = new Date('2026-06-15T10:50:00Z')
    const second = await safety.backup('hourly')
    const names = safety.list().backups.map((b) => b.name)
    expect(names).toContain(manual.name)
    expect(names).toContain(second.name)
    expect(names).not.toContain(first.name)
    expect(existsSync(join(folder, first.name))).toBe(false)
  })

  it('restores a backup into the server after backing up what it held', async () => {
    const expected = await figures(safety.database.db)
    const backup = await safety.backup('manual')
    const db = safety.database.db
    const lead = await db.selectFrom('leads').select('id').orderBy('id').executeTakeFirstOrThrow()
    await db.deleteFrom('activities').where('lead_id', '=', lead.id).execute()
    await db.updateTable('leads').set({ value_minor: 999_999_00 }).where('id', '=', lead.id).execute()
    const changed = await figures(db)
    expect(changed).not.toEqual(expected)

    clock = new Date('2026-06-15T11:00:00Z')
    const outcome = await safety.restore(backup.name)
    expect(await figures(db)).toEqual(expected)
    expect(outcome.restored.name).toBe(backup.name)
    expect(outcome.safetyBackup).toMatchObject({ reason: 'before-restore', ok: true })
    const before = await openDatabase(join(folder, outcome.safetyBackup!.name))
    try {
      expect(await figures(before.db)).toEqual(changed)
    } finally {
      await before.close()
    }
    await expect(safety.restore('baton-2020-01-01T00-00-00-000Z-manual.sqlite')).rejects.toThrow(/no longer in the backup folder/)
  })

  it('says where backups are missing when the workspace was opened by its address alone', async () => {
    const bare = new ServerSafety(safety.database)
    expect(bare.list()).toEqual({ folder: '', backups: [] })
    await expect(bare.backup('manual')).rejects.toThrow(/opened by its address alone/)
  })
})
