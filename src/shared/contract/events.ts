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
  'open-workspace',
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

/** What a write to a team workspace changed: a table, and the records of it (null: the table as a whole). */
export interface DataChange {
  table: string
  /** The lead, person, organisation, campaign or goal the changed rows belong to; null when the table is reloaded whole. */
  ids: number[] | null
}

/** Whether the team server can be reached. `since` is when that started (ISO-8601 UTC). */
export type ServerStatus = { state: 'lost'; since: string } | { state: 'reconnected'; since: string; lostSince: string }

export interface AppEvents {
  /** A menu item or accelerator was used. */
  command: { command: AppCommand }
  /** A follow-up notification was clicked: show its lead. */
  'open-lead': { leadId: number }
  /** A team workspace's data changed (a member's save, committed): the pages showing it refetch. */
  'data-changed': { changes: DataChange[] }
  /** The team server went away, or came back (after which everything shown is refetched). */
  'server-status': ServerStatus
}
export type AppEventName = keyof AppEvents

export const APP_EVENT_NAMES: readonly AppEventName[] = ['command', 'open-lead', 'data-changed', 'server-status']

/** The one channel main sends events on; the preload forwards only the names above. */
export const EVENT_CHANNEL = 'baton:event'

/** What the preload exposes as `window.batonEvents`. */
export interface BatonEvents {
  /** Listens for one kind of event; returns the function that stops listening. */
  on<E extends AppEventName>(event: E, listener: (payload: AppEvents[E]) => void): () => void
}

export const isAppEventName = (name: unknown): name is AppEventName => typeof name === 'string' && (APP_EVENT_NAMES as readonly string[]).includes(name)
