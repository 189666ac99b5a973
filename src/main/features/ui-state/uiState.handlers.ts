import type { uiStateContract } from '@shared/contract/uiState'
import type { HandlersFor } from '../context'
import { getUiState, setUiState } from './uiState.repo'

export const uiStateHandlers: HandlersFor<typeof uiStateContract> = {
  'uiState.get': ({ db }, { key }) => getUiState(db, key),
  'uiState.set': ({ db }, { key, value }) => setUiState(db, key, value),
}
