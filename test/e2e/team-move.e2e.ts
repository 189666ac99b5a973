import { chmodSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { freePort } from '../harness/freePort'
import { startApp, type RunningApp } from '../harness/startApp'

// Moving in: a firm that has worked alone for a year hosts its team on this computer and moves
// its solo workspace there in the same step; the board it knew is the team's board. Then File →
// Open workspace… goes back to the solo file, kept as it was, and to the team again.

describe('Move this workspace to the team server', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('hosts the team here with the solo workspace moved in, and shows the same board', async () => {
    app = await startApp({ path: '/settings', seedLeads: 60 })
    const { page } = app
    // As root the server runs as the `postgres` user, which must be able to walk into Baton's folder.
    chmodSync(app.dataDir, 0o755)
    const solo = await app.call('leads.list', {})
    if (!solo.ok) throw new Error(solo.error.message)
    const someone = solo.value.leads.find((lead) => lead.personName)!.personName!

    await page.getByRole('button', { name: /Host it on this computer/ }).click()
    const host = page.getByRole('dialog', { name: 'Host the team on this computer' })
    await host.getByLabel('Team name').fill('Lumen & Co')
    await host.getByLabel('Your name').fill('Olivia Grant')
    await host.getByLabel('This computer only').check()
    await host.getByLabel('Port').fill(String(await freePort()))
    expect(await host.getByLabel(/Move this workspace to the team server/).isChecked()).toBe(true)
    await host.getByRole('button', { name: 'Set up and open the team' }).click()

    const card = page.getByRole('region', { name: 'Lumen & Co' })
    await card.or(host.getByRole('alert')).first().waitFor({ timeout: 90_000 })
    if (await host.getByRole('alert').isVisible()) throw new Error(`hosting failed: ${await host.getByRole('alert').innerText()}`)
    await expect.poll(() => page.title()).toBe('Baton — Lumen & Co (team, 127.0.0.1)')
    const moved = card.getByRole('status').filter({ hasText: 'Moved your workspace to the team server' })
    await moved.waitFor()
    expect(await moved.innerText()).toContain(`${solo.value.total} leads`)
    await card.evaluate((element: { scrollIntoView(options: { block: string }): void }) => element.scrollIntoView({ block: 'start' }))
    await app.screenshot('team-move')

    // Save an offline copy: a solo file of the team as it stands.
    const offline = join(app.dataDir, 'Lumen offline.sqlite')
    app.platform.savePaths.push(offline)
    await card.getByRole('button', { name: 'Save an offline copy…' }).click()
    await page.getByText(`Saved an offline copy with ${solo.value.total} leads to ${offline}`).waitFor()
    expect(existsSync(offline)).toBe(true)

    const team = await app.call('leads.list', {})
    expect(team).toEqual(solo)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pipeline' }).click()
    await page.getByText(someone).first().waitFor()

    // File → Open workspace… (the menu sends the command): the team open now, the solo folder below it.
    await app.emit('command', { command: 'open-workspace' })
    const chooser = page.getByRole('dialog', { name: 'Open workspace' })
    const recent = chooser.getByRole('list', { name: 'Recent workspaces' })
    await recent.getByRole('button', { name: 'Lumen & Co (open now)' }).waitFor()
    await recent.getByText('Team · 127.0.0.1:').waitFor()
    await app.screenshot('team-open-workspace')
    await recent.getByRole('button', { name: `Open ${app.dataDir}` }).click()
    await expect.poll(() => page.title(), { timeout: 30_000 }).toBe(`Baton — ${app.dataDir} (solo)`)
    await chooser.waitFor({ state: 'detached' })
    await expect.poll(() => page.locator('.sidebar__footer').innerText()).toContain('Offline')
    expect(await app.call('leads.list', {})).toEqual(solo)

    // The offline copy saved above opens where it is, as a solo workspace named by its file.
    await app.emit('command', { command: 'open-workspace' })
    app.platform.workspaceFiles.push(offline)
    await chooser.getByRole('button', { name: 'Open a workspace file…' }).click()
    await expect.poll(() => page.title()).toBe(`Baton — ${offline} (solo)`)
    expect(await app.call('leads.list', {})).toEqual(solo)

    // And back to the team from the palette: its server, stopped with it, starts again.
    await page.keyboard.press('Control+k')
    const palette = page.getByRole('dialog', { name: 'Search and commands' })
    await palette.getByRole('combobox').fill('open workspace')
    await palette.getByRole('option', { name: /^Open workspace…/ }).click()
    await chooser.getByRole('button', { name: 'Open Lumen & Co' }).click()
    await expect.poll(() => page.title(), { timeout: 90_000 }).toBe('Baton — Lumen & Co (team, 127.0.0.1)')
    await expect.poll(() => page.locator('.sidebar__footer').innerText()).toContain('Team · Olivia Grant · Owner')
    expect(await app.call('leads.list', {})).toEqual(solo)
    expect(app.errors).toEqual([])
  })
})
