import { join } from 'node:path'
import { app, BrowserWindow, dialog, safeStorage, shell } from 'electron'
import { FileKeychain } from './keychain'
import type { Platform } from './platform'

const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]

async function showOpen(options: Electron.OpenDialogOptions): Promise<string | null> {
  const window = parent()
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

/** Everything but printing, which needs the app's address and window options (see electron-print.ts). */
export const electronPlatform: Omit<Platform, 'printToPdf' | 'keychain'> = {
  pickImportFile: () =>
    showOpen({
      title: 'Import leads',
      properties: ['openFile'],
      filters: [
        { name: 'Spreadsheets', extensions: ['csv', 'xlsx', 'txt', 'tsv'] },
        { name: 'All files', extensions: ['*'] },
      ],
    }),
  async pickSavePath(suggestedName, filter = { name: 'CSV', extensions: ['csv'] }) {
    const window = parent()
    const options: Electron.SaveDialogOptions = { defaultPath: suggestedName, filters: [filter] }
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    return result.canceled ? null : (result.filePath ?? null)
  },
  pickWorkspaceFile: () =>
    showOpen({
      title: 'Open a workspace file',
      properties: ['openFile'],
      filters: [
        { name: 'Baton workspace', extensions: ['sqlite'] },
        { name: 'All files', extensions: ['*'] },
      ],
    }),
  pickInvitationFile: () =>
    showOpen({
      title: 'Open a team invitation',
      properties: ['openFile'],
      filters: [
        { name: 'Baton team invitation', extensions: ['baton-team'] },
        { name: 'All files', extensions: ['*'] },
      ],
    }),
  pickFolder: (title, defaultPath) => showOpen({ title, properties: ['openDirectory', 'createDirectory'], ...(defaultPath ? { defaultPath } : {}) }),
  async openFolder(path) {
    const problem = await shell.openPath(path)
    if (problem) throw new Error(problem)
  },
}

/**
 * The operating system's keychain through Electron's safeStorage: secrets are encrypted with a
 * key the system keeps (Keychain, DPAPI, Secret Service); only ciphertext is written. Linux's
 * "basic_text" fallback is not a keychain, so it counts as none.
 */
export function electronKeychain(): FileKeychain {
  const cipher = {
    isEncryptionAvailable: () =>
      safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    encryptString: (text: string) => safeStorage.encryptString(text),
    decryptString: (data: Buffer) => safeStorage.decryptString(data),
  }
  return new FileKeychain(join(app.getPath('userData'), 'keychain.json'), cipher)
}
