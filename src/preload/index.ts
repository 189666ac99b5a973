import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { BatonBridge } from '@shared/contract/bridge'
import type { AppEventName, AppEvents, BatonEvents } from '@shared/contract/events'

// The keyhole: exactly the contract's calls, each one invoke() on the single channel, and
// a listener for the named events main sends. No ipcRenderer, send or raw on leaves this file.
// The names are constants put in at build time (electron.vite.config.ts), so no schema library
// is bundled here. The channel names are repeated (not imported) for the same reason; a test
// keeps them equal to the contract's.
declare const __BATON_METHODS__: readonly string[]
declare const __BATON_EVENTS__: readonly AppEventName[]

const CALL_CHANNEL = 'baton:call'
const EVENT_CHANNEL = 'baton:event'

const bridge = Object.freeze(
  Object.fromEntries(__BATON_METHODS__.map((method) => [method, (input: unknown) => ipcRenderer.invoke(CALL_CHANNEL, method, input)])),
) as BatonBridge

function on<E extends AppEventName>(event: E, listener: (payload: AppEvents[E]) => void): () => void {
  if (!__BATON_EVENTS__.includes(event)) throw new Error(`Baton sends no event named “${String(event)}”.`)
  const handle = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (name === event) listener(payload as AppEvents[E])
  }
  ipcRenderer.on(EVENT_CHANNEL, handle)
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, handle)
  }
}

const events: BatonEvents = Object.freeze({ on })

contextBridge.exposeInMainWorld('baton', bridge)
contextBridge.exposeInMainWorld('batonEvents', events)
