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
 * The words the person typed (letters and digits only, at most 12), each to match the start
 * of a word, all of them. Dropping everything else keeps search syntax (FTS5's AND, NEAR,
 * column:, *, ^; tsquery's &, |, !, :) from being read as operators, so no input can make
 * the query fail. Null when there is no word to look for.
 */
export function searchWords(text: string): string[] | null {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu)
  return words ? words.slice(0, 12) : null
}
