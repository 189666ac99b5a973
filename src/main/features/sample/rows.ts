import type { Insertable } from 'kysely'
import type { Database } from '../../db/schema'

// The sample is planned as plain rows with their ids chosen up front, so children can
// point at parents without reading ids back, and so the same rows can be written
// through kysely (the app's path) or raw better-sqlite3 (the benchmark's baseline).

export type SampleTable =
  | 'segments'
  | 'campaigns'
  | 'campaign_spend'
  | 'campaign_metrics'
  | 'organizations'
  | 'people'
  | 'leads'
  | 'person_tags'
  | 'organization_tags'
  | 'touchpoints'
  | 'stage_history'
  | 'activities'
  | 'feedback'

/** Every column given, ids included. */
export type SampleRow<T extends SampleTable> = Required<Insertable<Database[T]>>

export type SampleRows = { [T in SampleTable]: SampleRow<T>[] }

type Columns = { [T in SampleTable]: ReadonlyArray<keyof SampleRow<T> & string> }

export const SAMPLE_COLUMNS = {
  segments: ['id', 'name', 'description', 'industry', 'company_size', 'region', 'created_at'],
  campaigns: [
    'id',
    'name',
    'channel',
    'objective',
    'segment_id',
    'budget_minor',
    'starts_on',
    'ends_on',
    'status',
    'tracking_code',
    'notes',
    'created_at',
    'updated_at',
    'version',
  ],
  campaign_spend: ['id', 'campaign_id', 'spent_on', 'amount_minor', 'note', 'created_at'],
  campaign_metrics: ['id', 'campaign_id', 'measured_on', 'impressions', 'clicks', 'visits', 'engagements', 'created_at'],
  organizations: ['id', 'name', 'name_key', 'domain', 'website', 'industry', 'size', 'region', 'address', 'owner', 'segment_id', 'notes', 'created_at', 'updated_at', 'version'],
  people: [
    'id',
    'name',
    'name_key',
    'email',
    'phone',
    'job_title',
    'organization_id',
    'owner',
    'segment_id',
    'notes',
    'first_campaign_id',
    'created_at',
    'updated_at',
    'version',
  ],
  leads: [
    'id',
    'source_campaign_id',
    'pipeline_id',
    'stage_id',
    'position',
    'value_minor',
    'probability_override',
    'owner',
    'notes',
    'created_at',
    'updated_at',
    'stage_entered_at',
    'last_activity_at',
    'snoozed_until',
    'snooze_reason',
    'expected_close_on',
    'closed_at',
    'lost_reason',
    'lost_note',
    'person_id',
    'organization_id',
    'title',
    'version',
  ],
  person_tags: ['person_id', 'tag'],
  organization_tags: ['organization_id', 'tag'],
  touchpoints: ['id', 'lead_id', 'campaign_id', 'at', 'note'],
  stage_history: ['id', 'lead_id', 'from_stage_id', 'to_stage_id', 'from_stage_name', 'to_stage_name', 'to_kind', 'at'],
  activities: ['id', 'lead_id', 'kind', 'subject', 'body', 'due_at', 'done_at', 'created_at', 'updated_at'],
  feedback: ['id', 'lead_id', 'campaign_id', 'kind', 'text', 'created_at'],
} as const satisfies Columns

/** Parents before children, so foreign keys hold at every insert. */
export const SAMPLE_TABLE_ORDER: readonly SampleTable[] = [
  'segments',
  'campaigns',
  'campaign_spend',
  'campaign_metrics',
  'organizations',
  'people',
  'leads',
  'person_tags',
  'organization_tags',
  'touchpoints',
  'stage_history',
  'activities',
  'feedback',
]

export type SqlValue = string | number | null

/** A row's values in SAMPLE_COLUMNS order. */
export function rowValues<T extends SampleTable>(table: T, row: SampleRow<T>): SqlValue[] {
  const record = row as unknown as Record<string, SqlValue>
  return SAMPLE_COLUMNS[table].map((column) => record[column] ?? null)
}

export function emptyRows(): SampleRows {
  return {
    segments: [],
    campaigns: [],
    campaign_spend: [],
    campaign_metrics: [],
    organizations: [],
    people: [],
    leads: [],
    person_tags: [],
    organization_tags: [],
    touchpoints: [],
    stage_history: [],
    activities: [],
    feedback: [],
  }
}
