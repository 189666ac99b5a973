import type BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { databaseFileIn, makeTempDir, removeTempDir } from '../../../../test/fixtures/temp-database'
import { openDatabase, type OpenDatabase } from '../open'
import { MIGRATIONS } from './index'

// Each SQLite-only migration (1–9) is tested from the version just before it, with data in it:
// `seed` writes rows the way that older version could have (raw SQL, frozen in time
// like the migrations themselves), `verify` checks the migration did its job and
// the rows survived. Migrations from 10 on run on both engines: their cases are in
// migrations.engines.test.ts. Every migration must leave a consistent SQLite file (below).

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
  4: {
    seed(sqlite) {
      const now = '2026-01-01T00:00:00.000Z'
      sqlite
        .prepare(`INSERT INTO leads (person_name, company, email, pipeline_id, stage_id, position, created_at, updated_at, stage_entered_at) VALUES ('Dana Li', 'Acme', 'dana@acme.test', 1, 1, 1, ?, ?, ?)`)
        .run(now, now, now)
    },
    verify(sqlite) {
      for (const table of ['import_batches', 'import_batch_leads', 'import_batch_records', 'import_mappings']) expect(tables(sqlite)).toContain(table)
      expect(sqlite.prepare('SELECT person_name FROM leads').pluck().all()).toEqual(['Dana Li'])
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN SELECT id FROM leads WHERE company = 'acme' COLLATE NOCASE AND person_name = 'dana li' COLLATE NOCASE`).all() as Array<{ detail: string }>
      expect(plan.map((step) => step.detail).join(' ')).toContain('leads_by_company_person')
    },
  },
  5: {
    // A goal written by 0001's columns only, with a check-in, must keep both and gain the new fields empty.
    seed(sqlite) {
      const now = '2026-01-05T10:00:00.000Z'
      sqlite.prepare(`INSERT INTO segments (id, name, created_at) VALUES (1, 'Dentists', ?)`).run(now)
      sqlite.prepare(`INSERT INTO goals (id, title, metric, target, starts_on, ends_on, team, created_at, updated_at) VALUES (1, 'Q1 revenue', 'won_revenue', 6000000, '2026-01-01', '2026-03-31', 'shared', ?, ?)`).run(now, now)
      sqlite.prepare(`INSERT INTO goal_checkins (goal_id, checked_on, value, created_at) VALUES (1, '2026-01-04', 12, ?)`).run(now)
    },
    verify(sqlite) {
      expect(sqlite.prepare('SELECT title, owner, parent_id, why, final_status, frozen_at FROM goals').all()).toEqual([
        { title: 'Q1 revenue', owner: null, parent_id: null, why: null, final_status: null, frozen_at: null },
      ])
      expect(sqlite.prepare('SELECT count(*) FROM goal_checkins').pluck().get()).toBe(1)
      const now = '2026-01-06T10:00:00.000Z'
      sqlite.prepare(`INSERT INTO goals (id, title, metric, target, starts_on, ends_on, team, parent_id, created_at, updated_at) VALUES (2, 'Leads', 'new_leads', 150, '2026-01-01', '2026-03-31', 'marketing', 1, ?, ?)`).run(now, now)
      sqlite.prepare('INSERT INTO goal_segments (goal_id, segment_id) VALUES (2, 1)').run()
      expect(() => sqlite.prepare(`UPDATE goals SET final_status = 'maybe' WHERE id = 1`).run()).toThrow(/CHECK/)
      sqlite.prepare('DELETE FROM goals WHERE id = 1').run()
      expect(sqlite.prepare('SELECT parent_id FROM goals WHERE id = 2').pluck().get()).toBeNull()
      sqlite.prepare('DELETE FROM goals WHERE id = 2').run()
      expect(sqlite.prepare('SELECT count(*) FROM goal_segments').pluck().get()).toBe(0)
    },
  },
  6: {
    // Settings keep their currency and gain an empty firm name; saved reports start empty and refuse a blank name.
    seed(sqlite) {
      sqlite.prepare(`UPDATE settings SET currency = 'EUR'`).run()
    },
    verify(sqlite) {
      expect(sqlite.prepare('SELECT currency, firm_name, last_export_dir FROM settings').all()).toEqual([{ currency: 'EUR', firm_name: '', last_export_dir: null }])
      const now = '2026-01-06T10:00:00.000Z'
      sqlite.prepare(`INSERT INTO saved_reports (name, kind, settings, created_at, updated_at) VALUES ('Q1 campaigns', 'campaigns', '{}', ?, ?)`).run(now, now)
      expect(() => sqlite.prepare(`INSERT INTO saved_reports (name, kind, settings, created_at, updated_at) VALUES ('q1 CAMPAIGNS', 'campaigns', '{}', ?, ?)`).run(now, now)).toThrow(/UNIQUE/)
      expect(() => sqlite.prepare(`INSERT INTO saved_reports (name, kind, settings, created_at, updated_at) VALUES ('  ', 'campaigns', '{}', ?, ?)`).run(now, now)).toThrow(/CHECK/)
      expect(() => sqlite.prepare(`INSERT INTO saved_reports (name, kind, settings, created_at, updated_at) VALUES ('x', 'campaigns', 'nope', ?, ?)`).run(now, now)).toThrow(/CHECK/)
    },
  },
  8: {
    // A workspace with owners typed by hand (two spellings of one person, one owner of a goal only), a campaign, a goal and an activity.
    seed(sqlite) {
      const at = '2026-01-01T00:00:00.000Z'
      sqlite.prepare(`INSERT INTO campaigns (id, name, channel, budget_minor, status, notes, created_at, updated_at) VALUES (1, 'Spring webinar', 'event', 0, 'active', 'Dentists in Ohio', ?, ?)`).run(at, at)
      const lead = sqlite.prepare(
        `INSERT INTO leads (id, person_name, company, email, notes, owner, pipeline_id, stage_id, position, created_at, updated_at, stage_entered_at) VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?, ?)`,
      )
      lead.run(1, 'Dana Li', 'Acme Dental', 'dana@acme.test', 'Wants the premium plan', 'Sam', 1, at, at, at)
      lead.run(2, 'Élodie Martin', 'Brightsmile', null, null, ' sam ', 2, at, at, at)
      lead.run(3, 'Omar Haddad', null, null, null, 'Priya', 3, at, at, at)
      sqlite.prepare(`INSERT INTO activities (id, lead_id, kind, subject, body, created_at, updated_at) VALUES (1, 1, 'call', 'Pricing call', 'Asked about invoices', ?, ?)`).run(at, at)
      sqlite
        .prepare(`INSERT INTO goals (id, title, description, metric, target, starts_on, ends_on, team, filters, status, owner, created_at, updated_at) VALUES (1, 'Forty new leads', 'From webinars', 'new_leads', 40, '2026-01-01', '2026-03-31', 'marketing', '{}', 'active', ' Lee ', ?, ?)`)
        .run(at, at)
    },
    verify(sqlite) {
      expect(sqlite.prepare('SELECT name FROM team_members ORDER BY name').pluck().all()).toEqual(['Lee', 'Priya', 'Sam'])
      expect(sqlite.prepare('SELECT owner FROM leads ORDER BY id').pluck().all()).toEqual(['Sam', 'Sam', 'Priya'])
      expect(sqlite.prepare('SELECT owner FROM goals').pluck().all()).toEqual(['Lee'])
      // A new owner joins the team, whichever table names them; a known one in other case does not join twice.
      sqlite.prepare(`UPDATE leads SET owner = 'Noor' WHERE id = 3`).run()
      sqlite.prepare(`UPDATE goals SET owner = 'LEE' WHERE id = 1`).run()
      expect(sqlite.prepare('SELECT name FROM team_members ORDER BY name').pluck().all()).toEqual(['Lee', 'Noor', 'Priya', 'Sam'])
      expect(sqlite.prepare('SELECT theme, notifications_enabled, quiet_start_minute, quiet_end_minute FROM settings').get()).toEqual({
        theme: 'system',
        notifications_enabled: 1,
        quiet_start_minute: null,
        quiet_end_minute: null,
      })
      const match = (fts: string, query: string) => sqlite.prepare(`SELECT rowid FROM ${fts} WHERE ${fts} MATCH ? ORDER BY rank`).pluck().all(query)
      // Built for the rows that were there before, accents folded.
      expect(match('leads_fts', '"acme"*')).toEqual([1])
      expect(match('leads_fts', '"elod"*')).toEqual([2])
      expect(match('leads_fts', '"premium"*')).toEqual([1])
      expect(match('campaigns_fts', '"ohio"*')).toEqual([1])
      expect(match('goals_fts', '"webinar"*')).toEqual([1])
      expect(match('activities_fts', '"invoice"*')).toEqual([1])
      // Kept in step from now on.
      sqlite.prepare(`UPDATE leads SET company = 'Zenith Labs' WHERE id = 1`).run()
      expect(match('leads_fts', '"dental"*')).toEqual([])
      expect(match('leads_fts', '"zenith"*')).toEqual([1])
      sqlite.prepare('DELETE FROM activities WHERE id = 1').run()
      expect(match('activities_fts', '"invoice"*')).toEqual([])
      sqlite.prepare(`INSERT INTO campaigns (id, name, channel, budget_minor, status, created_at, updated_at) VALUES (2, 'Autumn SEO push', 'seo', 0, 'active', 'x', 'x')`).run()
      expect(match('campaigns_fts', '"autu"*')).toEqual([2])
      // Throws SQLITE_CORRUPT_VTAB when the index and the table disagree.
      for (const fts of ['leads_fts', 'campaigns_fts', 'goals_fts', 'activities_fts']) sqlite.prepare(`INSERT INTO ${fts}(${fts}) VALUES ('integrity-check')`).run()
      expect(() => sqlite.prepare(`UPDATE settings SET theme = 'pink'`).run()).toThrow(/CHECK/)
      // Nothing is deferred outside an import, and the table holds its one row only.
      expect(sqlite.prepare('SELECT id, above_id FROM search_index_deferred').all()).toEqual([{ id: 1, above_id: null }])
      expect(() => sqlite.prepare('INSERT INTO search_index_deferred (id, above_id) VALUES (2, NULL)').run()).toThrow(/CHECK/)
    },
  },
  9: {
    // An import made before campaigns could be imported stays a leads import, undoable as before.
    seed(sqlite) {
      sqlite.prepare(`INSERT INTO import_batches (id, file_name, created_at, created_count) VALUES (1, 'leads.csv', '2026-01-01T00:00:00.000Z', 3)`).run()
      sqlite.prepare(`INSERT INTO import_batch_records (batch_id, kind, record_id) VALUES (1, 'campaign', 7)`).run()
    },
    verify(sqlite) {
      expect(sqlite.prepare('SELECT file_name, kind, created_count FROM import_batches').all()).toEqual([{ file_name: 'leads.csv', kind: 'leads', created_count: 3 }])
      expect(sqlite.prepare('SELECT count(*) FROM import_batch_records').pluck().get()).toBe(1)
      expect(() => sqlite.prepare(`UPDATE import_batches SET kind = 'deals'`).run()).toThrow(/CHECK/)
      sqlite.prepare(`INSERT INTO import_batches (id, file_name, created_at, kind) VALUES (2, 'campaigns.csv', '2026-01-02T00:00:00.000Z', 'campaigns')`).run()
      sqlite.prepare(`INSERT INTO import_batch_campaigns (batch_id, campaign_id, before) VALUES (2, 5, '{"name":"Spring"}')`).run()
      expect(() => sqlite.prepare(`INSERT INTO import_batch_campaigns (batch_id, campaign_id, before) VALUES (2, 6, 'nope')`).run()).toThrow(/CHECK/)
      sqlite.prepare('DELETE FROM import_batches WHERE id = 2').run()
      expect(sqlite.prepare('SELECT count(*) FROM import_batch_campaigns').pluck().get()).toBe(0)
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

  it('every SQLite-only migration has a test case here (the others are in migrations.engines.test.ts)', () => {
    expect(Object.keys(cases).map(Number)).toEqual(MIGRATIONS.filter((m) => m.sqliteOnly).map((m) => m.id))
  })

  for (const [index, migration] of MIGRATIONS.entries()) {
    describe(`${String(migration.id).padStart(4, '0')}_${migration.name}`, () => {
      const testCase = cases[migration.id]

      if (migration.sqliteOnly) {
        it('applies on top of the version before it and keeps its data', async () => {
          if (!testCase) throw new Error(`Write a test case for migration ${migration.id}`)
          testCase.seed(await openAtVersion(index))
          const sqlite = await openAtVersion(index + 1)
          testCase.verify(sqlite)
          const applied = sqlite.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all()
          expect(applied).toEqual(MIGRATIONS.slice(0, index + 1).map((m) => m.id))
        })
      }

      it('leaves a consistent file', async () => {
        await openAtVersion(index)
        const sqlite = await openAtVersion(index + 1)
        expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
        expect(sqlite.pragma('foreign_key_check')).toEqual([])
      })
    })
  }
})
