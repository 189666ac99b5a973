import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { FileKeychain, plainCipher } from '../../src/main/platform/keychain'
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE, PRINT_READY_ATTRIBUTE } from '../../src/main/platform/pdf'
import type { FileFilter, Platform } from '../../src/main/platform/platform'

/**
 * The native pickers, answered by the test: queue the path a person would pick
 * (`platform.importFiles.push(fixture)`); an empty queue is a cancelled dialog.
 * Printing to PDF is Chromium's page.pdf() of the same print view the app prints with Electron.
 */
export class ScriptedPlatform implements Platform {
  readonly importFiles: string[] = []
  readonly savePaths: string[] = []
  /** Every save dialog that opened: the name it suggested and the kind of file. */
  readonly savePrompts: Array<{ suggestedName: string; filter: FileFilter | null }> = []
  readonly invitationFiles: string[] = []
  readonly workspaceFiles: string[] = []
  /** The keychain, as a file of its own (plain text: tests only). */
  readonly keychain: FileKeychain
  readonly folders: string[] = []
  /** Every folder picker that opened: its title and the folder it opened at. */
  readonly folderPrompts: Array<{ title: string; defaultPath: string | null }> = []
  /** Folders the app asked to show in the file manager. */
  readonly opened: string[] = []
  private printer: { context: BrowserContext; url: string } | undefined

  constructor(keychainFile = join(mkdtempSync(join(tmpdir(), 'baton-keychain-')), 'keychain.json')) {
    this.keychain = new FileKeychain(keychainFile, plainCipher)
  }

  /** Wires printing to the app's browser context and served address (startApp does it). */
  attach(context: BrowserContext, url: string): void {
    this.printer = { context, url }
  }

  pickImportFile(): Promise<string | null> {
    return Promise.resolve(this.importFiles.shift() ?? null)
  }

  pickSavePath(suggestedName = '', filter?: FileFilter): Promise<string | null> {
    this.savePrompts.push({ suggestedName, filter: filter ?? null })
    return Promise.resolve(this.savePaths.shift() ?? null)
  }

  pickInvitationFile(): Promise<string | null> {
    return Promise.resolve(this.invitationFiles.shift() ?? null)
  }

  pickWorkspaceFile(): Promise<string | null> {
    return Promise.resolve(this.workspaceFiles.shift() ?? null)
  }

  pickFolder(title = '', defaultPath: string | null = null): Promise<string | null> {
    this.folderPrompts.push({ title, defaultPath })
    return Promise.resolve(this.folders.shift() ?? null)
  }

  openFolder(path: string): Promise<void> {
    this.opened.push(path)
    return Promise.resolve()
  }

  async printToPdf(route: string): Promise<Uint8Array> {
    if (!this.printer) throw new Error('e2e: the scripted platform is not attached to a browser yet')
    const page = await this.printer.context.newPage()
    try {
      await page.goto(`${this.printer.url}#${route.startsWith('/') ? route : `/${route}`}`)
      await page.locator(`html[${PRINT_READY_ATTRIBUTE}]`).waitFor({ state: 'attached', timeout: 30_000 })
      await page.emulateMedia({ media: 'print' })
      const pdf = await page.pdf({
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: PDF_HEADER_TEMPLATE,
        footerTemplate: PDF_FOOTER_TEMPLATE,
      })
      return new Uint8Array(pdf)
    } finally {
      await page.close()
    }
  }
}
