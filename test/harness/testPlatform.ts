import type { BrowserContext } from 'playwright-core'
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE, PRINT_READY_ATTRIBUTE } from '../../src/main/platform/pdf'
import type { Platform } from '../../src/main/platform/platform'

/**
 * The desktop, scripted for journeys: pickers answer with what the test queued (or cancel when
 * nothing is queued), opened folders are recorded, and printing to PDF is Chromium's page.pdf()
 * of the same print view the app prints with Electron.
 */
export interface TestPlatform extends Platform {
  /** Queues the answer of the next folder picker (null = the person cancels). */
  answerFolder(path: string | null): void
  /** Queues the answer of the next file picker. */
  answerFile(path: string | null): void
  /** Queues the answer of the next save dialog. */
  answerSavePath(path: string | null): void
  /** Every defaultPath a folder picker opened at, in order. */
  readonly folderPrompts: Array<{ title: string; defaultPath: string | null }>
  readonly openedFolders: string[]
  /** Wires printing to the app's browser context and served address (done by startApp). */
  attach(context: BrowserContext, url: string): void
}

export function createTestPlatform(): TestPlatform {
  const folders: Array<string | null> = []
  const files: Array<string | null> = []
  const savePaths: Array<string | null> = []
  const folderPrompts: Array<{ title: string; defaultPath: string | null }> = []
  const openedFolders: string[] = []
  let target: { context: BrowserContext; url: string } | undefined
  return {
    answerFolder: (path) => void folders.push(path),
    answerFile: (path) => void files.push(path),
    answerSavePath: (path) => void savePaths.push(path),
    folderPrompts,
    openedFolders,
    attach(context, url) {
      target = { context, url }
    },
    pickImportFile: () => Promise.resolve(files.shift() ?? null),
    pickSavePath: () => Promise.resolve(savePaths.shift() ?? null),
    pickFolder(title, defaultPath) {
      folderPrompts.push({ title, defaultPath: defaultPath ?? null })
      return Promise.resolve(folders.shift() ?? null)
    },
    openFolder(path) {
      openedFolders.push(path)
      return Promise.resolve()
    },
    async printToPdf(route) {
      if (!target) throw new Error('e2e: the test platform is not attached to a browser yet')
      const page = await target.context.newPage()
      try {
        await page.goto(`${target.url}#${route.startsWith('/') ? route : `/${route}`}`)
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
    },
  }
}
