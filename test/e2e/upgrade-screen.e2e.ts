import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { upgradeScreenHtml, upgradeScreenUpdate, upgradeShare } from '../../src/main/startup/upgradeScreen'
import { SCREENSHOT_DIR } from '../harness/paths'

// The "Upgrading your workspace" screen start-up shows while a large file is upgraded, in real
// Chromium: the page main shows, moved along by the same updates main sends it.

describe('the upgrade screen', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env['BATON_CHROMIUM'] ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  })
  afterAll(() => browser.close())

  it('shows the upgrade with a progress bar that follows the migrations', async () => {
    const page = await browser.newPage({ viewport: { width: 460, height: 240 } })
    await page.setContent(upgradeScreenHtml())
    await page.getByRole('heading', { name: 'Upgrading your workspace' }).waitFor()
    const bar = page.getByRole('progressbar', { name: 'Upgrade progress' })
    expect(await bar.getAttribute('aria-valuenow')).toBe('0')

    // The last of two pending migrations, 60% through: 80% of the whole upgrade.
    const status = { index: 2, count: 2, name: 'people_and_organizations', fraction: 0.6 }
    expect(upgradeShare(status)).toBeCloseTo(0.8)
    await page.evaluate(upgradeScreenUpdate(status))
    expect(await bar.getAttribute('aria-valuenow')).toBe('80')
    await page.getByText('Step 2 of 2 · 80%').waitFor()
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'upgrade-screen.png') })

    await page.evaluate(upgradeScreenUpdate({ ...status, fraction: 1 }))
    expect(await bar.getAttribute('aria-valuenow')).toBe('100')
    await page.close()
  })
})
