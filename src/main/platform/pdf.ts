// How a report's print view becomes a PDF, the same in the app (Electron's printToPDF) and in
// tests (Chromium's page.pdf): A4 from the page's own @page rule, backgrounds kept, and a
// footer with page numbers that Chromium fills in on every page.

/** The attribute the print view sets on <html> once its data and charts are drawn. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready'

export const PDF_FOOTER_TEMPLATE = `<div style="width:100%;padding:0 12mm;font-family:Helvetica,Arial,sans-serif;font-size:8px;color:#8a94a3;display:flex;justify-content:space-between">
<span>Prepared with Baton</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`

/** Nothing at the top: the report's own header carries the title. */
export const PDF_HEADER_TEMPLATE = '<span></span>'

/** Waits (polling, up to `timeoutMs`) until `isReady` answers true. */
export async function waitUntil(isReady: () => Promise<boolean>, timeoutMs = 30_000, what = 'the print view'): Promise<void> {
  const started = Date.now()
  while (!(await isReady())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Baton could not prepare ${what} in time.`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
