// The campaign-page bench case: one campaign's whole page (figures over its life, its
// weekly or monthly series, its newest leads, what sales heard) through campaignPage.load,
// against the same SQL on raw better-sqlite3. Each repetition opens the next campaign, so
// the time is that of a page in general, not of one cached campaign. It runs on the
// campaign-list case's workspace (100,000 leads, 300 campaigns, daily spend, touches).
import type BetterSqlite3 from 'better-sqlite3'
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, sql } from 'kysely'
import { firmCalendar } from '../../src/main/db/calendar'
import { sqliteDialect } from '../../src/main/db/dialect'
import type { Database } from '../../src/main/db/schema'
import { fillBuckets, seriesGrouping } from '../../src/main/features/campaign-page/campaignPage.service'
import { metricInputsQuery, toMetricInputs, type MetricContext } from '../../src/main/features/metrics/metrics.repo'
import { CAMPAIGN_PAGE_LEADS, type CampaignPageData } from '../../src/shared/domain/campaignPage'
import type { MetricInputs, MetricRow } from '../../src/shared/domain/metrics'
import type { ReadBench } from './read'

interface Deps {
  /** The seeded workspace folder (made once, shared with the campaign-list case). */
  dir: () => Promise<string>
}

const TOP = 8
const LATEST = 8

// Compiles the metrics module's own SQL once, so the raw side runs the statement the app runs, minus the app.
const compiler = new Kysely<Database>({
  dialect: { createAdapter: () => new SqliteAdapter(), createDriver: () => new DummyDriver(), createIntrospector: (db) => new SqliteIntrospector(db), createQueryCompiler: () => new SqliteQueryCompiler() },
})

const values = (inputs: MetricInputs) => Object.values(inputs) as number[]
const seriesSummary = (rows: MetricRow[]) => rows.map((r) => [r.key, values(r.inputs)])

function summary(page: Pick<CampaignPageData, 'inputs' | 'series' | 'leads' | 'feedback'> & { campaignId: number }) {
  return [
    page.campaignId,
    values(page.inputs),
    page.series.grouping,
    seriesSummary(page.series.rows),
    page.leads.total,
    page.leads.rows.map((l) => [l.id, l.stageName]),
    page.feedback.kindCounts,
    page.feedback.topFeedback.map((t) => [t.text, t.count]),
    page.feedback.lostReasons.map((r) => [r.reason, r.count]),
    page.feedback.latest.map((n) => [n.kind, n.leadId]),
  ]
}

const nth = (ids: number[], i: number) => ids[(i * 37) % ids.length] as number

