import type { Kysely } from 'kysely'
import type { SqlDialect } from '../dialect'
import type { MigrationProgress } from './progress'
import * as m0001 from './0001_initial'
import * as m0002 from './0002_campaign_metrics'
import * as m0004 from './0004_imports'
import * as m0005 from './0005_goals'
import * as m0006 from './0006_reports'
import * as m0008 from './0008_desktop'
import * as m0009 from './0009_import_campaigns'
import * as m0010 from './0010_firm_time_zone'
import * as m0011 from './0011_source_is_first_touch'
import * as m0012 from './0012_import_currencies_and_records'
import * as m0013 from './0013_people_and_organizations'
import * as m0014 from './0014_team_logins'
import * as m0015 from './0015_party_merges'
import * as m0016 from './0016_custom_fields'
import * as m0017 from './0017_record_changes'
import * as m0019 from './0019_bulk_change_summaries'
import * as m0020 from './0020_custom_values_search'
import * as m0021 from './0021_segment_rules'
import * as m0022 from './0022_import_custom_values'
import * as postgresBaseline from './postgres_baseline'

/**
 * One step of the schema, run on both engines.
 *
 * - `up(db, dialect)` runs in its own transaction and is recorded in schema_migrations. Write
 *   SQL both engines accept; where they differ (DDL types, search, triggers, JSON), ask
 *   `dialect` — `dialect.engine` is there for a migration's DDL, which feature code never
 *   branches on. A migration is frozen in time: it never imports today's schema types.
 * - Migrations 1–9 predate PostgreSQL and are SQLite DDL (`sqliteOnly`). A new PostgreSQL
 *   workspace runs POSTGRES_BASELINE instead — the same schema in PostgreSQL's words — and
 *   records 1–9 as applied. Every later migration (10 on) runs on both engines and must
 *   not set `sqliteOnly`.
 */
export interface Migration {
  id: number
  name: string
  /** `progress` is told how far a long migration has got (start-up shows it as a bar). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 0001_initial.ts
  up(db: Kysely<any>, dialect: SqlDialect, progress?: MigrationProgress): Promise<void>
  sqliteOnly?: true
  /**
   * On SQLite, runs with foreign keys off: it rebuilds a table other tables point at (dropping
   * the old one would otherwise cascade). The runner checks every foreign key before committing.
   */
  rebuildsTables?: true
}

export type { MigrationProgress } from './progress'

/** Every migration this build knows, in order. Bundled with the app: nothing is read from disk. */
export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: 'initial', up: m0001.up, sqliteOnly: true },
  { id: 2, name: 'campaign_metrics', up: m0002.up, sqliteOnly: true },
  { id: 4, name: 'imports', up: m0004.up, sqliteOnly: true },
  { id: 5, name: 'goals', up: m0005.up, sqliteOnly: true },
  { id: 6, name: 'reports', up: m0006.up, sqliteOnly: true },
  { id: 8, name: 'desktop', up: m0008.up, sqliteOnly: true },
  { id: 9, name: 'import_campaigns', up: m0009.up, sqliteOnly: true },
  { id: 10, name: 'firm_time_zone', up: m0010.up },
  { id: 11, name: 'source_is_first_touch', up: m0011.up },
  { id: 12, name: 'import_currencies_and_records', up: m0012.up },
  { id: 13, name: 'people_and_organizations', up: m0013.up, rebuildsTables: true },
  { id: 14, name: 'team_logins', up: m0014.up },
  { id: 15, name: 'party_merges', up: m0015.up },
  { id: 16, name: 'custom_fields', up: m0016.up },
  { id: 17, name: 'record_changes', up: m0017.up },
  { id: 19, name: 'bulk_change_summaries', up: m0019.up },
  { id: 20, name: 'custom_values_search', up: m0020.up },
  { id: 21, name: 'segment_rules', up: m0021.up },
  { id: 22, name: 'import_custom_values', up: m0022.up },
]

/** The schema of migrations 1–9 created at once on a new PostgreSQL workspace. */
export const POSTGRES_BASELINE = { throughId: 9, up: postgresBaseline.up } as const
