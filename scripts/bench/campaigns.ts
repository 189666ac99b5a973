// The campaign-list bench case: every metric for every campaign over one period, at the size
// a busy firm reaches (100,000 leads, 300 campaigns, ~30,000 spend entries, 50,000+ touches).
// It seeds its own workspace so the other cases keep theirs; the campaign-page case reads it too.
import { join } from 'node:path'
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, sql } from 'kysely'
import type { CampaignTable } from '../../src/shared/domain/campaigns'
import { DATABASE_FILE_NAME, openDatabase } from '../../src/main/db/open'
import { firmCalendar } from '../../src/main/db/calendar'
import { sqliteDialect } from '../../src/main/db/dialect'
import type { Database } from '../../src/main/db/schema'
import { metricInputsQuery, toMetricInputs } from '../../src/main/features/metrics/metrics.repo'
import { generateSample } from '../../src/main/features/sample/generate'
import { campaignPageBench } from './campaign-page'
import type { BenchCase, BenchKit } from './kit'
import { readCases, type ReadBench } from './read'

const CAMPAIGNS = 300

// Compiles the app's own SQL text once, so the raw side runs exactly the statement the app runs, minus the app.
const compiler = new Kysely<Database>({
  dialect: { createAdapter: () => new SqliteAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (db) => new SqliteIntrospector(db), createQueryCompiler: () => new SqliteQueryCompiler() },
})

const summary = (rows: Array<{ id: number; inputs: object }>) => rows.map((r) => [r.id, Object.values(r.inputs)])

function campaignListBench(deps: BenchKit): ReadBench<{ from: string; to: string }> & { dir: () => Promise<string> } {
  let dir: string | undefined
  return {
    name: 'campaign-list',
    async dir() {
      if (dir) return dir
      const fresh = deps.freshDir()
      const database = await openDatabase(join(fresh, DATABASE_FILE_NAME))
      deps.log(`seeding ${deps.leads} leads and ${CAMPAIGNS} campaigns for campaign-list`)
      await generateSample(database.db, { leads: deps.leads, seed: deps.seed, today: deps.today, campaigns: CAMPAIGNS, spendEveryDays: 1 })
      const count = (table: string) => database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
      deps.log(`campaign-list workspace: ${count('leads')} leads, ${count('campaigns')} campaigns, ${count('campaign_spend')} spend entries, ${count('touchpoints')} touches`)
      await database.close()
      dir = fresh
      return fresh
    },
    // The last 12 months before the bench's "today": most of the data, the heaviest period a person picks.
    pick: () => {
      const to = deps.today.toISOString().slice(0, 10)
      const from = new Date(deps.today.getTime() - 364 * 86_400_000).toISOString().slice(0, 10)
      return { from, to }
    },
    async baton(dispatch, period) {
      const result = await dispatch('campaigns.table', { ...period, sort: { column: 'returnOnInvestment', direction: 'desc' } })
      if (!result.ok) throw new Error(`campaigns.table failed: ${result.error.message}`)
      return summary((result.value as CampaignTable).rows)
    },
    raw(sqlite, period) {
      const model = sqlite.prepare('SELECT attribution_model, week_start, time_zone FROM settings WHERE id = 1').get() as { attribution_model: 'first'; week_start: number; time_zone: string }
      const inputs = metricInputsQuery('campaign', period, { model: model.attribution_model, calendar: firmCalendar(model.time_zone, model.week_start), dialect: sqliteDialect })
      const compiled = sql`
        SELECT c.id AS campaign_id, c.name, c.channel, c.objective, c.segment_id, s.name AS segment_name, c.budget_minor, c.starts_on, c.ends_on,
               c.status, c.tracking_code, c.notes, c.created_at, c.updated_at, m.*
        FROM campaigns c LEFT JOIN segments s ON s.id = c.segment_id LEFT JOIN (${inputs}) m ON m.key = c.id
        WHERE 1 AND (m.key IS NOT NULL OR ((c.starts_on IS NULL OR ${period.to} >= c.starts_on) AND (c.ends_on IS NULL OR c.ends_on >= ${period.from})))
        ORDER BY (CASE WHEN coalesce(m.spend_minor, 0) > 0 THEN (coalesce(m.revenue_minor, 0) - coalesce(m.spend_minor, 0)) * 1.0 / (coalesce(m.spend_minor, 0)) END) DESC NULLS LAST, c.id`.compile(compiler)
      const statement = sqlite.prepare(compiled.sql)
      return () => summary((statement.all(...compiled.parameters) as Array<Record<string, unknown>>).map((row) => ({ id: Number(row.campaign_id), inputs: toMetricInputs(row) })))
    },
  }
}

export function campaignCases(kit: BenchKit): BenchCase[] {
  const list = campaignListBench(kit)
  return [...readCases(kit, list), ...readCases(kit, campaignPageBench({ dir: list.dir }))]
}
