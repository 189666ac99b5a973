import { BrowserWindow } from 'electron'
import { lockDown } from './guards'
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE, PRINT_READY_ATTRIBUTE, waitUntil } from './pdf'

export interface PrintTarget {
  /** The main window's options (same preload, same locked-down web preferences). */
  options: Electron.BrowserWindowConstructorOptions
  rendererFile: string
  devServerUrl: string | undefined
  isAppUrl(url: string): boolean
}

/**
 * Prints a route of the app to PDF: a hidden window opens the print view (same preload, same
 * guards), waits for it to say it is ready, prints, and closes.
 */
export function electronPrintToPdf(target: PrintTarget): (route: string) => Promise<Uint8Array> {
  return async (route) => {
    const window = new BrowserWindow({ ...target.options, show: false, width: 900, height: 1200 })
    try {
      lockDown(window.webContents, (url) => target.isAppUrl(url))
      const hash = route.startsWith('/') ? route : `/${route}`
      if (target.devServerUrl) await window.loadURL(`${target.devServerUrl}#${hash}`)
      else await window.loadFile(target.rendererFile, { hash })
      await waitUntil(() => window.webContents.executeJavaScript(`document.documentElement.hasAttribute('${PRINT_READY_ATTRIBUTE}')`) as Promise<boolean>)
      const pdf = await window.webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: PDF_HEADER_TEMPLATE,
        footerTemplate: PDF_FOOTER_TEMPLATE,
      })
      return new Uint8Array(pdf)
    } finally {
      window.destroy()
    }
  }
}
