import type { AppCommand, AppEventName, AppEvents, BatonEvents } from '@shared/contract/events'

// Commands reach the one runner (DesktopShell) from three places: the app menu (an event from
// main), the palette and shortcuts, and buttons anywhere in the UI (this DOM event).

const DOM_EVENT = 'baton:command'

export function runCommand(command: AppCommand): void {
  window.dispatchEvent(new CustomEvent<AppCommand>(DOM_EVENT, { detail: command }))
}

export function onCommand(listener: (command: AppCommand) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<AppCommand>).detail)
  window.addEventListener(DOM_EVENT, handle)
  return () => window.removeEventListener(DOM_EVENT, handle)
}

declare global {
  interface Window {
    batonEvents?: BatonEvents
  }
}

/** Listens for an event from main; a no-op where there is no main (component tests). */
export function onAppEvent<E extends AppEventName>(event: E, listener: (payload: AppEvents[E]) => void): () => void {
  return window.batonEvents?.on(event, listener) ?? (() => undefined)
}
