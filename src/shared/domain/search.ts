// The command palette's search: what a hit looks like and how typed text becomes an FTS5 query.

export const SEARCH_KINDS = ['lead', 'activity', 'campaign', 'goal'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  lead: 'Leads',
  activity: 'Activities',
  campaign: 'Campaigns',
  goal: 'Goals',
}

export interface SearchHit {
  kind: SearchKind
  id: number
  title: string
  /** A second line: company and stage, channel, the lead an activity belongs to… */
  detail: string | null
  /** The lead to open (a lead's own id, or the lead an activity is logged on). */
  leadId: number | null
}

export interface SearchGroup {
  kind: SearchKind
  hits: SearchHit[]
}

export interface SearchResults {
  groups: SearchGroup[]
}

/**
 * Every word the person typed becomes a quoted prefix term (`"acm"*`), all of which must
 * match. Quoting keeps FTS5 syntax (AND, NEAR, column:, *, ^) from being read as operators,
 * so no input can make the query fail. Null when there is no word to look for.
 */
export function toFtsQuery(text: string): string | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu)
  if (!words) return null
  return words
    .slice(0, 12)
    .map((word) => `"${word}"*`)
    .join(' ')
}
