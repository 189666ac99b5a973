// The goals-page benchmark: progress, forecast and status of 50 goals on the seeded leads,
// through the IPC dispatcher (`goals.list`) against the same SQL on raw prepared statements.
// Run alone with `npm run bench -- --only goals`.
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely'
import { GoalInput } from '../../src/shared/contract/goals'
import { GOAL_METRICS, type GoalFilters, type GoalMetric, type GoalView } from '../../src/shared/domain/goals'
import { addDays, periodAround, type Period } from '../../src/shared/domain/goalsPeriod'
import { elapsedDays, goalProgress } from '../../src/shared/domain/goalsProgress'
import { GOAL_METRIC_INFO } from '../../src/shared/domain/goals'
import { toMetricInputs, metricInputsQuery, type MetricContext } from '../../src/main/features/metrics/metrics.repo'
import { activitiesLoggedQuery } from '../../src/main/features/metrics/metrics.activities'
import { DATABASE_FILE_NAME, openDatabase, sqliteOf } from '../../src/main/db/open'
import { firmCalendar } from '../../src/main/db/calendar'
import { sqliteDialect } from '../../src/main/db/dialect'
import type { Database } from '../../src/main/db/schema'
import { figureOf, metricFilterOf } from '../../src/main/features/goals/goals.measure'
import { addCheckin, createGoal } from '../../src/main/features/goals/goals.service'
import { generateSample } from '../../src/main/features/sample/generate'
import { openWorkspace } from '../../src/main/workspace'
import type { AttributionModel } from '../../src/shared/domain/metrics'
import { localDay, type BenchCase, type BenchKit } from './kit'

const GOALS = 50
const FILTERS: GoalFilters[] = [{}, { channel: 'email' }, { owner: 'Maya Chen' }, { segmentId: 1 }, {}]

/** 50 running goals over every metric, four kinds of period and a few filters — none due to freeze, so every read measures. */
function goalPlan(today: string): Array<Record<string, unknown>> {
  const periods: Period[] = [periodAround('quarter', today), periodAround('month', today), periodAround('year', today), { start: addDays(today, -59), end: addDays(today, 30) }]
  return Array.from({ length: GOALS }, (_, i) => {
    const metric = GOAL_METRICS[i % GOAL_METRICS.length] as GoalMetric
    const period = periods[i % periods.length] as Period
    const unit = GOAL_METRIC_INFO[metric].unit
    const target = unit === 'percent' ? 0.3 : unit === 'money' ? 5_000_000 : unit === 'days' ? 30 : 200
    return { title: `Goal ${i + 1}`, team: 'shared', metric, target, startsOn: period.start, endsOn: period.end, filters: metric === 'manual' ? {} : FILTERS[i % FILTERS.length], manualName: metric === 'manual' ? 'visits' : null, baseline: metric === 'manual' ? 100 : null }
  })
}

