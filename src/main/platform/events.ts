import type { BrowserWindow } from 'electron'
import { EVENT_CHANNEL, type AppEventName, type AppEvents } from '@shared/contract/events'

/** Sends a typed event to the window's page (the preload forwards only known names). */
export function sendEvent<E extends AppEventName>(window: BrowserWindow | undefined, event: E, payload: AppEvents[E]): void {
  if (!window || window.isDestroyed()) return
  window.webContents.send(EVENT_CHANNEL, event, payload)
}
