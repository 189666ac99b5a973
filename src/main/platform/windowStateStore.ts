import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { screen, type BrowserWindow } from 'electron'
import { parseWindowState, restoreWindowState, type WindowState } from '../windowState'

// Window geometry belongs to this computer's screens, not to the firm's data: it lives in a
// small JSON file beside Electron's own settings, never in baton.sqlite.
const FILE = 'window-state.json'

export function loadWindowState(userData: string, defaults: { width: number; height: number }): WindowState {
  let saved: WindowState | null = null
  try {
    saved = parseWindowState(JSON.parse(readFileSync(join(userData, FILE), 'utf8')))
  } catch {
    saved = null
  }
  const primary = screen.getPrimaryDisplay()
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id)
  return restoreWindowState(saved, [primary, ...others].map((d) => d.workArea), defaults)
}

/** Saves the window's normal (unmaximised) bounds whenever it closes. */
export function rememberWindowState(window: BrowserWindow, userData: string): void {
  window.on('close', () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() }
    const path = join(userData, FILE)
    try {
      writeFileSync(`${path}.tmp`, JSON.stringify(state))
      renameSync(`${path}.tmp`, path)
    } catch {
      // Not being able to remember the size is no reason to stop closing.
    }
  })
}
