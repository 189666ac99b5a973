import type { AppEventName, AppEvents } from '@shared/contract/events'
import type { PostgresDatabase } from '../../db/open'
import { TeamLink } from './team-link'

/** Sends a typed event to the window (main's sendEvent in the app, the page in e2e tests). */
export type AppEventSink = <E extends AppEventName>(event: E, payload: AppEvents[E]) => void

/**
 * The open team workspace's live link, one per app: what other members commit becomes
 * `data-changed`, the server going away and coming back `server-status`.
 */
export async function openTeamLink(database: PostgresDatabase, send: AppEventSink): Promise<TeamLink> {
  const link = new TeamLink({
    connection: database.pool.options,
    onChanges: (changes) => send('data-changed', { changes }),
    onStatus: (status) => send('server-status', status),
    log: (message) => console.error(message),
  })
  await link.start()
  return link
}
