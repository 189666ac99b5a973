import { sql, type Kysely } from 'kysely'

// Frozen in time: this migration must never import today's schema types.
// The whole data model of version 1 lands here so later features do not churn the schema.

const statements = [
  `CREATE TABLE settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    currency TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    locale TEXT NOT NULL DEFAULT 'en-US',
    week_start INTEGER NOT NULL DEFAULT 1 CHECK (week_start BETWEEN 0 AND 6),
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE ui_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value)),
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE,
    description TEXT,
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('video','social_ads','content','email','seo','sem','event','referral','other')),
    objective TEXT,
    segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
    budget_minor INTEGER NOT NULL DEFAULT 0 CHECK (budget_minor >= 0),
    starts_on TEXT,
    ends_on TEXT,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','active','paused','completed')),
    tracking_code TEXT UNIQUE,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on)
  ) STRICT`,
  `CREATE INDEX campaigns_by_channel ON campaigns(channel, starts_on)`,
  `CREATE TABLE campaign_spend (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    spent_on TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    note TEXT,
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX campaign_spend_by_campaign ON campaign_spend(campaign_id, spent_on)`,
  `CREATE INDEX campaign_spend_by_day ON campaign_spend(spent_on)`,
  `CREATE TABLE campaign_metrics (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    impressions INTEGER NOT NULL DEFAULT 0 CHECK (impressions >= 0),
    clicks INTEGER NOT NULL DEFAULT 0 CHECK (clicks >= 0),
    visits INTEGER NOT NULL DEFAULT 0 CHECK (visits >= 0),
    engagements INTEGER NOT NULL DEFAULT 0 CHECK (engagements >= 0),
    created_at TEXT NOT NULL,
    UNIQUE (campaign_id, measured_on)
  ) STRICT`,
  `CREATE TABLE pipelines (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE stages (
    id INTEGER PRIMARY KEY,
    pipeline_id INTEGER NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open','won','lost')),
    win_probability INTEGER NOT NULL DEFAULT 0 CHECK (win_probability BETWEEN 0 AND 100),
    stale_days INTEGER CHECK (stale_days IS NULL OR stale_days > 0),
    color TEXT NOT NULL DEFAULT '#64748b',
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX stages_by_pipeline ON stages(pipeline_id, position)`,
  // Exactly one Won and one Lost stage per pipeline: the service creates them, this keeps it at most one.
  `CREATE UNIQUE INDEX stages_one_won_one_lost ON stages(pipeline_id, kind) WHERE kind <> 'open'`,
  `CREATE TABLE lost_reasons (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL COLLATE NOCASE UNIQUE,
    position INTEGER NOT NULL DEFAULT 0,
    archived_at TEXT
  ) STRICT`,
  `CREATE TABLE leads (
    id INTEGER PRIMARY KEY,
    person_name TEXT NOT NULL,
    company TEXT,
    email TEXT,
    phone TEXT,
    source_campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
    pipeline_id INTEGER NOT NULL REFERENCES pipelines(id) ON DELETE RESTRICT,
    stage_id INTEGER NOT NULL REFERENCES stages(id) ON DELETE RESTRICT,
    position REAL NOT NULL,
    value_minor INTEGER NOT NULL DEFAULT 0 CHECK (value_minor >= 0),
    probability_override INTEGER CHECK (probability_override IS NULL OR probability_override BETWEEN 0 AND 100),
    owner TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    stage_entered_at TEXT NOT NULL,
    last_activity_at TEXT,
    snoozed_until TEXT,
    snooze_reason TEXT,
    expected_close_on TEXT,
    closed_at TEXT,
    lost_reason TEXT,
    lost_note TEXT
  ) STRICT`,
  // The board's order (id breaks ties), and covering for its column totals: count, value, weighted value, snoozed hidden.
  `CREATE INDEX leads_board ON leads(stage_id, position, id, value_minor, probability_override, snoozed_until)`,
  `CREATE INDEX leads_by_pipeline ON leads(pipeline_id, created_at)`,
  `CREATE INDEX leads_by_campaign ON leads(source_campaign_id, closed_at)`,
  `CREATE INDEX leads_by_created ON leads(created_at)`,
  // The table view sorted by value pages off this instead of sorting every lead.
  `CREATE INDEX leads_by_value ON leads(pipeline_id, value_minor)`,
  `CREATE INDEX leads_by_closed ON leads(closed_at) WHERE closed_at IS NOT NULL`,
  `CREATE INDEX leads_by_email ON leads(email COLLATE NOCASE) WHERE email IS NOT NULL`,
  `CREATE INDEX leads_by_owner ON leads(owner) WHERE owner IS NOT NULL`,
  `CREATE TABLE lead_tags (
    lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    tag TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (lead_id, tag)
  ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX lead_tags_by_tag ON lead_tags(tag, lead_id)`,
  `CREATE TABLE touchpoints (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    note TEXT
  ) STRICT`,
  `CREATE INDEX touchpoints_by_lead ON touchpoints(lead_id, at)`,
  `CREATE INDEX touchpoints_by_campaign ON touchpoints(campaign_id, at)`,
  `CREATE TABLE stage_history (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    from_stage_id INTEGER REFERENCES stages(id) ON DELETE SET NULL,
    to_stage_id INTEGER REFERENCES stages(id) ON DELETE SET NULL,
    from_stage_name TEXT,
    to_stage_name TEXT NOT NULL,
    to_kind TEXT NOT NULL CHECK (to_kind IN ('open','won','lost')),
    at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX stage_history_by_lead ON stage_history(lead_id, at)`,
  `CREATE INDEX stage_history_by_day ON stage_history(at, to_kind)`,
  `CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('call','meeting','email','demo','note','task')),
    subject TEXT NOT NULL,
    body TEXT,
    due_at TEXT,
    done_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX activities_by_lead ON activities(lead_id, created_at)`,
  `CREATE INDEX activities_open_due ON activities(due_at, lead_id) WHERE done_at IS NULL AND due_at IS NOT NULL`,
  `CREATE INDEX activities_by_done ON activities(done_at, kind) WHERE done_at IS NOT NULL`,
  `CREATE TABLE feedback (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('objection','preference','other')),
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX feedback_by_campaign ON feedback(campaign_id, kind)`,
  `CREATE INDEX feedback_by_lead ON feedback(lead_id)`,
  `CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT,
    metric TEXT NOT NULL,
    target REAL NOT NULL,
    baseline REAL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    team TEXT NOT NULL CHECK (team IN ('marketing','sales','shared')),
    filters TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(filters)),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('draft','active','achieved','missed','archived')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (ends_on >= starts_on)
  ) STRICT`,
  `CREATE INDEX goals_by_period ON goals(status, ends_on)`,
  `CREATE TABLE goal_checkins (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    checked_on TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX goal_checkins_by_goal ON goal_checkins(goal_id, checked_on)`,
]

