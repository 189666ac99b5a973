import { closeSync, openSync, readdirSync, readlinkSync, readSync, writeFileSync, writeSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  databaseFileIn,
  fileHash,
  folderListing,
  makeTempDir,
  openTempDatabase,
  removeTempDir,
  useTempDatabase,
} from '../../../test/fixtures/temp-database'
import { DatabaseDamagedError, DatabaseFromTheFutureError } from './errors'
import { MIGRATIONS } from './migrations'
import { openDatabase } from './open'

const SQLITE_HEADER = 'SQLite format 3\0'

/** Bytes 18 and 19 of the header: 1 = rollback journal, 2 = WAL. */
function journalFormatBytes(file: string): [number, number] {
  const fd = openSync(file, 'r')
  try {
    const header = Buffer.alloc(20)
    readSync(fd, header, 0, 20, 0)
    return [header[18] ?? -1, header[19] ?? -1]
  } finally {
    closeSync(fd)
  }
}

/** A migrated Baton file, closed, switched back to a rollback journal so every byte sits in the one file. */
async function makeClosedDatabase(dir: string): Promise<string> {
  const file = databaseFileIn(dir)
  const database = await openDatabase(file)
  await database.close()
  const raw = new BetterSqlite3(file)
  raw.pragma('journal_mode = DELETE')
  raw.close()
  return file
}

/** How many file descriptors this process holds on `file` (Linux only). */
function openDescriptorsOn(file: string): number {
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === file
    } catch {
      return false
    }
  }).length
}

describe('openDatabase on a new file', () => {
  const database = useTempDatabase()

  it('sets WAL, foreign keys, FULL sync, a busy timeout and statement journals in memory', () => {
    const { sqlite } = database()
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2)
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(sqlite.pragma('temp_store', { simple: true })).toBe(2)
  })

  it('writes a real SQLite file in WAL format', () => {
    const { file } = database()
    expect(readFileStart(file)).toBe(SQLITE_HEADER)
    expect(journalFormatBytes(file)).toEqual([2, 2])
  })

  it('records every migration of this build', () => {
    const rows = database().sqlite.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all()
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ id: m.id, name: m.name })))
  })

  it('seeds the Sales pipeline with its seven stages in order', () => {
    const { sqlite } = database()
    expect(sqlite.prepare('SELECT id, name, position FROM pipelines').all()).toEqual([{ id: 1, name: 'Sales', position: 0 }])
    const stages = sqlite.prepare('SELECT name, kind, position, win_probability FROM stages WHERE pipeline_id = 1 ORDER BY position').all()
    expect(stages).toEqual([
      { name: 'New', kind: 'open', position: 0, win_probability: 10 },
      { name: 'Contacted', kind: 'open', position: 1, win_probability: 20 },
      { name: 'Qualified', kind: 'open', position: 2, win_probability: 40 },
      { name: 'Proposal', kind: 'open', position: 3, win_probability: 60 },
      { name: 'Negotiation', kind: 'open', position: 4, win_probability: 80 },
      { name: 'Won', kind: 'won', position: 5, win_probability: 100 },
      { name: 'Lost', kind: 'lost', position: 6, win_probability: 0 },
    ])
  })

  it('seeds one settings row and the lost reasons', () => {
    const { sqlite } = database()
    expect(sqlite.prepare('SELECT id, currency, locale, week_start FROM settings').all()).toEqual([
      { id: 1, currency: 'USD', locale: 'en-US', week_start: 1 },
    ])
    const reasons = sqlite.prepare('SELECT label FROM lost_reasons ORDER BY position').pluck().all()
    expect(reasons).toContain('Price too high')
    expect(reasons).toHaveLength(6)
  })

  it('passes its own integrity and foreign key checks', () => {
    const { sqlite } = database()
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
  })
})

