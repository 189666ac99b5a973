import { searchWords, type SearchGroup, type SearchResults } from '@shared/domain/search'
import type { Db } from '../context'
import { searchActivities, searchCampaigns, searchGoals, searchLeads } from './search.repo'

/** Every kind searched with the same words; kinds with no hit are left out. */
export async function search(db: Db, text: string, limit: number): Promise<SearchResults> {
  const words = searchWords(text)
  if (!words) return { groups: [] }
  const groups: SearchGroup[] = [
    { kind: 'lead', hits: await searchLeads(db, words, limit) },
    { kind: 'activity', hits: await searchActivities(db, words, limit) },
    { kind: 'campaign', hits: await searchCampaigns(db, words, limit) },
    { kind: 'goal', hits: await searchGoals(db, words, limit) },
  ]
  return { groups: groups.filter((group) => group.hits.length > 0) }
}