const stageSeed: Array<[string, string, number, number | null, string]> = [
  ['New', 'open', 10, 7, '#64748b'],
  ['Contacted', 'open', 20, 10, '#0ea5e9'],
  ['Qualified', 'open', 40, 14, '#6366f1'],
  ['Proposal', 'open', 60, 14, '#a855f7'],
  ['Negotiation', 'open', 80, 10, '#f59e0b'],
  ['Won', 'won', 100, null, '#16a34a'],
  ['Lost', 'lost', 0, null, '#dc2626'],
]

const lostReasonSeed = ['Price too high', 'Chose a competitor', 'No budget', 'Bad timing', 'No response', 'Not a fit']

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen and must not see today's schema
export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
  const now = new Date().toISOString()
  await sql`INSERT INTO settings (id, currency, locale, week_start, updated_at) VALUES (1, 'USD', 'en-US', 1, ${now})`.execute(db)
  await sql`INSERT INTO pipelines (id, name, position, created_at) VALUES (1, 'Sales', 0, ${now})`.execute(db)
  for (const [index, [name, kind, probability, staleDays, color]] of stageSeed.entries()) {
    await sql`INSERT INTO stages (pipeline_id, name, position, kind, win_probability, stale_days, color, created_at)
              VALUES (1, ${name}, ${index}, ${kind}, ${probability}, ${staleDays}, ${color}, ${now})`.execute(db)
  }
  for (const [index, label] of lostReasonSeed.entries()) {
    await sql`INSERT INTO lost_reasons (label, position) VALUES (${label}, ${index})`.execute(db)
  }
}
