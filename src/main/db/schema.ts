import type { Generated, Insertable, Selectable, Updateable } from 'kysely'

// Table shapes as kysely sees them. Rows are mapped to domain types in the repos;
// these types never leave src/main.

export interface SettingsTable {
  id: number
  currency: string
  locale: string
  week_start: number
  attribution_model: Generated<string>
  updated_at: string
  firm_name: Generated<string>
  last_export_dir: string | null
  theme: Generated<string>
  notifications_enabled: Generated<number>
  quiet_start_minute: number | null
  quiet_end_minute: number | null
  /** IANA time zone the firm's calendar follows (periods, today, overdue). */
  time_zone: Generated<string>
}

export interface TeamMembersTable {
  id: Generated<number>
  name: string
  email: string | null
  archived_at: string | null
  created_at: string
  /** The PostgreSQL login this person signs in to a team workspace with; null in a solo workspace. */
  login: Generated<string | null>
}

/** One save of a lead, person, organisation, campaign or goal (migration 0015; features/versions writes it). */
export interface RecordChangesTable {
  id: Generated<number>
  record_type: 'lead' | 'person' | 'organization' | 'campaign' | 'goal'
  record_id: number
  version: number
  /** The member who wrote it (a team workspace); null in a solo workspace. */
  changed_by: string | null
  /** The fields it changed, comma-separated column names ('' when only bookkeeping changed). */
  fields: string
  at: string
  /** What a bulk change, undo or import did, said after the member's name ("moved 40 leads to Qualified"); null for a save. */
  summary: string | null
}

export interface UiStateTable {
  key: string
  value: string
  updated_at: string
}

export interface SegmentsTable {
  id: Generated<number>
  name: string
  description: string | null
  industry: string | null
  company_size: string | null
  region: string | null
  created_at: string
  /** Who is in it, by a choice custom field of people or organisations (migration 21). */
  rule_field_id: number | null
  rule_option: string | null
}

export interface CampaignsTable {
  id: Generated<number>
  name: string
  channel: string
  objective: string | null
  segment_id: number | null
  budget_minor: number
  starts_on: string | null
  ends_on: string | null
  status: string
  tracking_code: string | null
  notes: string | null
  created_at: string
  updated_at: string
  version: Generated<number>
}

export interface CampaignSpendTable {
  id: Generated<number>
  campaign_id: number
  spent_on: string
  amount_minor: number
  note: string | null
  created_at: string
}

export interface CampaignMetricsTable {
  id: Generated<number>
  campaign_id: number
  measured_on: string
  impressions: number
  clicks: number
  visits: number
  engagements: number
  created_at: string
}

export interface PipelinesTable {
  id: Generated<number>
  name: string
  position: number
  qualified_stage_id: number | null
  created_at: string
}

export interface StagesTable {
  id: Generated<number>
  pipeline_id: number
  name: string
  position: number
  kind: string
  win_probability: number
  stale_days: number | null
  color: string
  created_at: string
}

export interface LostReasonsTable {
  id: Generated<number>
  label: string
  position: number
  archived_at: string | null
}

export interface LeadsTable {
  id: Generated<number>
  source_campaign_id: number | null
  pipeline_id: number
  stage_id: number
  position: number
  value_minor: number
  probability_override: number | null
  owner: string | null
  notes: string | null
  created_at: string
  updated_at: string
  stage_entered_at: string
  last_activity_at: string | null
  snoozed_until: string | null
  snooze_reason: string | null
  expected_close_on: string | null
  closed_at: string | null
  lost_reason: string | null
  lost_note: string | null
  /** Who the deal is with: a person, an organisation or both (never neither: a CHECK). */
  person_id: number | null
  organization_id: number | null
  /** The deal's own name; null shows its person's (or organisation's) name instead. */
  title: string | null
  /** Goes up by one with every save through the services (the team workspace refuses a stale one). */
  version: Generated<number>
}

export interface OrganizationsTable {
  id: Generated<number>
  name: string
  /** The name folded for matching: case, accents, punctuation and spacing aside (organizationNameKey). */
  name_key: string
  /** Lower case, without scheme or www (acme.com). */
  domain: string | null
  website: string | null
  industry: string | null
  size: string | null
  region: string | null
  address: string | null
  owner: string | null
  segment_id: number | null
  notes: string | null
  created_at: string
  updated_at: string
  version: Generated<number>
}

