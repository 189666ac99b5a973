import { join } from 'node:path'
import { app, BrowserWindow, dialog, session, shell } from 'electron'
import type { AppCommand } from '@shared/contract/events'
import { aboutDetail } from './about'
import { createFollowUpNotifier } from './features/notifications/followUpNotifier'
import { dueFollowUpsBetween } from './features/notifications/dueFollowUps'
import { getPreferences } from './features/preferences/preferences.service'
import { registerIpc } from './ipc'
import { installMenu } from './menu'
import { electronPlatform } from './platform/electron-platform'
import { electronPrintToPdf } from './platform/electron-print'
import { sendEvent } from './platform/events'
import { confirmUnsavedOnClose, denyAllPermissions, lockDown } from './platform/guards'
import { showNotice } from './platform/notifications'
import { upgradeWindow } from './platform/upgradeWindow'
import { loadWindowState, rememberWindowState } from './platform/windowStateStore'
import { contentSecurityPolicy, isAppUrl, windowOptions } from './window'
import { openWorkspace, type Workspace } from './workspace'
import { resolveDataDir } from './data-dir'

const devServerUrl = process.env['ELECTRON_RENDERER_URL']
const rendererFile = join(import.meta.dirname, '../renderer/index.html')
const appUrl = { rendererFile, devServerUrl }
let workspace: Workspace | undefined
let mainWindow: BrowserWindow | undefined

// Two processes must never write one SQLite file: a second launch hands over to the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => focusWindow())
  void start()
}

function focusWindow(): BrowserWindow | undefined {
  if (!mainWindow || mainWindow.isDestroyed()) return undefined
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
  return mainWindow
}

const mainWindowOptions = (bounds?: Parameters<typeof windowOptions>[2]) => windowOptions(join(import.meta.dirname, '../preload/index.cjs'), undefined, bounds)

function createWindow(): void {
  const userData = app.getPath('userData')
  const state = loadWindowState(userData, { width: 1320, height: 860 })
  const window = new BrowserWindow(mainWindowOptions(state.bounds))
  mainWindow = window
  if (state.maximized) window.maximize()
  rememberWindowState(window, userData)
  lockDown(window.webContents, (url) => isAppUrl(url, appUrl))
  confirmUnsavedOnClose(window)
  window.once('ready-to-show', () => window.show())
  if (devServerUrl) void window.loadURL(devServerUrl)
  else void window.loadFile(rendererFile)
}

const openDataFolder = async () => {
  if (workspace) await shell.openPath(join(workspace.context.dataFile, '..'))
}

function showAbout(): void {
  if (!workspace) return
  const detail = aboutDetail({ version: app.getVersion(), dataFile: workspace.context.dataFile, electron: process.versions.electron ?? '', platform: process.platform })
  const options = { type: 'info' as const, title: 'About Baton', message: 'Baton', detail, buttons: ['Open Data Folder', 'OK'], defaultId: 1, cancelId: 1 }
  const shown = mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)
  void shown.then(({ response }) => (response === 0 ? openDataFolder() : undefined))
}

function startNotifier(open: Workspace): () => void {
  const notifier = createFollowUpNotifier({
    now: () => new Date(),
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
    dueBetween: (from, to) => dueFollowUpsBetween(open.context.db, from, to),
    preferences: () => getPreferences(open.context.db),
    show: (notice) =>
      showNotice(notice, ({ leadId }) => {
        const window = focusWindow()
        if (leadId === null) sendEvent(window, 'command', { command: 'go-today' })
        else sendEvent(window, 'open-lead', { leadId })
      }),
  })
  notifier.start()
  return () => notifier.stop()
}

async function start(): Promise<void> {
  await app.whenReady()
  denyAllPermissions()
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy(devServerUrl)] } })
  })
  // BATON_DATABASE_URL=postgres://… opens that team workspace instead of the data folder's file.
  const target = process.env['BATON_DATABASE_URL'] || resolveDataDir(process.argv, app.getPath('userData'))
  // A long upgrade of the data shows its progress before the first page.
  const upgrade = upgradeWindow()
  try {
    // A damaged file opens in recovery mode: the window then offers the newest good backup.
    const printToPdf = electronPrintToPdf({ options: mainWindowOptions(), rendererFile, devServerUrl, isAppUrl: (url) => isAppUrl(url, appUrl) })
    workspace = await openWorkspace(target, app.getVersion(), { platform: { ...electronPlatform, printToPdf }, automaticBackups: true, onMigrationProgress: upgrade.onProgress })
  } catch (error) {
    upgrade.close()
    dialog.showErrorBox('Baton could not open your data', error instanceof Error ? error.message : String(error))
    app.exit(1)
    return
  }
  upgrade.close()
  registerIpc(workspace.dispatch, (url) => isAppUrl(url, appUrl))
  installMenu({
    platform: process.platform,
    appName: app.name,
    send: (command: AppCommand) => sendEvent(focusWindow(), 'command', { command }),
    showAbout,
    openDataFolder: () => void openDataFolder(),
  })
  createWindow()
  const stopNotifier = startNotifier(workspace)
  app.on('before-quit', stopNotifier)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
app.on('will-quit', () => {
  void workspace?.close()
})
