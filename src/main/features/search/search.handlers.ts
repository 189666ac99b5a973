import type { searchContract } from '@shared/contract/search'
import type { HandlersFor } from '../context'
import { search } from './search.service'

export const searchHandlers: HandlersFor<typeof searchContract> = {
  'search.query': ({ db }, { text, limit }) => search(db, text, limit),
}
