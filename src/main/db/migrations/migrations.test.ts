import type BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { databaseFileIn, makeTempDir, removeTempDir } from '../../../../test/fixtures/temp-database'
import { openDatabase, type OpenDatabase } from '../open'
import { MIGRATIONS } from './index'

// Each migration is tested from the version just before it, with data in it:
// `seed` writes rows the way that older version could have (raw SQL, frozen in time
// like the migrations themselves), `verify` checks the migration did its job and
// the rows survived. Adding migration N means adding case N here.

interface MigrationCase {
  seed(sqlite: BetterSqlite3.Database): void
  verify(sqlite: BetterSqlite3.Database): void
}

const tables = (sqlite: BetterSqlite3.Database) =>
  sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[]

const cases: Record<number, MigrationCase> = {
  1: {
    // Before 0001 the file is empty (only the ledger the migrator makes).
    seed(sqlite) {
      expect(tables(sqlite)).toEqual(['schema_migrations'])
    },
    verify(sqlite) {
      expect(tables(sqlite)).toEqual(
        [
          'activities',
          'campaign_metrics',
          'campaign_spend',
          'campaigns',
          'feedback',
          'goal_checkins',
          'goals',
          'lead_tags',
          'leads',
          'lost_reasons',
          'pipelines',
          'schema_migrations',
          'segments',
          'settings',
          'stage_history',
          'stages',
          'touchpoints',
          'ui_state',
        ].sort(),
      )
      const strict = sqlite.prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%'`)
      expect(strict.pluck().all()).toEqual([])
      expect(sqlite.prepare(`SELECT name FROM stages WHERE pipeline_id = 1 ORDER BY position`).pluck().all()).toEqual([
        'New',
        'Contacted',
        'Qualified',
        'Proposal',
        'Negotiation',
        'Won',
        'Lost',
      ])
      expect(sqlite.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(1)
    },
  },
  2: {
    // A version-1 workspace with a second pipeline (no Qualified stage), a segment and a lead.
    seed(sqlite) {
      const at = '2026-01-01T00:00:00.000Z'
      sqlite.prepare(`INSERT INTO pipelines (id, name, position, created_at) VALUES (2, 'Partners', 1, ?)`).run(at)
      sqlite.prepare(`INSERT INTO stages (id, pipeline_id, name, position, kind, created_at) VALUES (20, 2, 'Intro', 0, 'open', ?), (21, 2, 'Won', 1, 'won', ?)`).run(at, at)
      sqlite.prepare(`INSERT INTO segments (id, name, description, created_at) VALUES (1, 'Dentists', 'Small clinics', ?)`).run(at)
      sqlite
        .prepare(`INSERT INTO leads (id, person_name, pipeline_id, stage_id, position, segment_id, created_at, updated_at, stage_entered_at) VALUES (1, 'Dana Li', 1, 1, 1, 1, ?, ?, ?)`)
        .run(at, at, at)
    },
    verify(sqlite) {
      expect(sqlite.prepare('SELECT id, qualified_stage_id FROM pipelines ORDER BY id').all()).toEqual([
        { id: 1, qualified_stage_id: sqlite.prepare(`SELECT id FROM stages WHERE pipeline_id = 1 AND name = 'Qualified'`).pluck().get() },
        { id: 2, qualified_stage_id: null },
      ])
      expect(sqlite.prepare('SELECT attribution_model FROM settings').pluck().get()).toBe('first')
      expect(sqlite.prepare('SELECT name, description, industry, company_size, region FROM segments').all()).toEqual([
        { name: 'Dentists', description: 'Small clinics', industry: null, company_size: null, region: null },
      ])
      expect(sqlite.prepare('SELECT person_name, segment_id FROM leads').all()).toEqual([{ person_name: 'Dana Li', segment_id: 1 }])
      expect(() => sqlite.prepare(`UPDATE settings SET attribution_model = 'random'`).run()).toThrow(/CHECK/)
    },
  },
}

describe('migrations', () => {
  let dir: string
  let database: OpenDatabase | undefined
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(async () => {
    await database?.close()
    database = undefined
    removeTempDir(dir)
  })

  /** Opens the test file as a build that knows only the first `count` migrations would. */
  const openAtVersion = async (count: number) => {
    await database?.close()
    database = await openDatabase(databaseFileIn(dir), { migrations: MIGRATIONS.slice(0, count) })
    return database.sqlite
  }

  it('every migration has a test case', () => {
    expect(Object.keys(cases).map(Number)).toEqual(MIGRATIONS.map((m) => m.id))
  })

  for (const [index, migration] of MIGRATIONS.entries()) {
    describe(`${String(migration.id).padStart(4, '0')}_${migration.name}`, () => {
      const testCase = cases[migration.id]

      it('applies on top of the version before it and keeps its data', async () => {
        if (!testCase) throw new Error(`Write a test case for migration ${migration.id}`)
        testCase.seed(await openAtVersion(index))
        const sqlite = await openAtVersion(index + 1)
        testCase.verify(sqlite)
        const applied = sqlite.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all()
        expect(applied).toEqual(MIGRATIONS.slice(0, index + 1).map((m) => m.id))
      })

      it('leaves a consistent file', async () => {
        await openAtVersion(index)
        const sqlite = await openAtVersion(index + 1)
        expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
        expect(sqlite.pragma('foreign_key_check')).toEqual([])
      })
    })
  }
})
