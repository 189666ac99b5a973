import { sql, type Kysely } from 'kysely'

// SMART goals: who owns a goal, the goal it serves, why it matters, what a manual metric
// counts, the campaigns and segments it is linked to, and the frozen final result of a
// closed goal (so a later edit of old data cannot silently rewrite it).
const statements = [
  `ALTER TABLE goals ADD COLUMN owner TEXT`,
  `ALTER TABLE goals ADD COLUMN parent_id INTEGER REFERENCES goals(id) ON DELETE SET NULL`,
  `ALTER TABLE goals ADD COLUMN why TEXT`,
  `ALTER TABLE goals ADD COLUMN manual_name TEXT`,
  `ALTER TABLE goals ADD COLUMN final_value REAL`,
  `ALTER TABLE goals ADD COLUMN final_status TEXT CHECK (final_status IS NULL OR final_status IN ('achieved','missed'))`,
  `ALTER TABLE goals ADD COLUMN frozen_at TEXT`,
  `CREATE INDEX goals_by_parent ON goals(parent_id)`,
  `CREATE TABLE goal_campaigns (
    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    PRIMARY KEY (goal_id, campaign_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX goal_campaigns_by_campaign ON goal_campaigns(campaign_id)`,
  `CREATE TABLE goal_segments (
    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    PRIMARY KEY (goal_id, segment_id)
  ) STRICT, WITHOUT ROWID`,
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen and must not see today's schema
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
