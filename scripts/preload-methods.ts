import { METHODS } from '../src/shared/contract'
import { APP_EVENT_NAMES } from '../src/shared/contract/events'

/**
 * Build-time constants for the preload: the contract's method names and the event names,
 * as JSON literals. Shared by electron.vite.config.ts and vitest.config.ts so the preload
 * under test is the one that ships.
 */
export function preloadDefines(): Record<string, string> {
  return {
    __BATON_METHODS__: JSON.stringify(METHODS),
    __BATON_EVENTS__: JSON.stringify(APP_EVENT_NAMES),
  }
}
