import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from '../harness/startApp'
import { sqliteOf } from '../../src/main/db/open'

type PageGlobals = { document: { documentElement: { dataset: Record<string, string | undefined> }; activeElement: unknown } }
const theme = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.dataset['theme'])

/** Serious and critical findings of axe's standard rules (WCAG 2.x A/AA and best practices) on what the page shows now. */
async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)
}

describe('desktop: palette, shortcuts, menus, themes, accessibility', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('finds a lead by a word prefix, opens it, and runs a command from the palette', async () => {
    app = await startApp({ seedLeads: 120, path: '/pipeline' })
    const { page } = app
    const lead = sqliteOf(app.workspace.database).prepare(
      `SELECT l.id, p.name AS person_name, o.name AS company FROM leads l JOIN people p ON p.id = l.person_id JOIN organizations o ON o.id = l.organization_id ORDER BY l.id LIMIT 1`,
    ).get() as {
      id: number
      person_name: string
      company: string
    }
    await page.locator('[data-lead-id]').first().waitFor()

    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Search and commands' })
    const input = palette.getByRole('combobox')
    await input.waitFor()
    const query = `${lead.person_name.split(' ')[0]?.slice(0, 3) ?? ''} ${lead.company.slice(0, 3)}`
    await input.fill(query)
    const option = palette.getByRole('option', { name: new RegExp(lead.person_name) }).first()
    await option.waitFor()
    await expect.poll(() => palette.getByRole('status').textContent()).toMatch(/found/)
    await app.screenshot('desktop-palette-light')
    await option.click()
    await expect.poll(() => new URL(page.url()).hash).toContain(`lead=${lead.id}`)
    await page.getByRole('dialog').filter({ hasText: lead.person_name }).first().waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => new URL(page.url()).hash).not.toContain('lead=')

    // A command: "New lead" opens the new-lead dialog wherever you are.
    await page.keyboard.press('Control+k')
    await input.fill('new lead')
    // The same words find records too (the sample's "New leads Dec 2026" goal in December): wait for the
    // search to come back, then for the command to be the option Enter runs.
    await expect.poll(() => palette.getByRole('status').textContent()).toMatch(/found/)
    const command = palette.getByRole('option', { name: /^New lead\b/ })
    await expect.poll(() => command.getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('Enter')
    await page.getByRole('dialog', { name: 'New lead' }).waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog', { name: 'New lead' }).count()).toBe(0)

    // "Switch pipeline…" turns the palette into a list of pipelines; picking one shows its board.
    const renewals = await app.call('pipelines.create', { name: 'Renewals' })
    if (!renewals.ok) throw new Error(renewals.error.message)
    await page.keyboard.press('Control+k')
    await input.fill('switch pip')
    await palette.getByRole('option', { name: /Switch pipeline/ }).click()
    await palette.getByRole('option', { name: 'Renewals' }).waitFor()
    await input.fill('renew')
    await page.keyboard.press('Enter')
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/pipeline?pipeline=${renewals.value.id}`)
    await page.getByRole('region', { name: /, 0 leads$/ }).first().waitFor()

    // "Back up now" from the palette makes a checked backup and says so.
    const backupsBefore = await app.call('backups.list', {})
    await page.keyboard.press('Control+k')
    await input.fill('back up')
    await palette.getByRole('option', { name: /Back up now/ }).click()
    await page.getByText('Backed up. Settings lists every backup.').waitFor()
    await expect
      .poll(async () => {
        const after = await app!.call('backups.list', {})
        return after.ok && backupsBefore.ok ? after.value.backups.length - backupsBefore.value.backups.length : null
      })
      .toBe(1)

    // Nothing found says so in words.
    await page.keyboard.press('Control+k')
    await input.fill('zzqxv')
    await palette.getByText('No person, organisation, lead, campaign, goal or activity matches “zzqxv”.').waitFor()
    await page.keyboard.press('Escape')
    expect(app.errors).toEqual([])
  })

  it('goes places with single keys, never while typing, shows the shortcut sheet, and follows menu commands', async () => {
    app = await startApp({ seedLeads: 20, path: '/pipeline' })
    const { page } = app
    await page.locator('[data-lead-id]').first().waitFor()
    await page.locator('main').click({ position: { x: 5, y: 5 } })

    await page.keyboard.press('g')
    await page.keyboard.press('c')
    await expect.poll(() => new URL(page.url()).hash).toBe('#/campaigns')
    await page.keyboard.press('g')
    await page.keyboard.press('t')
    await expect.poll(() => new URL(page.url()).hash).toBe('#/today')

    await page.keyboard.press('?')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await sheet.waitFor()
    await expect.poll(() => sheet.getByText('Go to Pipeline').count()).toBe(1)
    await app.screenshot('desktop-shortcuts-light')
    await page.keyboard.press('Escape')
    await expect.poll(() => sheet.count()).toBe(0)

    // Typing "g", "p" and "n" in the palette's box types them; nothing navigates or opens.
    await page.keyboard.press('/')
    const input = page.getByRole('dialog', { name: 'Search and commands' }).getByRole('combobox')
    await input.waitFor()
    await input.pressSequentially('gpn')
    await expect.poll(() => input.inputValue()).toBe('gpn')
    expect(new URL(page.url()).hash).toBe('#/today')
    await page.keyboard.press('Escape')

    // The app menu's Go → Settings and File → New lead arrive as events from main.
    await app.emit('command', { command: 'go-settings' })
    await expect.poll(() => new URL(page.url()).hash).toBe('#/settings')
    await app.emit('command', { command: 'new-lead' })
    await page.getByRole('dialog', { name: 'New lead' }).waitFor()
    await page.keyboard.press('Escape')
    // A clicked follow-up notification opens its lead.
    const leadId = sqliteOf(app.workspace.database).prepare('SELECT min(id) FROM leads').pluck().get() as number
    await app.emit('open-lead', { leadId })
    await expect.poll(() => new URL(page.url()).hash).toContain(`lead=${leadId}`)
    expect(app.errors).toEqual([])
  })

  it('follows the system theme, switches in Settings, and keeps the choice', async () => {
    app = await startApp({ seedLeads: 20, path: '/settings', colorScheme: 'dark' })
    const { page } = app
    await page.getByRole('heading', { name: 'Money, dates, time zone and theme' }).waitFor()
    await expect.poll(() => theme(page)).toBe('dark')
    await page.getByRole('radio', { name: 'Light' }).check()
    await expect.poll(() => theme(page)).toBe('light')
    // The page shows the theme at once; the reload must wait until the choice is saved, as a person's next start would.
    await expect.poll(async () => {
      const saved = await app!.call('preferences.get', {})
      return saved.ok && saved.value.theme
    }).toBe('light')
    await app.reload()
    await page.getByRole('heading', { name: 'Money, dates, time zone and theme' }).waitFor()
    await expect.poll(() => theme(page)).toBe('light')
    await page.getByRole('radio', { name: 'Dark' }).check()
    await expect.poll(() => theme(page)).toBe('dark')
    await expect.poll(async () => (await app!.call('preferences.get', {})).ok && theme(page)).toBe('dark')

    // Currency: every amount follows.
    await page.getByLabel('Currency').selectOption('EUR')
    await page.getByText(/123\.456,78|€123,456\.78|€/).first().waitFor()
    await expect.poll(() => page.getByLabel('Currency').evaluate((el) => el === (globalThis as unknown as PageGlobals).document.activeElement)).toBe(true)
    await app.screenshot('desktop-settings-dark')
    await app.goto('/pipeline')
    await page.locator('[data-lead-id]').first().waitFor()
    await expect.poll(() => page.locator('.board').textContent()).toContain('€')
    expect(app.errors).toEqual([])
  })

  for (const scheme of ['light', 'dark'] as const) {
    // Long by nature: axe runs over fifteen pages, a panel and two dialogs, on a shared two-core machine.
    it(`has no serious or critical accessibility problems on any page in the ${scheme} theme`, { timeout: 300_000 }, async () => {
      app = await startApp({ seedLeads: 60, path: '/pipeline', colorScheme: scheme })
      const { page } = app
      await expect.poll(() => theme(page)).toBe(scheme)
      const one = (query: string) => sqliteOf(app!.workspace.database).prepare(query).pluck().get() as number
      const nav = page.getByRole('navigation', { name: 'Main' })
      const problems: string[] = []
      const check = async (name: string) => {
        await page.getByRole('heading', { level: 1 }).first().waitFor()
        await page.getByRole('status').filter({ hasText: 'Loading…' }).waitFor({ state: 'detached' })
        problems.push(...(await axeProblems(page)).map((p) => `${name}: ${p}`))
        await app!.screenshot(`desktop-${name.toLowerCase().replace(/\W+/g, '-')}-${scheme}`)
      }
      // Every page in the sidebar, reached by clicking it, so pages added later are checked too.
      const links: Array<{ name: string; href: string }> = []
      for (const link of await nav.getByRole('link').all()) links.push({ name: ((await link.textContent()) ?? '').trim(), href: (await link.getAttribute('href')) ?? '' })
      expect(links.map((l) => l.name)).toEqual(['Dashboard', 'Pipeline', 'Today', 'People', 'Organisations', 'Campaigns', 'Goals', 'Reports', 'Settings'])
      for (const link of links) {
        await nav.getByRole('link', { name: link.name, exact: true }).click()
        await expect.poll(() => new URL(page.url()).hash.startsWith(link.href)).toBe(true)
        await check(link.name)
      }
      // The pages reached from inside a section: channels, segments, one campaign, one goal, one person, one organisation.
      const inner = [
        { name: 'Person page', path: `/people/${one('SELECT person_id FROM leads WHERE person_id IS NOT NULL ORDER BY id LIMIT 1')}` },
        { name: 'Organisation page', path: `/organizations/${one('SELECT organization_id FROM leads WHERE organization_id IS NOT NULL GROUP BY organization_id ORDER BY count(*) DESC, organization_id LIMIT 1')}` },
        { name: 'Channels', path: '/channels' },
        { name: 'Segments', path: '/segments' },
        { name: 'Campaign page', path: `/campaigns/${one('SELECT min(id) FROM campaigns')}` },
        { name: 'Goal page', path: `/goals/${one('SELECT min(id) FROM goals')}` },
      ]
      for (const { name, path } of inner) {
        await app.goto(path)
        await check(name)
      }
      // The lead panel, the import dialog and the palette.
      await app.goto(`/pipeline?lead=${one('SELECT min(id) FROM leads')}`)
      await page.getByRole('dialog').first().waitFor()
      await page.getByRole('status').filter({ hasText: 'Loading…' }).waitFor({ state: 'detached' })
      problems.push(...(await axeProblems(page)).map((p) => `lead panel: ${p}`))
      await page.keyboard.press('Escape')
      await app.emit('command', { command: 'import' })
      await page.getByRole('dialog', { name: /Import/ }).waitFor()
      problems.push(...(await axeProblems(page)).map((p) => `import dialog: ${p}`))
      await page.keyboard.press('Escape')
      await expect.poll(() => page.getByRole('dialog', { name: /Import/ }).count()).toBe(0)
      await page.keyboard.press('Control+k')
      await page.getByRole('dialog', { name: 'Search and commands' }).getByRole('combobox').fill('a')
      await page.getByRole('dialog', { name: 'Search and commands' }).getByRole('option').first().waitFor()
      problems.push(...(await axeProblems(page)).map((p) => `palette: ${p}`))
      await page.keyboard.press('Escape')
      expect(problems).toEqual([])
      expect(app.errors).toEqual([])
    })
  }
})