export interface OrganizationAliasesTable {
  organization_id: number
  alias: string
  name_key: string
}

export interface OrganizationTagsTable {
  organization_id: number
  tag: string
}

export interface PeopleTable {
  id: Generated<number>
  name: string
  /** The name folded for matching: case, accents and spacing aside (personNameKey). */
  name_key: string
  /** The first email and phone; further ones are in person_emails and person_phones. */
  email: string | null
  phone: string | null
  job_title: string | null
  organization_id: number | null
  owner: string | null
  segment_id: number | null
  notes: string | null
  /** The campaign that first touched them: where they first came from. */
  first_campaign_id: number | null
  created_at: string
  updated_at: string
  version: Generated<number>
}

export interface PersonEmailsTable {
  person_id: number
  email: string
  position: number
}

export interface PersonPhonesTable {
  person_id: number
  phone: string
  position: number
}

export interface PersonTagsTable {
  person_id: number
  tag: string
}

export interface LikelyDuplicatePeopleTable {
  /** The pair in id order (person_id < other_person_id). */
  person_id: number
  other_person_id: number
  reason: 'same_email' | 'same_name'
  found_at: string
  dismissed_at: string | null
}

export interface TouchpointsTable {
  id: Generated<number>
  lead_id: number
  campaign_id: number
  at: string
  note: string | null
}

export interface StageHistoryTable {
  id: Generated<number>
  lead_id: number
  from_stage_id: number | null
  to_stage_id: number | null
  from_stage_name: string | null
  to_stage_name: string
  to_kind: string
  at: string
}

export interface ActivitiesTable {
  id: Generated<number>
  lead_id: number
  kind: string
  subject: string
  body: string | null
  due_at: string | null
  done_at: string | null
  created_at: string
  updated_at: string
}

export interface FeedbackTable {
  id: Generated<number>
  lead_id: number
  campaign_id: number | null
  kind: string
  text: string
  created_at: string
}

export interface GoalsTable {
  id: Generated<number>
  title: string
  description: string | null
  metric: string
  target: number
  baseline: number | null
  starts_on: string
  ends_on: string
  team: string
  filters: string
  status: string
  created_at: string
  updated_at: string
  owner: string | null
  parent_id: number | null
  why: string | null
  manual_name: string | null
  final_value: number | null
  final_status: string | null
  frozen_at: string | null
  version: Generated<number>
}

export interface GoalCampaignsTable {
  goal_id: number
  campaign_id: number
}

export interface GoalSegmentsTable {
  goal_id: number
  segment_id: number
}

export interface GoalCheckinsTable {
  id: Generated<number>
  goal_id: number
  checked_on: string
  value: number
  note: string | null
  created_at: string
}

export interface ImportBatchesTable {
  id: Generated<number>
  file_name: string
  created_at: string
  rows_read: number
  created_count: number
  updated_count: number
  skipped_count: number
  rejected_count: number
  undone_at: string | null
  kind: Generated<'leads' | 'campaigns'>
  /** JSON: { to, rates: [{ currency, rate }] } — what amounts in other currencies were converted at. */
  currency_rates: string | null
}

export interface ImportBatchCampaignsTable {
  batch_id: number
  campaign_id: number
  /** The campaign's row as it was before the import updated it (JSON). */
  before: string
}

export interface ImportBatchLeadsTable {
  batch_id: number
  lead_id: number
  action: 'created' | 'updated'
  before: string | null
}

export interface ImportBatchRecordsTable {
  batch_id: number
  kind: 'campaign' | 'stage' | 'team_member' | 'lost_reason' | 'person' | 'organization'
  record_id: number
}

/** The custom fields an import made (its undo removes them when no value is left in them). */
export interface ImportBatchFieldsTable {
  batch_id: number
  field_id: number
}

/** A custom field's value rows, as JSON, on a record that was there before the import wrote over them. */
export interface ImportBatchCustomValuesTable {
  batch_id: number
  field_id: number
  record_kind: 'lead' | 'person' | 'organization'
  record_id: number
  before: string
}

