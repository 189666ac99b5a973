// What only the desktop can do for a handler: native file and folder pickers, showing a
// folder in the file manager, and printing a view of the app to PDF. Electron's implementation lives beside this
// (electron-platform.ts); tests and the e2e harness answer with paths of their own.

import { AppError } from '@shared/errors'
import { MemoryKeychain, type Keychain } from './keychain'

/** A kind of file a save or open dialog offers. */
export interface FileFilter {
  name: string
  extensions: string[]
}

export interface Platform {
  /** Asks the person for a CSV or XLSX file to import; null when they cancel. */
  pickImportFile(): Promise<string | null>
  /** Asks where to save a file, suggesting a name (a CSV file unless `filter` says otherwise); null when they cancel. */
  pickSavePath(suggestedName: string, filter?: FileFilter): Promise<string | null>
  /** Asks for a team invitation (.baton-team) to open; null when they cancel. */
  pickInvitationFile(): Promise<string | null>
  /** Asks for a workspace file (.sqlite: an offline copy, a backup) to open; null when they cancel. */
  pickWorkspaceFile(): Promise<string | null>
  /** Asks for a folder, opening at `defaultPath` when given (the last one used); null when they cancel. */
  pickFolder(title: string, defaultPath?: string | null): Promise<string | null>
  /** Shows a folder in the system's file manager. */
  openFolder(path: string): Promise<void>
  /** The PDF of a route of the app (its print view), e.g. `/print?kind=campaigns&preset=last_month`. */
  printToPdf(route: string): Promise<Uint8Array>
  /** Where passwords Baton must remember are kept: the operating system's keychain in the app. */
  keychain: Keychain
}

/** For a workspace opened without a window (scripts, unit tests): every picker is cancelled. */
export const headlessPlatform: Platform = {
  pickImportFile: () => Promise.resolve(null),
  pickSavePath: () => Promise.resolve(null),
  pickInvitationFile: () => Promise.resolve(null),
  pickWorkspaceFile: () => Promise.resolve(null),
  pickFolder: () => Promise.resolve(null),
  openFolder: () => Promise.resolve(),
  printToPdf: () => Promise.reject(new AppError('rule', 'Printing to PDF needs the Baton window.')),
  keychain: new MemoryKeychain(),
}
