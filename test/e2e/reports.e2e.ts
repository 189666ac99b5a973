import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { pdfToPngs } from '../harness/pdf'
import { startApp, type RunningApp } from '../harness/startApp'

describe('dashboard and reports on the sample workspace', () => {
  let app: RunningApp | undefined
  let out: string | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
    if (out) rmSync(out, { recursive: true, force: true })
    out = undefined
  })

  it('opens on the dashboard, clicks through a tile, reads two reports and exports a report pack', async () => {
    app = await startApp({ seedLeads: 600 })
    const { page } = app
    out = mkdtempSync(join(tmpdir(), 'baton-pack-e2e-'))

    // A workspace with data opens on the dashboard.
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
    const tiles = page.getByRole('list', { name: 'Key figures' }).getByRole('listitem')
    await expect.poll(() => tiles.count()).toBe(15)
    // It opens on a period with data: the last 30 days until a week of the month has passed, then the month.
    const opening = new Date().getDate() > 7 ? 'this_month' : 'last_30_days'
    await expect.poll(() => page.getByRole('group', { name: 'Period' }).getByRole('combobox').inputValue()).toBe(opening)
    await page.getByRole('heading', { name: 'Revenue and leads over time' }).waitFor()
    await expect.poll(() => page.getByRole('list', { name: 'Key figures' }).getByRole('link', { name: /^New leads / }).textContent()).not.toMatch(/^New leads\s*0\b/)
    await app.screenshot('dashboard-opening')
    await page.getByRole('group', { name: 'Period' }).getByRole('combobox').selectOption('this_year')
    await expect.poll(() => page.locator('.page-header__subtitle').textContent()).toMatch(/^\d{4}, compared with \d{4}$/)
    await page.getByRole('heading', { name: 'Funnel by stage' }).waitFor()
    await app.screenshot('dashboard-year')
    await page.getByRole('heading', { name: 'Goals at a glance' }).scrollIntoViewIfNeeded()
    await app.screenshot('dashboard-charts')

    // A tile opens the leads behind it.
    await page.getByRole('list', { name: 'Key figures' }).getByRole('link', { name: /^New leads / }).click()
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toMatch(/^#\/pipeline\?view=table&createdFrom=\d{4}-01-01&createdTo=\d{4}-12-31/)

    // Campaign performance for the year.
    await app.goto('/reports?kind=campaigns&preset=this_year')
    const campaigns = page.getByRole('region', { name: 'Campaign performance' })
    await campaigns.getByRole('heading', { name: 'Campaign performance', level: 3 }).waitFor()
    const rows = campaigns.locator('table.data-table tbody tr')
    await expect.poll(() => rows.count()).toBeGreaterThan(3)
    await expect.poll(() => campaigns.locator('tfoot td').first().textContent()).toBe('Total')
    await app.screenshot('reports-campaigns')

    // The funnel report, saved by name and opened again.
    await page.getByRole('navigation', { name: 'Reports' }).getByRole('button', { name: /Pipeline and funnel/ }).click()
    await page.getByRole('heading', { name: 'Stage by stage' }).waitFor()
    await page.getByRole('button', { name: 'Save as…' }).click()
    await page.getByLabel('Report name').fill('Yearly funnel')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByRole('combobox').filter({ hasText: 'Saved reports (1)' }).waitFor()
    await app.screenshot('reports-funnel')
    await page.getByRole('navigation', { name: 'Reports' }).getByRole('button', { name: /Campaign performance/ }).click()
    await page.getByRole('combobox').filter({ hasText: 'Saved reports (1)' }).selectOption({ label: 'Yearly funnel — Pipeline and funnel' })
    await page.getByRole('heading', { name: 'Stage by stage' }).waitFor()

    // Back to campaigns, exported as a pack into the folder the person picks.
    await page.getByRole('navigation', { name: 'Reports' }).getByRole('button', { name: /Campaign performance/ }).click()
    await campaigns.getByRole('heading', { name: 'Campaign performance', level: 3 }).waitFor()
    app.platform.folders.push(out)
    await page.getByRole('button', { name: 'Export report pack…' }).click()
    await page.getByRole('status').filter({ hasText: 'Export finished' }).waitFor({ timeout: 60_000 })
    expect(app.platform.folderPrompts).toEqual([{ title: 'Save the Campaign performance report', defaultPath: null }])
    const files = readdirSync(out).sort()
    const year = new Date().getFullYear()
    expect(files).toEqual([`Campaign performance - ${year} - Campaign performance.csv`, `Campaign performance - ${year}.pdf`, `Campaign performance - ${year}.xlsx`])
    await page.getByRole('button', { name: 'Open folder' }).click()
    await expect.poll(() => app!.platform.opened).toEqual([out])

    // The files agree with the screen: the same campaigns, the same totals.
    const shownTotal = (await campaigns.locator('tfoot td').nth(3).textContent())?.trim()
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(join(out, `Campaign performance - ${year}.xlsx`))
    const sheet = book.getWorksheet('Campaign performance')!
    expect(sheet.rowCount).toBe((await rows.count()) + 2)
    const csv = readFileSync(join(out, `Campaign performance - ${year} - Campaign performance.csv`), 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const lastLine = csv.trimEnd().split('\r\n').at(-1)!.split(',')
    expect(lastLine[0]).toBe('Total')
    expect(Number(lastLine[3])).toBe(sheet.getRow(sheet.rowCount).getCell(4).value)
    expect(shownTotal).toBe(Number(lastLine[3]).toLocaleString('en-US'))

    // The PDF, page by page, as the partner receives it.
    const pdf = join(out, `Campaign performance - ${year}.pdf`)
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdfToPngs(pdf, 'report-campaigns')).toBeGreaterThanOrEqual(1)

    // The save dialog opens at the folder used last time.
    await page.getByRole('button', { name: 'Dismiss' }).click()
    await page.getByRole('button', { name: 'Export report pack…' }).click()
    await expect.poll(() => app!.platform.folderPrompts.at(-1)?.defaultPath).toBe(out)
    expect(app.errors).toEqual([])
  })

  it('prints the funnel report and exports everything from Settings', async () => {
    app = await startApp({ seedLeads: 300, path: '/reports?kind=funnel&preset=this_year' })
    const { page } = app
    out = mkdtempSync(join(tmpdir(), 'baton-everything-e2e-'))
    await page.getByRole('heading', { name: 'Stage by stage' }).waitFor()
    app.platform.folders.push(out)
    await page.getByRole('button', { name: 'Export report pack…' }).click()
    await page.getByRole('status').filter({ hasText: 'Export finished' }).waitFor({ timeout: 60_000 })
    const pdf = readdirSync(out).find((f) => f.endsWith('.pdf'))!
    expect(pdfToPngs(join(out, pdf), 'report-funnel')).toBeGreaterThanOrEqual(1)

    await app.goto('/settings')
    // The firm's clock: a zone far from this computer's, kept with the workspace.
    const zone = page.getByLabel('The firm’s time zone')
    await zone.selectOption('Pacific/Auckland')
    await expect.poll(() => page.getByLabel('The firm’s time zone').inputValue()).toBe('Pacific/Auckland')
    await page.getByText(/This computer is set to/).waitFor()
    await page.getByRole('heading', { name: 'Money, dates, time zone and theme' }).scrollIntoViewIfNeeded()
    await app.screenshot('settings-time-zone')
    await page.getByLabel('Firm name on reports').fill('Lumen & Co')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByText('Saved. New reports carry this name.').waitFor()
    app.platform.folders.push(out)
    await page.getByRole('button', { name: 'Export everything…' }).click()
    await page.getByRole('status').filter({ hasText: 'Export finished' }).waitFor({ timeout: 60_000 })
    await app.screenshot('settings-export-everything')
    const zip = readdirSync(out).find((f) => f.endsWith('.zip'))
    expect(zip).toMatch(/^Baton export \d{4}-\d{2}-\d{2}\.zip$/)
    expect(existsSync(join(out, zip!))).toBe(true)
    expect(readdirSync(out).filter((f) => f.endsWith('.part'))).toEqual([])
    expect(app.errors).toEqual([])
  })
})