export function goalCases({ leads, seed, freshDir, medianOf, log }: BenchKit): BenchCase[] {
  let dir: Promise<string> | undefined
  // Seeded with today's date (not the kit's fixed day): goals.list reads "today" from the clock, as the app does.
  const seeded = () =>
    (dir ??= (async () => {
      const folder = freshDir()
      const database = await openDatabase(join(folder, DATABASE_FILE_NAME))
      log(`seeding ${leads} leads and ${GOALS} goals for goals-page`)
      await generateSample(database.db, { leads, seed, goals: false })
      for (const input of goalPlan(localDay())) {
        const goal = await createGoal(database.db, GoalInput.parse(input))
        if (goal.metric === 'manual') for (let d = 0; d < 60; d += 7) await addCheckin(database.db, { goalId: goal.id, checkedOn: addDays(goal.startsOn, d), value: 100 + d * 3, note: null })
      }
      await database.close()
      return folder
    })())

  const summaryOf = (views: Array<{ id: number; current: number | null; forecast: number | null; status: string }>) =>
    views.map((v) => `${v.id}:${v.current === null ? '-' : v.current.toFixed(6)}:${v.forecast === null ? '-' : v.forecast.toFixed(6)}:${v.status}`).join('|')

  async function baton(): Promise<number> {
    const workspace = await openWorkspace(await seeded(), 'bench')
    try {
      const read = async () => {
        const result = await workspace.dispatch('goals.list', { archived: false })
        if (!result.ok) throw new Error(result.error.message)
        return summaryOf((result.value as GoalView[]).map((v) => ({ id: v.id, ...v.progress })))
      }
      const expected = rawReader(sqliteOf(workspace.database))()
      if ((await read()) !== expected) throw new Error("goals-page: the app's answer no longer matches the raw queries in scripts/bench/goals.ts; update the raw side to match.")
      return await medianOf(read)
    } finally {
      await workspace.close()
    }
  }

  /** The same reads on prepared statements: goals and links, then one statement per distinct period and filter, then the shared rules. */
  function rawReader(sqlite: BetterSqlite3.Database): () => string {
    const compiler = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
    const statements = new Map<string, BetterSqlite3.Statement>()
    const prepared = (query: CompiledQuery) => {
      let statement = statements.get(query.sql)
      if (!statement) statements.set(query.sql, (statement = sqlite.prepare(query.sql)))
      return statement
    }
    const goalsStatement = sqlite.prepare('SELECT * FROM goals ORDER BY ends_on DESC, id')
    const campaignLinks = sqlite.prepare('SELECT goal_id, campaign_id FROM goal_campaigns ORDER BY campaign_id')
    const segmentLinks = sqlite.prepare('SELECT goal_id, segment_id FROM goal_segments ORDER BY segment_id')
    const settings = sqlite.prepare('SELECT attribution_model, week_start, time_zone FROM settings WHERE id = 1')
    const latest = sqlite.prepare('SELECT value FROM goal_checkins WHERE goal_id = ? AND checked_on <= ? ORDER BY checked_on DESC, id DESC LIMIT 1').pluck()
    const first = sqlite.prepare('SELECT value FROM goal_checkins WHERE goal_id = ? ORDER BY checked_on, id LIMIT 1').pluck()
    return () => {
      const today = localDay()
      const goals = goalsStatement.all() as Array<Database['goals'] & { id: number }>
      campaignLinks.all()
      segmentLinks.all()
      const row = settings.get() as { attribution_model: AttributionModel; week_start: number; time_zone: string }
      const context: MetricContext = { model: row.attribution_model, calendar: firmCalendar(row.time_zone, row.week_start), dialect: sqliteDialect }
      const memo = new Map<string, number | null | ReturnType<typeof toMetricInputs>>()
      const measure = (metric: Exclude<GoalMetric, 'manual'>, filters: GoalFilters, period: Period) => {
        const filter = metricFilterOf(filters, period)
        const activities = metric === 'activities_logged'
        const key = `${activities}:${JSON.stringify(filter)}`
        if (!memo.has(key)) {
          const query = activities ? activitiesLoggedQuery(filter, context.calendar).compile(compiler) : metricInputsQuery(null, filter, context).compile(compiler)
          const result = prepared(query).get(...query.parameters) as Record<string, unknown> | undefined
          memo.set(key, activities ? Number(result?.['n'] ?? 0) : toMetricInputs(result))
        }
        const gathered = memo.get(key)
        return typeof gathered === 'number' || gathered === null || gathered === undefined ? (gathered ?? null) : figureOf(metric as Parameters<typeof figureOf>[0], gathered)
      }
      const views = goals
        .filter((g) => g.status !== 'archived')
        .map((g) => {
          const metric = g.metric as GoalMetric
          const filters = JSON.parse(g.filters) as GoalFilters
          const asOf = today < g.ends_on ? today : g.ends_on
          // The list leaves data metrics' baselines out, as the app does.
          const baseline = metric === 'manual' ? (g.baseline ?? (first.get(g.id) as number | undefined) ?? null) : null
          const started = elapsedDays(g.starts_on, g.ends_on, today) > 0
          const current = !started
            ? GOAL_METRIC_INFO[metric].shape === 'cumulative'
              ? 0
              : null
            : metric === 'manual'
              ? ((latest.get(g.id, asOf) as number | undefined) ?? g.baseline)
              : measure(metric, filters, { start: g.starts_on, end: asOf })
          return { id: g.id, ...goalProgress({ metric, startsOn: g.starts_on, endsOn: g.ends_on, today, current, target: g.target, baseline }) }
        })
      return summaryOf(views)
    }
  }

  async function raw(): Promise<number> {
    const sqlite = new BetterSqlite3(join(await seeded(), DATABASE_FILE_NAME), { readonly: true })
    try {
      const read = rawReader(sqlite)
      return await medianOf(read)
    } finally {
      sqlite.close()
    }
  }

  return [{ name: 'goals-page', baton, raw }]
}
