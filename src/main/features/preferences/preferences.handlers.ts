import type { preferencesContract } from '@shared/contract/preferences'
import type { HandlersFor } from '../context'
import { getPreferences, updatePreferences } from './preferences.service'

export const preferencesHandlers: HandlersFor<typeof preferencesContract> = {
  'preferences.get': ({ db }) => getPreferences(db),
  'preferences.update': ({ db }, patch) => updatePreferences(db, patch),
}