/** A person or organisation a contacts import updated, as it was before (JSON), for undo. */
export interface ImportBatchPartiesTable {
  batch_id: number
  kind: 'person' | 'organization'
  record_id: number
  before: string
}

export interface ImportMappingsTable {
  shape: string
  mapping: string
  options: string
  updated_at: string
}

export interface SavedReportsTable {
  id: Generated<number>
  name: string
  kind: string
  settings: string
  created_at: string
  updated_at: string
}

/** A merge of two people or two organisations, with what undoing it puts back. */
export interface PartyMergesTable {
  id: Generated<number>
  kind: 'person' | 'organization'
  kept_id: number
  merged_id: number
  merged_name: string
  /** JSON: both records as they were, and the deals (and people) the merge moved. */
  before: string
  merged_at: string
  undone_at: string | null
}

/** A pair marked "Not a duplicate" (in id order), never offered again. */
export interface DismissedDuplicatesTable {
  kind: 'person' | 'organization'
  first_id: number
  second_id: number
  dismissed_at: string
}

export interface SchemaMigrationsTable {
  id: number
  name: string
  applied_at: string
}

export interface CustomFieldsTable {
  id: Generated<number>
  entity: string
  key: string
  label: string
  type: string
  /** JSON array of the choices, in order. */
  options: Generated<string>
  help_text: string | null
  required: Generated<number>
  position: number
  archived_at: string | null
  created_at: string
  updated_at: string
}

/** One value of a custom field; exactly one of lead_id, person_id, organization_id is set. */
export interface CustomFieldValuesTable {
  field_id: number
  lead_id: number | null
  person_id: number | null
  organization_id: number | null
  /** 0, or the choice's place among a several-choices field's chosen values. */
  item: Generated<number>
  text_value: string | null
  number_value: number | null
  integer_value: number | null
  date_value: string | null
}

export interface Database {
  settings: SettingsTable
  ui_state: UiStateTable
  segments: SegmentsTable
  campaigns: CampaignsTable
  campaign_spend: CampaignSpendTable
  campaign_metrics: CampaignMetricsTable
  pipelines: PipelinesTable
  stages: StagesTable
  lost_reasons: LostReasonsTable
  leads: LeadsTable
  organizations: OrganizationsTable
  organization_aliases: OrganizationAliasesTable
  organization_tags: OrganizationTagsTable
  people: PeopleTable
  person_emails: PersonEmailsTable
  person_phones: PersonPhonesTable
  person_tags: PersonTagsTable
  likely_duplicate_people: LikelyDuplicatePeopleTable
  party_merges: PartyMergesTable
  dismissed_duplicates: DismissedDuplicatesTable
  touchpoints: TouchpointsTable
  stage_history: StageHistoryTable
  activities: ActivitiesTable
  feedback: FeedbackTable
  goals: GoalsTable
  goal_checkins: GoalCheckinsTable
  goal_campaigns: GoalCampaignsTable
  goal_segments: GoalSegmentsTable
  saved_reports: SavedReportsTable
  schema_migrations: SchemaMigrationsTable
  import_batches: ImportBatchesTable
  import_batch_leads: ImportBatchLeadsTable
  import_batch_records: ImportBatchRecordsTable
  import_batch_campaigns: ImportBatchCampaignsTable
  import_batch_fields: ImportBatchFieldsTable
  import_batch_custom_values: ImportBatchCustomValuesTable
  import_batch_parties: ImportBatchPartiesTable
  import_mappings: ImportMappingsTable
  team_members: TeamMembersTable
  custom_fields: CustomFieldsTable
  custom_field_values: CustomFieldValuesTable
  record_changes: RecordChangesTable
}

export type CampaignRow = Selectable<CampaignsTable>
export type NewCampaignRow = Insertable<CampaignsTable>
export type CampaignUpdate = Updateable<CampaignsTable>
export type LeadRow = Selectable<LeadsTable>
export type NewLeadRow = Insertable<LeadsTable>
export type StageRow = Selectable<StagesTable>
export type PersonRow = Selectable<PeopleTable>
export type OrganizationRow = Selectable<OrganizationsTable>
