// Events main sends to the renderer (menu clicks, a clicked notification). One typed map
// that main's sender, the preload's listener and the e2e harness all derive from.

/** Commands the app menu (and the palette, and shortcuts) can run in the window. */
export const APP_COMMANDS = [
  'new-lead',
  'new-campaign',
  'new-person',
  'new-organization',
  'import',
  'export',
  'back-up-now',
  'switch-pipeline',
  'go-dashboard',
  'go-pipeline',
  'go-today',
  'go-people',
  'go-organizations',
  'go-campaigns',
  'go-goals',
  'go-reports',
  'go-settings',
  'go-duplicates',
  'open-palette',
  'show-shortcuts',
] as const
export type AppCommand = (typeof APP_COMMANDS)[number]

export interface AppEvents {
  /** A menu item or accelerator was used. */
  command: { command: AppCommand }
  /** A follow-up notification was clicked: show its lead. */
  'open-lead': { leadId: number }
}
export type AppEventName = keyof AppEvents

export const APP_EVENT_NAMES: readonly AppEventName[] = ['command', 'open-lead']

/** The one channel main sends events on; the preload forwards only the names above. */
export const EVENT_CHANNEL = 'baton:event'

/** What the preload exposes as `window.batonEvents`. */
export interface BatonEvents {
  /** Listens for one kind of event; returns the function that stops listening. */
  on<E extends AppEventName>(event: E, listener: (payload: AppEvents[E]) => void): () => void
}

export const isAppEventName = (name: unknown): name is AppEventName => typeof name === 'string' && (APP_EVENT_NAMES as readonly string[]).includes(name)
