import { sql, type Kysely } from 'kysely'

// Frozen in time: this migration must never import today's schema types.
// Campaign metrics: the qualified stage per pipeline, the attribution setting,
// segment criteria, and the indexes the metric queries' plans use.

const statements = [
  // Which stage counts as "qualified" in each pipeline: reaching it or any later open stage (or winning) qualifies a lead.
  `ALTER TABLE pipelines ADD COLUMN qualified_stage_id INTEGER REFERENCES stages(id) ON DELETE SET NULL`,
  `UPDATE pipelines SET qualified_stage_id = (
     SELECT s.id FROM stages s WHERE s.pipeline_id = pipelines.id AND s.kind = 'open' AND s.name = 'Qualified' COLLATE NOCASE ORDER BY s.position LIMIT 1
   )`,
  `ALTER TABLE settings ADD COLUMN attribution_model TEXT NOT NULL DEFAULT 'first' CHECK (attribution_model IN ('first','last','linear'))`,
  `ALTER TABLE segments ADD COLUMN industry TEXT`,
  `ALTER TABLE segments ADD COLUMN company_size TEXT`,
  `ALTER TABLE segments ADD COLUMN region TEXT`,
  // Leads created in a period, with what the metric grouping reads (covering: no row lookups for the counts).
  `CREATE INDEX leads_metrics_created ON leads(created_at, source_campaign_id, stage_id, segment_id, pipeline_id)`,
  // Deals closed in a period.
  `CREATE INDEX leads_metrics_closed ON leads(closed_at, stage_id, source_campaign_id, value_minor) WHERE closed_at IS NOT NULL`,
  `CREATE INDEX leads_by_segment ON leads(segment_id) WHERE segment_id IS NOT NULL`,
  `CREATE INDEX campaigns_by_segment ON campaigns(segment_id) WHERE segment_id IS NOT NULL`,
  `CREATE INDEX campaign_metrics_by_day ON campaign_metrics(measured_on)`,
  // Leads that ever entered a stage (the qualified-stage check reads it once per query).
  `CREATE INDEX stage_history_by_stage ON stage_history(to_stage_id, lead_id)`,
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen and must not see today's schema
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
