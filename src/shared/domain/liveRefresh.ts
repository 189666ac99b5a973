import type { DataChange } from '../contract/events'

// What a page refetches when a team workspace's data changes under it (issue 19, live updates):
// a change to a table becomes the query keys (as prefixes: ['lead', 7] covers the lead's
// detail, history, activities and touches) of everything that shows it. A lead's change
// refreshes that lead's drawer, every list and board it sits on, and the figures it counts in
// (the dashboard's tiles, campaigns, goals, reports); a stage change the board and figures; a
// team change the team lists. Keys are the renderer's query key families.

export type QueryKeyPrefix = ReadonlyArray<string | number>

const LISTS_OF_LEADS: QueryKeyPrefix[] = [['leads'], ['board'], ['table'], ['followUps'], ['workspace'], ['search']]
const FIGURES: QueryKeyPrefix[] = [['metrics'], ['reports'], ['goals'], ['campaigns'], ['segments']]
const PARTIES: QueryKeyPrefix[] = [['people'], ['organizations']]

type Rule = (ids: number[] | null) => QueryKeyPrefix[]

const each = (family: string, ids: number[] | null, ...rest: Array<string | number>): QueryKeyPrefix[] =>
  ids === null ? [[family, ...rest]] : ids.map((id) => [family, ...rest, id])

const leadRecords: Rule = (ids) => each('lead', ids)
const campaignRecords: Rule = (ids) => (ids === null ? [['campaigns']] : ids.map((id) => ['campaigns', 'one', id]))

const RULES: Record<string, Rule> = {
  leads: (ids) => [...leadRecords(ids), ...LISTS_OF_LEADS, ...FIGURES, ...PARTIES],
  stage_history: (ids) => [...leadRecords(ids).map((key) => [...key, 'history']), ...FIGURES],
  activities: (ids) => [...leadRecords(ids), ['followUps'], ['board'], ['table']],
  feedback: (ids) => leadRecords(ids).map((key) => [...key, 'feedback']),
  touchpoints: (ids) => [...leadRecords(ids), ['leads'], ['table'], ...FIGURES],
  people: () => [['lead'], ...LISTS_OF_LEADS, ...PARTIES],
  person_emails: () => [['lead'], ...LISTS_OF_LEADS, ...PARTIES],
  person_phones: () => [['lead'], ...LISTS_OF_LEADS, ...PARTIES],
  person_tags: () => [['lead'], ...LISTS_OF_LEADS, ...PARTIES, ['segments']],
  organizations: () => [['lead'], ...LISTS_OF_LEADS, ...PARTIES],
  organization_aliases: () => [...PARTIES],
  organization_tags: () => [['lead'], ...LISTS_OF_LEADS, ...PARTIES, ['segments']],
  campaigns: (ids) => [...campaignRecords(ids), ['campaigns'], ['lead'], ['metrics'], ['reports'], ['goals']],
  campaign_spend: (ids) => [...campaignRecords(ids), ['campaigns'], ['metrics'], ['reports'], ['goals']],
  campaign_metrics: (ids) => [...campaignRecords(ids), ['campaigns'], ['metrics'], ['reports'], ['goals']],
  goals: () => [['goals']],
  goal_checkins: () => [['goals']],
  goal_campaigns: () => [['goals']],
  goal_segments: () => [['goals']],
  pipelines: () => [['pipelines'], ['board'], ['leads'], ['table'], ...FIGURES],
  stages: () => [['pipelines'], ['board'], ['leads'], ['table'], ['lead'], ...FIGURES],
  lost_reasons: () => [['lostReasons']],
  segments: () => [['segments'], ['campaigns'], ...PARTIES],
  settings: () => [['preferences'], ['metricSettings'], ['workspace'], ...FIGURES],
  team_members: () => [['team'], ['leads'], ['preferences']],
  saved_reports: () => [['reports']],
}

const covers = (broad: QueryKeyPrefix, key: QueryKeyPrefix) => broad.length <= key.length && broad.every((part, index) => part === key[index])

/** The query key prefixes to refetch for these changes, without one another's repeats (a broader prefix covers a narrower one). */
export function queryKeysFor(changes: readonly DataChange[]): QueryKeyPrefix[] {
  const all = changes.flatMap((change) => RULES[change.table]?.(change.ids) ?? [])
  const unique = [...new Map(all.map((key) => [JSON.stringify(key), key])).values()]
  return unique.filter((key) => !unique.some((other) => other !== key && other.length < key.length && covers(other, key)))
}
