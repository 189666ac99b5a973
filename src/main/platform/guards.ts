import { dialog, session, shell, type BrowserWindow, type WebContents } from 'electron'
import { externalUrl } from '../window'

/** No navigation away from the app, no new windows, no permissions (camera, notifications…) unless asked for by a feature. */
export function lockDown(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return
    event.preventDefault()
    // A plain <a href> to a website, address or number goes to the system's app for it.
    const external = externalUrl(url)
    if (external) void shell.openExternal(external)
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // Links the user clicks (a lead's website, email, phone) open in the system's app, never inside Baton.
    const external = externalUrl(url)
    if (external) void shell.openExternal(external)
    return { action: 'deny' }
  })
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
}

/** A page with unsaved edits holds up closing (beforeunload); ask before throwing them away. */
export function confirmUnsavedOnClose(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Discard Changes', 'Keep Editing'],
      defaultId: 1,
      cancelId: 1,
      message: 'You have changes that are not saved.',
      detail: 'Closing now throws them away.',
    })
    // preventDefault here lets the page unload after all.
    if (choice === 0) event.preventDefault()
  })
}
