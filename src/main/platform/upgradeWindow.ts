import { BrowserWindow } from 'electron'
import type { MigrationStatus, OnMigrationProgress } from '../db/migrate'
import { upgradeScreenHtml, upgradeScreenUpdate } from '../startup/upgradeScreen'
import { lockDown } from './guards'

// The Electron side of the "Upgrading your workspace" screen (its page is startup/upgradeScreen.ts).
// It appears only when an upgrade is still running after a moment, so a quick one never flashes.

const SHOW_AFTER_MS = 400
/** At most this often the page is updated (each update waits for the window's turn). */
const UPDATE_EVERY_MS = 100

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

export function upgradeWindow(): { onProgress: OnMigrationProgress; close(): void } {
  let window: BrowserWindow | undefined
  let started: number | undefined
  let lastUpdate = 0
  let loaded: Promise<unknown> | undefined

  const show = () => {
    window = new BrowserWindow({ width: 460, height: 240, resizable: false, minimizable: false, maximizable: false, title: 'Upgrading your workspace', show: true, webPreferences: { sandbox: true } })
    lockDown(window.webContents, () => false)
    window.setMenuBarVisibility(false)
    loaded = window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(upgradeScreenHtml())}`)
  }

  return {
    async onProgress(status: MigrationStatus) {
      const now = Date.now()
      started ??= now
      if (!window && now - started >= SHOW_AFTER_MS) show()
      if (window && (now - lastUpdate >= UPDATE_EVERY_MS || status.fraction === 1)) {
        lastUpdate = now
        await loaded
        await window.webContents.executeJavaScript(upgradeScreenUpdate(status)).catch(() => undefined)
      }
      // The upgrade runs on this thread: give the window (and the rest of the app) a turn.
      await nextTurn()
    },
    close() {
      window?.destroy()
      window = undefined
    },
  }
}