describe('the schema refuses bad rows', () => {
  const database = useTempDatabase()
  const now = '2026-01-05T10:00:00.000Z'

  function insertCampaign(values: { channel?: string; budget?: unknown; status?: string; startsOn?: string; endsOn?: string } = {}) {
    database()
      .sqlite.prepare(
        `INSERT INTO campaigns (name, channel, budget_minor, status, starts_on, ends_on, created_at, updated_at)
         VALUES ('Spring', ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(values.channel ?? 'email', values.budget ?? 0, values.status ?? 'planned', values.startsOn ?? null, values.endsOn ?? null, now, now)
  }

  function insertLead(values: { stageId?: number; valueMinor?: unknown; position?: unknown } = {}) {
    const { sqlite } = database()
    const person = sqlite.prepare(`INSERT INTO people (name, name_key, created_at, updated_at) VALUES ('Dana Li', 'danali', ?, ?) RETURNING id`).pluck().get(now, now)
    sqlite
      .prepare(
        `INSERT INTO leads (person_id, pipeline_id, stage_id, position, value_minor, created_at, updated_at, stage_entered_at)
         VALUES (?, 1, ?, ?, ?, ?, ?, ?)`,
      )
      .run(person, values.stageId ?? 1, values.position ?? 0, values.valueMinor ?? 0, now, now, now)
  }

  it('accepts a well-formed campaign and lead', () => {
    insertCampaign()
    insertLead()
    expect(database().sqlite.prepare('SELECT count(*) FROM leads').pluck().get()).toBe(1)
  })

  it('STRICT tables reject text in an INTEGER column', () => {
    expect(() => insertLead({ valueMinor: 'a lot' })).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_DATATYPE' }))
    expect(() => insertCampaign({ budget: 'cheap' })).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_DATATYPE' }))
  })

  it('STRICT tables reject text in a REAL column', () => {
    expect(() => insertLead({ position: 'top' })).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_DATATYPE' }))
  })

  it('rejects a channel outside the enum', () => {
    expect(() => insertCampaign({ channel: 'television' })).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }))
  })

  it('rejects a campaign status outside the enum', () => {
    expect(() => insertCampaign({ status: 'deleted' })).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }))
  })

  it('rejects a negative budget and an end before the start', () => {
    expect(() => insertCampaign({ budget: -1 })).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }))
    expect(() => insertCampaign({ startsOn: '2026-03-10', endsOn: '2026-03-09' })).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }),
    )
  })

  it('rejects a negative lead value', () => {
    expect(() => insertLead({ valueMinor: -5 })).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }))
  })

  it('enforces foreign keys', () => {
    expect(() => insertLead({ stageId: 999 })).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }))
  })

  describe('stages: at most one Won and one Lost per pipeline', () => {
    const addStage = (pipelineId: number, name: string, kind: string) =>
      database()
        .sqlite.prepare(`INSERT INTO stages (pipeline_id, name, position, kind, created_at) VALUES (?, ?, 9, ?, ?)`)
        .run(pipelineId, name, kind, now)

    it('refuses a second Won stage', () => {
      expect(() => addStage(1, 'Won again', 'won')).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }))
    })

    it('refuses a second Lost stage', () => {
      expect(() => addStage(1, 'Lost again', 'lost')).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }))
    })

    it('allows more open stages, and a Won stage in another pipeline', () => {
      addStage(1, 'Demo', 'open')
      database().sqlite.prepare(`INSERT INTO pipelines (id, name, created_at) VALUES (2, 'Partners', ?)`).run(now)
      addStage(2, 'Won', 'won')
      addStage(2, 'Lost', 'lost')
      expect(database().sqlite.prepare(`SELECT count(*) FROM stages WHERE kind <> 'open'`).pluck().get()).toBe(4)
    })

    it('refuses a stage kind outside the enum', () => {
      expect(() => addStage(1, 'Maybe', 'pending')).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }))
    })
  })
})

describe('reopening a workspace', () => {
  let dir: string
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(() => removeTempDir(dir))

  it('keeps data and does not run the migrations again', async () => {
    const file = databaseFileIn(dir)
    const first = await openDatabase(file)
    first.sqlite.prepare(`INSERT INTO segments (name, created_at) VALUES ('Dentists', '2026-01-01T00:00:00.000Z')`).run()
    const ledger = first.sqlite.prepare('SELECT id, name, applied_at FROM schema_migrations').all()
    await first.close()

    let ran = 0
    const counting = MIGRATIONS.map((m) => ({
      ...m,
      up: async (...args: Parameters<typeof m.up>) => {
        ran++
        await m.up(...args)
      },
    }))
    const second = await openDatabase(file, { migrations: counting })
    try {
      expect(ran).toBe(0)
      expect(second.sqlite.prepare('SELECT id, name, applied_at FROM schema_migrations').all()).toEqual(ledger)
      expect(second.sqlite.prepare('SELECT count(*) FROM stages').pluck().get()).toBe(7)
      expect(second.sqlite.prepare('SELECT name FROM segments').pluck().all()).toEqual(['Dentists'])
    } finally {
      await second.close()
    }
  })
})

describe('a damaged file is refused and left as it was', () => {
  let dir: string
  let file: string
  beforeEach(() => {
    dir = makeTempDir()
    file = databaseFileIn(dir)
  })
  afterEach(() => removeTempDir(dir))

  async function expectRefusedUntouched(): Promise<DatabaseDamagedError> {
    const hash = fileHash(file)
    const listing = folderListing(dir)
    const error: unknown = await openDatabase(file).then(
      async (opened) => {
        await opened.close()
        return undefined
      },
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(DatabaseDamagedError)
    expect(fileHash(file)).toBe(hash)
    expect(folderListing(dir)).toEqual(listing)
    return error as DatabaseDamagedError
  }

  it('refuses random bytes', async () => {
    writeFileSync(file, randomBytes(64 * 1024))
    const error = await expectRefusedUntouched()
    expect(error.file).toBe(file)
    expect(error.message).toContain('damaged')
    expect(error.message).toContain('Nothing was changed')
    expect(error.message).toContain(file)
  })

  it('refuses a text file named like the database', async () => {
    writeFileSync(file, 'These are my meeting notes, not a database.\n'.repeat(200))
    const error = await expectRefusedUntouched()
    expect(error.message).toMatch(/not a database/i)
  })

  it('refuses a real database with a corrupted table page', async () => {
    await makeClosedDatabase(dir)
    const raw = new BetterSqlite3(file, { readonly: true })
    const pageSize = raw.pragma('page_size', { simple: true }) as number
    const rootPage = raw.prepare(`SELECT rootpage FROM sqlite_master WHERE name = 'campaigns'`).pluck().get() as number
    raw.close()
    const fd = openSync(file, 'r+')
    writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, (rootPage - 1) * pageSize)
    closeSync(fd)

    await expectRefusedUntouched()
  })

  it.runIf(process.platform === 'linux')('does not keep the damaged file open', async () => {
    writeFileSync(file, randomBytes(8 * 1024))
    await expectRefusedUntouched()
    expect(openDescriptorsOn(file)).toBe(0)
  })
})

describe('a file from a newer Baton is refused and left as it was', () => {
  let dir: string
  let file: string
  beforeEach(() => {
    dir = makeTempDir()
    file = databaseFileIn(dir)
  })
  afterEach(() => removeTempDir(dir))

  function addFutureMigration(journal: 'DELETE' | 'WAL') {
    const raw = new BetterSqlite3(file)
    raw.pragma(`journal_mode = ${journal}`)
    raw.prepare(`INSERT INTO schema_migrations (id, name, applied_at) VALUES (999, 'time_travel', '2030-01-01T00:00:00.000Z')`).run()
    raw.close()
  }

  async function expectRefused(): Promise<DatabaseFromTheFutureError> {
    const error: unknown = await openDatabase(file).then(
      async (opened) => {
        await opened.close()
        return undefined
      },
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(DatabaseFromTheFutureError)
    return error as DatabaseFromTheFutureError
  }

  it('names the unknown migration and changes no byte (not even the journal mode)', async () => {
    await makeClosedDatabase(dir)
    addFutureMigration('DELETE')
    const hash = fileHash(file)
    const listing = folderListing(dir)
    expect(journalFormatBytes(file)).toEqual([1, 1])

    const error = await expectRefused()

    expect(error.unknownMigrations).toEqual(['999 time_travel'])
    expect(error.message).toContain('newer version of Baton')
    expect(error.message).toContain('Nothing was changed')
    expect(fileHash(file)).toBe(hash)
    expect(journalFormatBytes(file)).toEqual([1, 1])
    expect(folderListing(dir)).toEqual(listing)
  })

  it('leaves a WAL-mode file byte-identical too', async () => {
    await makeClosedDatabase(dir)
    addFutureMigration('WAL')
    const hash = fileHash(file)
    const listing = folderListing(dir)

    await expectRefused()

    expect(fileHash(file)).toBe(hash)
    expect(folderListing(dir)).toEqual(listing)
  })

  it('does not write its own pending migrations into such a file', async () => {
    // Built by "version 1", then opened by a build that knows a migration 2 and not 999.
    await makeClosedDatabase(dir)
    addFutureMigration('DELETE')
    let ran = false
    const later = [
      ...MIGRATIONS,
      {
        id: 2,
        name: 'later',
        up: () => {
          ran = true
          return Promise.resolve()
        },
      },
    ]
    await expect(openDatabase(file, { migrations: later })).rejects.toBeInstanceOf(DatabaseFromTheFutureError)
    expect(ran).toBe(false)
  })
})

describe('temp database fixture', () => {
  it('opens a fresh database and removes its folder', async () => {
    const database = await openTempDatabase()
    expect(folderListing(database.dir)).toContain('baton.sqlite')
    await database.dispose()
    expect(() => readdirSync(database.dir)).toThrow()
  })
})

function readFileStart(file: string): string {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(16)
    readSync(fd, buffer, 0, 16, 0)
    return buffer.toString('latin1')
  } finally {
    closeSync(fd)
  }
}
