import { z } from 'zod'
import type { SearchResults } from '../domain/search'
import { call } from './define'

export const searchContract = {
  /** Leads, activities, campaigns and goals matching every word typed (as prefixes), best first within each kind. */
  'search.query': call(
    z
      .object({
        text: z.string().max(200, 'Keep the search under 200 characters'),
        limit: z.int().min(1).max(50).default(6),
      })
      .strict(),
  ).returns<SearchResults>(),
}
