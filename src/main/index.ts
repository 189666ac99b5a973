import { join } from 'node:path'
import { app, BrowserWindow, dialog, session } from 'electron'
import { registerIpc } from './ipc'
import { electronPlatform } from './platform/electron-platform'
import { electronPrintToPdf } from './platform/electron-print'
import { denyAllPermissions, lockDown } from './platform/guards'
import { contentSecurityPolicy, isAppUrl, windowOptions } from './window'
import { openWorkspace, type Workspace } from './workspace'
import { resolveDataDir } from './data-dir'

const devServerUrl = process.env['ELECTRON_RENDERER_URL']
const rendererFile = join(import.meta.dirname, '../renderer/index.html')
const appUrl = { rendererFile, devServerUrl }
let workspace: Workspace | undefined

const mainWindowOptions = () => windowOptions(join(import.meta.dirname, '../preload/index.cjs'))

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions())
  lockDown(window.webContents, (url) => isAppUrl(url, appUrl))
  window.once('ready-to-show', () => window.show())
  if (devServerUrl) void window.loadURL(devServerUrl)
  else void window.loadFile(rendererFile)
}

async function start(): Promise<void> {
  await app.whenReady()
  denyAllPermissions()
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy(devServerUrl)] } })
  })
  const dataDir = resolveDataDir(process.argv, app.getPath('userData'))
  try {
    // A damaged file opens in recovery mode: the window then offers the newest good backup.
    const printToPdf = electronPrintToPdf({ options: mainWindowOptions(), rendererFile, devServerUrl, isAppUrl: (url) => isAppUrl(url, appUrl) })
    workspace = await openWorkspace(dataDir, app.getVersion(), { platform: { ...electronPlatform, printToPdf }, automaticBackups: true })
  } catch (error) {
    dialog.showErrorBox('Baton could not open your data', error instanceof Error ? error.message : String(error))
    app.exit(1)
    return
  }
  registerIpc(workspace.dispatch, (url) => isAppUrl(url, appUrl))
  createWindow()
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

void start()