export function campaignPageBench(deps: Deps): ReadBench<number[]> {
  return {
    name: 'campaign-page',
    dir: deps.dir,
    pick: (sqlite) => sqlite.prepare('SELECT id FROM campaigns ORDER BY id').pluck().all() as number[],
    async baton(dispatch, ids, i) {
      const campaignId = nth(ids, i)
      const result = await dispatch('campaignPage.load', { id: campaignId })
      if (!result.ok) throw new Error(`campaignPage.load failed: ${result.error.message}`)
      return summary({ ...(result.value as CampaignPageData), campaignId })
    },
    raw(sqlite, ids) {
      const campaign = sqlite.prepare(
        `SELECT c.id, c.name, c.channel, c.objective, c.segment_id, s.name AS segment_name, c.budget_minor, c.starts_on, c.ends_on, c.status,
                c.tracking_code, c.notes, c.created_at, c.updated_at
         FROM campaigns c LEFT JOIN segments s ON s.id = c.segment_id WHERE c.id = ?`,
      )
      const settings = sqlite.prepare('SELECT attribution_model, week_start, time_zone FROM settings WHERE id = 1')
      const leads = sqlite.prepare(
        `SELECT l.id, (SELECT name FROM people WHERE id = l.person_id) AS person_name, (SELECT name FROM organizations WHERE id = l.organization_id) AS company, s.name AS stage_name, s.kind AS stage_kind, s.color AS stage_color, l.value_minor, l.owner, l.created_at, l.closed_at
         FROM leads l JOIN stages s ON s.id = l.stage_id WHERE l.source_campaign_id = ? ORDER BY l.created_at DESC, l.id DESC LIMIT ?`,
      )
      const leadCount = sqlite.prepare('SELECT count(*) FROM leads WHERE source_campaign_id = ?').pluck()
      const kinds = sqlite.prepare('SELECT kind, count(*) AS n FROM feedback WHERE campaign_id = ? GROUP BY kind')
      const top = sqlite.prepare(
        'SELECT kind, min(text) AS text, count(*) AS n FROM feedback WHERE campaign_id = ? GROUP BY kind, lower(trim(text)) ORDER BY n DESC, text LIMIT ?',
      )
      const lostReasons = sqlite.prepare(
        'SELECT lost_reason, count(*) AS n FROM leads WHERE source_campaign_id = ? AND lost_reason IS NOT NULL GROUP BY lost_reason ORDER BY n DESC, lost_reason',
      )
      const latestFeedback = sqlite.prepare(
        `SELECT f.kind, f.text, f.lead_id, (SELECT name FROM people WHERE id = l.person_id) AS person_name, (SELECT name FROM organizations WHERE id = l.organization_id) AS company, f.created_at AS at FROM feedback f JOIN leads l ON l.id = f.lead_id
         WHERE f.campaign_id = ? ORDER BY f.created_at DESC, f.id DESC LIMIT ?`,
      )
      const latestLost = sqlite.prepare(
        `SELECT l.lost_reason, l.lost_note, l.id, (SELECT name FROM people WHERE id = l.person_id) AS person_name, (SELECT name FROM organizations WHERE id = l.organization_id) AS company, l.closed_at FROM leads l
         WHERE l.source_campaign_id = ? AND l.lost_reason IS NOT NULL ORDER BY l.closed_at DESC, l.id DESC LIMIT ?`,
      )
      // The metric statements differ only in the campaign id they bind: compiled and prepared once per
      // grouping with a stand-in id, which each call swaps for the real one (no query building in the loop).
      const STAND_IN = -424_242
      const metricStatements = new Map<string, { statement: BetterSqlite3.Statement; parameters: readonly unknown[] }>()
      const metricRows = (grouping: 'week' | 'month' | null, context: MetricContext, campaignId: number) => {
        const key = `${grouping}:${context.model}:${context.calendar.zone}:${context.calendar.weekStart}`
        let prepared = metricStatements.get(key)
        if (!prepared) {
          const query = metricInputsQuery(grouping, { campaignIds: [STAND_IN] }, context)
          const compiled = (grouping ? sql`SELECT * FROM (${query}) ORDER BY key IS NULL, key` : query).compile(compiler)
          prepared = { statement: sqlite.prepare(compiled.sql), parameters: compiled.parameters }
          metricStatements.set(key, prepared)
        }
        const parameters = prepared.parameters.map((p) => (p === STAND_IN ? campaignId : p))
        return prepared.statement.all(...parameters) as Array<Record<string, number | string | null>>
      }

      return (i) => {
        const campaignId = nth(ids, i)
        const row = campaign.get(campaignId) as { starts_on: string | null; ends_on: string | null }
        const setting = settings.get() as { attribution_model: MetricContext['model']; week_start: number; time_zone: string }
        const context: MetricContext = { model: setting.attribution_model, calendar: firmCalendar(setting.time_zone, setting.week_start), dialect: sqliteDialect }
        const grouping = seriesGrouping({ startsOn: row.starts_on, endsOn: row.ends_on })
        const inputs = toMetricInputs(metricRows(null, context, campaignId)[0])
        const series = fillBuckets(
          metricRows(grouping, context, campaignId).map((r) => ({ key: r.key ?? null, inputs: toMetricInputs(r) })),
          grouping,
        )
        const leadRows = leads.all(campaignId, CAMPAIGN_PAGE_LEADS) as Array<{ id: number; stage_name: string }>
        const kindRows = kinds.all(campaignId) as Array<{ kind: string; n: number }>
        const topRows = top.all(campaignId, TOP) as Array<{ text: string; n: number }>
        const lostRows = lostReasons.all(campaignId) as Array<{ lost_reason: string; n: number }>
        const feedbackRows = latestFeedback.all(campaignId, LATEST) as Array<{ kind: string; lead_id: number; at: string }>
        const lostLatest = latestLost.all(campaignId, LATEST) as Array<{ id: number; closed_at: string | null }>
        const kindCount = (kind: string) => kindRows.find((k) => k.kind === kind)?.n ?? 0
        const latest = [
          ...feedbackRows.map((f) => ({ kind: f.kind, leadId: f.lead_id, at: f.at })),
          ...lostLatest.map((l) => ({ kind: 'lost', leadId: l.id, at: l.closed_at ?? '' })),
        ]
          .sort((a, b) => b.at.localeCompare(a.at) || b.leadId - a.leadId)
          .slice(0, LATEST)
        return [
          campaignId,
          values(inputs),
          grouping,
          seriesSummary(series),
          leadCount.get(campaignId) as number,
          leadRows.map((l) => [l.id, l.stage_name]),
          { objection: kindCount('objection'), preference: kindCount('preference'), other: kindCount('other'), lost: lostRows.reduce((sum, r) => sum + r.n, 0) },
          topRows.map((t) => [t.text, t.n]),
          lostRows.map((r) => [r.lost_reason, r.n]),
          latest.map((n) => [n.kind, n.leadId]),
        ]
      }
    },
  }
}
