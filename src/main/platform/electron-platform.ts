import { BrowserWindow, dialog, shell } from 'electron'
import type { Platform } from './platform'

const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]

async function showOpen(options: Electron.OpenDialogOptions): Promise<string | null> {
  const window = parent()
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

/** Everything but printing, which needs the app's address and window options (see electron-print.ts). */
export const electronPlatform: Omit<Platform, 'printToPdf'> = {
  pickImportFile: () =>
    showOpen({
      title: 'Import leads',
      properties: ['openFile'],
      filters: [
        { name: 'Spreadsheets', extensions: ['csv', 'xlsx', 'txt', 'tsv'] },
        { name: 'All files', extensions: ['*'] },
      ],
    }),
  async pickSavePath(suggestedName) {
    const window = parent()
    const options: Electron.SaveDialogOptions = { defaultPath: suggestedName, filters: [{ name: 'CSV', extensions: ['csv'] }] }
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    return result.canceled ? null : (result.filePath ?? null)
  },
  pickFolder: (title, defaultPath) => showOpen({ title, properties: ['openDirectory', 'createDirectory'], ...(defaultPath ? { defaultPath } : {}) }),
  async openFolder(path) {
    const problem = await shell.openPath(path)
    if (problem) throw new Error(problem)
  },
}
