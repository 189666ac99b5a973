import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { InputOf, Method } from '@shared/contract'
import { CAMPAIGN_TABLE_SORTS } from '@shared/contract/campaigns'
import { REPORT_KINDS } from '@shared/contract/reports'
import { CHANNELS } from '@shared/domain/enums'
import { GOAL_METRICS } from '@shared/domain/goals'
import { ATTRIBUTION_MODELS, METRIC_GROUPINGS } from '@shared/domain/metrics'
import type { PeriodPreset } from '@shared/domain/reportPeriod'
import { queryColumn } from '../../../../test/fixtures/sql'
import { freshPostgresDatabase } from '../../../../test/fixtures/test-database'
import { makeTempDir, removeTempDir } from '../../../../test/fixtures/temp-database'
import { openWorkspace, type Workspace } from '../../workspace'
import { generateSample } from '../sample/generate'
import { OWNERS } from '../sample/people'

// One firm's year, written into a SQLite file and a PostgreSQL database from the same seed, then
// every figure Baton shows read back through the handlers from both: the metrics by every grouping
// and model, the dashboard, the six reports, the campaign table sorted every way, each campaign's
// page, and the goals with their progress, burn-up, contributors and chips. The two engines must
// answer the same, to the cent and in the same order. The firm keeps its books in Auckland, so
// every bucket and period edge goes through the time zone.

const ZONE = 'Pacific/Auckland'
const TODAY = new Date('2026-03-15T10:30:00.000Z')
const LEADS = 400
const PRESETS: PeriodPreset[] = ['this_week', 'last_week', 'last_30_days', 'this_month', 'last_month', 'this_quarter', 'this_year', 'last_year']

interface Side {
  workspace: Workspace
  call<M extends Method>(method: M, input: InputOf<M>): Promise<unknown>
  dispose(): Promise<void>
}

async function open(target: string, dispose: () => Promise<void>): Promise<Side> {
  const workspace = await openWorkspace(target, 'test')
  const db = workspace.database.db
  await sql`UPDATE settings SET time_zone = ${ZONE}, week_start = 1, attribution_model = 'linear'`.execute(db)
  await generateSample(db, { leads: LEADS, seed: 11, today: TODAY })
  return {
    workspace,
    async call(method, input) {
      const result = await workspace.dispatch(method, input)
      if (!result.ok) throw new Error(`${method} ${JSON.stringify(input)} failed on ${workspace.database.engine}: ${result.error.message}`)
      return result.value
    },
    async dispose() {
      await workspace.close()
      await dispose()
    },
  }
}

describe('the same firm on SQLite and on PostgreSQL', () => {
  let solo: Side
  let team: Side
  let campaignIds: number[]
  let goalIds: number[]

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(TODAY)
    const dir = makeTempDir()
    solo = await open(dir, () => Promise.resolve(removeTempDir(dir)))
    const fresh = await freshPostgresDatabase()
    team = await open(fresh.url, () => fresh.drop())
    campaignIds = await queryColumn<number>(solo.workspace.database.db, sql`SELECT id FROM campaigns ORDER BY id`)
    goalIds = await queryColumn<number>(solo.workspace.database.db, sql`SELECT id FROM goals ORDER BY id`)
  }, 120_000)
  afterAll(async () => {
    vi.useRealTimers()
    await solo?.dispose()
    await team?.dispose()
  })

  /** Asks both engines the same, one call after another, and expects the same answers. */
  async function same<M extends Method>(method: M, inputs: ReadonlyArray<InputOf<M>>): Promise<void> {
    for (const input of inputs) {
      const expected = await solo.call(method, input)
      expect(await team.call(method, input), `${method} ${JSON.stringify(input)}`).toEqual(expected)
    }
  }

  it('holds the same rows', async () => {
    for (const table of ['campaigns', 'campaign_spend', 'leads', 'touchpoints', 'stage_history', 'activities', 'feedback', 'goals']) {
      const count = (side: Side) => queryColumn(side.workspace.database.db, sql`SELECT count(*) FROM ${sql.table(table)}`)
      expect(await count(team), table).toEqual(await count(solo))
    }
    expect(campaignIds.length).toBeGreaterThan(10)
    expect(goalIds.length).toBeGreaterThan(3)
  })

  it('gives the same metric inputs by every grouping, model and filter', async () => {
    type Filter = InputOf<'metrics.total'>['filter']
    const periods: Filter[] = [{}, { from: '2025-04-01', to: '2026-03-31' }, { from: '2026-02-01', to: '2026-02-28' }, { from: '2026-03-15', to: '2026-03-15' }]
    const filters: Filter[] = [{ channels: ['email', 'sem'] }, { segmentIds: [1, 2] }, { owners: [OWNERS[0]] }, { pipelineIds: [1] }, { campaignIds: campaignIds.slice(0, 3) }]
    for (const model of ATTRIBUTION_MODELS) {
      await same('metrics.by', METRIC_GROUPINGS.flatMap((grouping) => periods.slice(0, 3).map((filter) => ({ grouping, filter, model }))))
      await same('metrics.total', [...periods, ...filters.map((f) => ({ ...f, from: '2025-10-01', to: '2026-03-31' }))].map((filter) => ({ filter, model })))
    }
  })

  it('shows the same dashboard for every period', async () => {
    const channel = CHANNELS[0]
    await same(
      'reports.dashboard',
      PRESETS.flatMap((preset) => [
        { period: { preset }, filters: {} },
        { period: { preset }, filters: { channel } },
        { period: { preset }, filters: { owner: OWNERS[1] } },
      ]),
    )
    await same('reports.dashboard', [{ period: { preset: 'custom', from: '2025-11-01', to: '2026-02-28' }, filters: { segmentId: 1 } }])
  })

  it('builds the same six reports', async () => {
    await same(
      'reports.build',
      REPORT_KINDS.flatMap((kind) => [
        { kind, period: { preset: 'this_quarter' }, filters: {} },
        { kind, period: { preset: 'last_year' }, filters: {} },
        { kind, period: { preset: 'this_year' }, filters: { owner: OWNERS[2], segmentId: 2 } },
        { kind, period: { preset: 'custom', from: '2025-06-01', to: '2026-03-15' }, filters: { pipelineId: 1, campaignId: campaignIds[0] } },
      ]),
    )
  })

  it('lists campaigns with the same figures, sorted the same every way', async () => {
    const period = { from: '2025-07-01', to: '2026-03-31' }
    await same('campaigns.table', [{}, period, { ...period, channel: 'email' }, { search: 'webinar' }])
    await same(
      'campaigns.table',
      CAMPAIGN_TABLE_SORTS.flatMap((column) => (['asc', 'desc'] as const).map((direction) => ({ ...period, sort: { column, direction } }))),
    )
    await same('campaigns.list', [{}])
  })

  it('opens every campaign page with the same figures', async () => {
    await same('campaignPage.load', campaignIds.map((id) => ({ id })))
    await same('goals.chips', [{ pipelineId: 1 }, ...campaignIds.map((campaignId) => ({ campaignId }))])
  })

  it('measures every goal the same', async () => {
    await same('goals.list', [{ archived: false }, { archived: true }])
    for (const method of ['goals.get', 'goals.burnUp', 'goals.contributors'] as const) await same(method, goalIds.map((id) => ({ id })))
    await same(
      'goals.achievability',
      GOAL_METRICS.map((metric) => ({ metric, filters: {}, startsOn: '2026-04-01', endsOn: '2026-06-30', target: 10 })),
    )
  })
})
