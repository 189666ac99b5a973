import type { Platform } from '../../src/main/platform/platform'

/**
 * The native pickers, answered by the test: queue the path a person would pick
 * (`platform.importFiles.push(fixture)`); an empty queue is a cancelled dialog.
 */
export class ScriptedPlatform implements Platform {
  readonly importFiles: string[] = []
  readonly savePaths: string[] = []
  readonly folders: string[] = []
  /** Folders the app asked to show in the file manager. */
  readonly opened: string[] = []

  pickImportFile(): Promise<string | null> {
    return Promise.resolve(this.importFiles.shift() ?? null)
  }

  pickSavePath(): Promise<string | null> {
    return Promise.resolve(this.savePaths.shift() ?? null)
  }

  pickFolder(): Promise<string | null> {
    return Promise.resolve(this.folders.shift() ?? null)
  }

  openFolder(path: string): Promise<void> {
    this.opened.push(path)
    return Promise.resolve()
  }
}
