import { join } from 'node:path'
import { app, BrowserWindow, dialog, session, shell } from 'electron'
import type { AppCommand } from '@shared/contract/events'
import { aboutDetail } from './about'
import { createFollowUpNotifier } from './features/notifications/followUpNotifier'
import { dueFollowUpsBetween } from './features/notifications/dueFollowUps'
import { getPreferences } from './features/preferences/preferences.service'
import { registerIpc } from './ipc'
import { installMenu } from './menu'
import { electronKeychain, electronPlatform } from './platform/electron-platform'
import { electronPrintToPdf } from './platform/electron-print'
import { sendEvent } from './platform/events'
import { confirmUnsavedOnClose, denyAllPermissions, lockDown } from './platform/guards'
import { showNotice } from './platform/notifications'
import { upgradeWindow } from './platform/upgradeWindow'
import { loadWindowState, rememberWindowState } from './platform/windowStateStore'
import { contentSecurityPolicy, isAppUrl, windowOptions } from './window'
import { AppSession } from './session'
import type { Workspace } from './workspace'
import { resolveDataDir } from './data-dir'

const devServerUrl = process.env['ELECTRON_RENDERER_URL']
const rendererFile = join(import.meta.dirname, '../renderer/index.html')
const appUrl = { rendererFile, devServerUrl }
let appSession: AppSession | undefined
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
  const workspace = appSession?.workspace
  if (workspace?.database.engine === 'sqlite') await shell.openPath(join(workspace.context.dataFile, '..'))
}

function showAbout(): void {
  const workspace = appSession?.workspace
  if (!workspace) return
  const detail = aboutDetail({ version: app.getVersion(), dataFile: workspace.context.dataFile, electron: process.versions.electron ?? '', platform: process.platform })
  const options = { type: 'info' as const, title: 'About Baton', message: 'Baton', detail, buttons: ['Open Data Folder', 'OK'], defaultId: 1, cancelId: 1 }
  const shown = mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)
  void shown.then(({ response }) => (response === 0 ? openDataFolder() : undefined))
}

function startNotifier(open: () => Workspace): () => void {
  const notifier = createFollowUpNotifier({
    now: () => new Date(),
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
    dueBetween: (from, to) => dueFollowUpsBetween(open().context.db, from, to),
    preferences: () => getPreferences(open().context.db),
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
  const userData = app.getPath('userData')
  const printToPdf = electronPrintToPdf({ options: mainWindowOptions(), rendererFile, devServerUrl, isAppUrl: (url) => isAppUrl(url, appUrl) })
  // A long upgrade of the data shows its progress before the first page.
  const upgrade = upgradeWindow()
  const opened = new AppSession({
    appDataDir: userData,
    soloDir: resolveDataDir(process.argv, userData),
    appVersion: app.getVersion(),
    platform: { ...electronPlatform, printToPdf, keychain: electronKeychain() },
    automaticBackups: true,
    onMigrationProgress: upgrade.onProgress,
    // A team workspace's live changes and the server's comings and goings, to the window (not focusing it).
    events: (event, payload) => sendEvent(mainWindow, event, payload),
  })
  let notice: string | undefined
  try {
    // BATON_DATABASE_URL=postgres://… opens that team workspace; else the one open last (a team
    // workspace, its server started here if this computer hosts it), else the solo file.
    // A damaged file opens in recovery mode: the window then offers the newest good backup.
    notice = (await opened.start(process.env['BATON_DATABASE_URL'] || undefined)).teamNotOpened
  } catch (error) {
    upgrade.close()
    dialog.showErrorBox('Baton could not open your data', error instanceof Error ? error.message : String(error))
    app.exit(1)
    return
  }
  upgrade.close()
  appSession = opened
  if (notice) dialog.showErrorBox('Baton opened your solo workspace', notice)
  registerIpc(opened.dispatch, (url) => isAppUrl(url, appUrl))
  installMenu({
    platform: process.platform,
    appName: app.name,
    send: (command: AppCommand) => sendEvent(focusWindow(), 'command', { command }),
    showAbout,
    openDataFolder: () => void openDataFolder(),
  })
  createWindow()
  const stopNotifier = startNotifier(() => opened.workspace)
  app.on('before-quit', stopNotifier)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
// The hosted team server stops with Baton (PostgreSQL's fast shutdown: committed work is on disk).
let quitting = false
app.on('will-quit', (event) => {
  if (quitting || !appSession) return
  quitting = true
  event.preventDefault()
  void appSession.close().finally(() => app.quit())
})
