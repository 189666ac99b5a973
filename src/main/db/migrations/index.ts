import type { Kysely } from 'kysely'
import * as m0001 from './0001_initial'
import * as m0002 from './0002_campaign_metrics'
import * as m0004 from './0004_imports'
import * as m0005 from './0005_goals'
import * as m0006 from './0006_reports'
import * as m0008 from './0008_desktop'
import * as m0009 from './0009_import_campaigns'
import * as m0010 from './0010_firm_time_zone'
import * as m0011 from './0011_source_is_first_touch'

export interface Migration {
  id: number
  name: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see 0001_initial.ts
  up(db: Kysely<any>): Promise<void>
}

/** Every migration this build knows, in order. Bundled with the app: nothing is read from disk. */
export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: 'initial', up: m0001.up },
  { id: 2, name: 'campaign_metrics', up: m0002.up },
  { id: 4, name: 'imports', up: m0004.up },
  { id: 5, name: 'goals', up: m0005.up },
  { id: 6, name: 'reports', up: m0006.up },
  { id: 8, name: 'desktop', up: m0008.up },
  { id: 9, name: 'import_campaigns', up: m0009.up },
  { id: 10, name: 'firm_time_zone', up: m0010.up },
  { id: 11, name: 'source_is_first_touch', up: m0011.up },
]
