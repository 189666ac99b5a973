import { chmodSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseInvitation } from '../../src/main/features/team-server/invitation'
import { freePort } from '../harness/freePort'
import { startApp, type RunningApp } from '../harness/startApp'

// Settings → Team: a firm's owner hosts the team on this computer (embedded PostgreSQL with
// TLS), invites a colleague, sees the password once and saves the invitation file.

describe('Settings → Team', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('hosts the team here, lists members with their roles, invites someone and saves the invitation', async () => {
    app = await startApp({ path: '/settings' })
    const { page } = app
    // As root the server runs as the `postgres` user, which must be able to walk into Baton's folder.
    chmodSync(app.dataDir, 0o755)
    await expect.poll(() => page.title()).toBe(`Baton — ${app.dataDir} (solo)`)

    await page.getByRole('button', { name: /Host it on this computer/ }).click()
    const host = page.getByRole('dialog', { name: 'Host the team on this computer' })
    await host.getByLabel('Team name').fill('Lumen & Co')
    await host.getByLabel('Your name').fill('Olivia Grant')
    await host.getByLabel('This computer only').check()
    await host.getByLabel('Port').fill(String(await freePort()))
    // An empty team: moving the solo workspace in is team-move.e2e.ts's journey.
    await host.getByLabel(/Move this workspace to the team server/).uncheck()
    await host.getByRole('button', { name: 'Set up and open the team' }).click()

    const card = page.getByRole('region', { name: 'Lumen & Co' })
    await card.or(host.getByRole('alert')).first().waitFor({ timeout: 90_000 })
    if (await host.getByRole('alert').isVisible()) throw new Error(`hosting failed: ${await host.getByRole('alert').innerText()}`)
    await expect.poll(() => page.title()).toBe('Baton — Lumen & Co (team, 127.0.0.1)')
    await card.getByText('Encrypted; this computer trusts only the server’s own certificate.').waitFor()
    await expect.poll(() => page.locator('.sidebar__footer').innerText()).toContain('Team · Olivia Grant · Owner')

    // Two colleagues already on the team, one who owns leads; a former one removed.
    const invite = async (name: string, role: 'member' | 'viewer') => {
      const result = await app!.call('teamServer.invite', { name, email: `${name.split(' ')[0]!.toLowerCase()}@lumen.example`, role })
      if (!result.ok) throw new Error(result.error.message)
      return result.value
    }
    await invite('Priya Raman', 'member')
    await invite('Tom Becker', 'viewer')
    const former = await invite('Sam Ortiz', 'member')
    for (const [person, owner] of [['Dana Li', 'Priya Raman'], ['Bo Chen', 'Priya Raman'], ['Ed Park', 'Olivia Grant'], ['Ana Ruiz', 'Sam Ortiz']]) {
      expect(await app.call('leads.create', { personName: person!, owner: owner! })).toMatchObject({ ok: true })
    }
    expect(await app.call('teamServer.remove', { memberId: former.member.id })).toMatchObject({ ok: true })
    await page.reload()
    await card.waitFor()

    const members = card.getByRole('table', { name: 'Members' })
    await members.getByText('Priya Raman').waitFor()
    await expect.poll(() => members.getByLabel('Role of Tom Becker').inputValue()).toBe('viewer')
    await card.getByText('Also on the team list, without a login: Sam Ortiz (removed)').waitFor()
    await card.evaluate((element: { scrollIntoView(options: { block: string }): void }) => element.scrollIntoView({ block: 'start' }))
    await app.screenshot('team-settings')

    // Invite Mo: the password shows once, and the invitation carries it.
    await card.getByRole('button', { name: 'Invite someone' }).click()
    const dialog = page.getByRole('dialog', { name: 'Invite someone to Lumen & Co' })
    await dialog.getByLabel('Name', { exact: true }).fill('Mo Haddad')
    await dialog.getByLabel(/^Member/).check()
    await dialog.getByRole('button', { name: 'Make an invitation' }).click()
    const issued = page.getByRole('dialog', { name: 'Invitation for Mo Haddad' })
    const password = await issued.getByLabel('Password').innerText()
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/)
    const file = join(app.dataDir, 'Mo Haddad.baton-team')
    app.platform.savePaths.push(file)
    await issued.getByRole('button', { name: 'Save invitation…' }).click()
    await issued.getByRole('status').getByText('Saved to').waitFor()
    await app.screenshot('team-invitation')

    const invitation = parseInvitation(readFileSync(file, 'utf8'), 'Mo Haddad.baton-team')
    expect(invitation).toMatchObject({ team: 'Lumen & Co', member: { name: 'Mo Haddad', role: 'member' }, login: { password }, tls: { mode: 'pinned' }, issued: { by: 'Olivia Grant' } })
    await issued.getByRole('button', { name: 'Done' }).click()
    await members.getByText('Mo Haddad').waitFor()
    expect(app.errors).toEqual([])
  }, 180_000)
})
