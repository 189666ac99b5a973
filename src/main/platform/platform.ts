// What only the desktop can do for a handler: native file and folder pickers, and
// showing a folder in the file manager. Electron's implementation lives beside this
// (electron-platform.ts); tests and the e2e harness answer with paths of their own.

export interface Platform {
  /** Asks the person for a CSV or XLSX file to import; null when they cancel. */
  pickImportFile(): Promise<string | null>
  /** Asks where to save a file, suggesting a name; null when they cancel. */
  pickSavePath(suggestedName: string): Promise<string | null>
  /** Asks for a folder; null when they cancel. */
  pickFolder(title: string): Promise<string | null>
  /** Shows a folder in the system's file manager. */
  openFolder(path: string): Promise<void>
}

/** For a workspace opened without a window (scripts, unit tests): every picker is cancelled. */
export const headlessPlatform: Platform = {
  pickImportFile: () => Promise.resolve(null),
  pickSavePath: () => Promise.resolve(null),
  pickFolder: () => Promise.resolve(null),
  openFolder: () => Promise.resolve(),
}
