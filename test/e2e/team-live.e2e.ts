import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPostgres } from '../../src/main/db/open-postgres'
import { inviteMember } from '../../src/main/features/team-server/members'
import { provisionTeam } from '../../src/main/features/team-server/provision'
import { startPostgresServer, type PostgresServer } from '../harness/postgresServer'
import { startApp, type RunningApp } from '../harness/startApp'

// Three people on one team workspace, on a PostgreSQL this test starts on 127.0.0.1: Olivia
// (owner) and Mo (member) in two windows, Vi (viewer) in a third. What one commits shows in the
// other's window without a reload; a save based on what the other just changed is refused with
// their name and the text kept; a viewer's cards do not pick up; and when the server stops in
// the middle of an edit, a banner says since when, and the edit saves once it is back.

const column = (page: Page, stageId: number) => page.locator(`section.board-column[data-stage-id="${stageId}"]`)
const card = (page: Page, stageId: number, leadId: number) => column(page, stageId).locator(`[data-lead-id="${leadId}"]`)

async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded()
  const start = await from.boundingBox()
  const end = await to.boundingBox()
  if (!start || !end) throw new Error('drag: an element is not on screen')
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2)
  await page.mouse.down()
  await page.mouse.move(start.x + start.width / 2 + 12, start.y + start.height / 2 + 4, { steps: 4 })
  await page.mouse.move(end.x + end.width / 2, end.y + 30, { steps: 16 })
  await page.mouse.up()
}

function ok<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('a team on one workspace, live', () => {
  let server: PostgresServer
  let olivia: RunningApp
  let mo: RunningApp
  let vi: RunningApp

  beforeAll(async () => {
    server = await startPostgresServer()
    const team = await provisionTeam({ admin: { url: server.url() }, database: 'lumen_team', teamName: 'Lumen & Co', owner: { name: 'Olivia Grant', email: null } })
    const address = (login: string, password: string) => {
      const url = new URL(server.url('lumen_team'))
      url.username = login
      url.password = password
      return url.toString()
    }
    const ownerUrl = address(team.owner.login, team.owner.password)
    const setup = await openPostgres(ownerUrl)
    const member = await inviteMember(setup.db, { name: 'Mo Reyes', email: null, role: 'member' })
    const viewer = await inviteMember(setup.db, { name: 'Vi Chen', email: null, role: 'viewer' })
    await setup.close()
    olivia = await startApp({ databaseUrl: ownerUrl, path: '/pipeline' })
    for (const [personName, company, valueMinor] of [
      ['Dana Li', 'Northwind Dental', 1_250_000],
      ['Bo Marsh', 'Harbor Clinics', 480_000],
      ['Ed Park', 'Parkside Vets', 920_000],
      ['Ines Vidal', 'Vidal & Hijos', 2_100_000],
    ] as const) {
      ok(await olivia.call('leads.create', { personName, company, valueMinor, owner: 'Olivia Grant' }))
    }
    mo = await startApp({ databaseUrl: address(member.login, member.password), path: '/pipeline' })
    vi = await startApp({ databaseUrl: address(viewer.login, viewer.password), path: '/pipeline' })
  }, 120_000)
  afterAll(async () => {
    await vi?.close()
    await mo?.close()
    await olivia?.close()
    await server?.stop()
  })

  it('shows a card Olivia moves on Mo’s board without a reload', async () => {
    const pipelines = ok(await olivia.call('pipelines.list', {}))
    const [first, second] = pipelines[0]!.stages
    const leads = ok(await olivia.call('leads.list', {}))
    const dana = leads.leads.find((l) => l.personName === 'Dana Li')!
    await card(mo.page, first!.id, dana.id).waitFor()
    await card(olivia.page, first!.id, dana.id).waitFor()

    await dragWithMouse(olivia.page, card(olivia.page, first!.id, dana.id), column(olivia.page, second!.id).locator('.board-column__cards'))
    // Mo's board follows: the card leaves New and appears in the next stage.
    await card(mo.page, second!.id, dana.id).waitFor({ timeout: 5_000 })
    await card(mo.page, first!.id, dana.id).waitFor({ state: 'detached' })
    await mo.screenshot('team-live-update')
  })

  it('refuses Mo’s save of a lead Olivia just changed, naming her and keeping his text', async () => {
    const leads = ok(await mo.call('leads.list', {}))
    const bo = leads.leads.find((l) => l.personName === 'Bo Marsh')!
    await mo.goto(`/pipeline?lead=${bo.id}`)
    const drawer = mo.page.getByRole('dialog', { name: 'Bo Marsh' })
    await drawer.getByLabel('Notes').fill('Call back Thursday about the second clinic')
    ok(await olivia.call('leads.update', { id: bo.id, fields: { valueMinor: 650_000 } }))
    await drawer.getByRole('button', { name: 'Save changes' }).click()

    const refusal = drawer.getByRole('alert')
    await refusal.getByText(/^Olivia Grant changed the value of this lead (just now|\d+ seconds ago)\./).waitFor()
    expect(await drawer.getByLabel('Notes').inputValue()).toBe('Call back Thursday about the second clinic')
    // The fields Mo left alone show Olivia's newer value.
    await expect.poll(() => drawer.getByLabel('Deal value (USD)').inputValue()).toBe('6500')
    await mo.screenshot('team-conflict')

    await refusal.getByRole('button', { name: 'Apply my changes again' }).click()
    await drawer.getByText('Saved.').waitFor()
    expect(ok(await olivia.call('leads.get', { id: bo.id }))).toMatchObject({ valueMinor: 650_000, notes: 'Call back Thursday about the second clinic' })
    await mo.page.keyboard.press('Escape')
  })

  it('gives a viewer cards that do not pick up', async () => {
    const pipelines = ok(await vi.call('pipelines.list', {}))
    const first = pipelines[0]!.stages[0]!
    const leads = ok(await vi.call('leads.list', {}))
    const ed = leads.leads.find((l) => l.personName === 'Ed Park')!
    const handle = card(vi.page, first.id, ed.id).getByRole('button', { name: /Ed Park/ })
    await expect.poll(() => handle.getAttribute('aria-disabled')).toBe('true')
  })

  it('says when the server went away mid-edit, keeps the page, and saves the edit once it is back', async () => {
    const leads = ok(await mo.call('leads.list', {}))
    const ines = leads.leads.find((l) => l.personName === 'Ines Vidal')!
    await mo.goto(`/pipeline?lead=${ines.id}`)
    const drawer = mo.page.getByRole('dialog', { name: 'Ines Vidal' })
    await drawer.getByLabel('Notes').fill('Budget signed off by the board')

    await server.shutDown()
    const banner = mo.page.getByRole('alert').filter({ hasText: 'Can’t reach the team server since' })
    await banner.waitFor({ timeout: 15_000 })
    await banner.getByText('changes can’t be saved; Baton keeps trying').waitFor()
    // What was loaded stays on screen: the board behind and the drawer with the typed text.
    expect(await drawer.getByLabel('Notes').inputValue()).toBe('Budget signed off by the board')
    await drawer.getByRole('button', { name: 'Save changes' }).click()
    const failed = drawer.getByText(/lost its connection to the team database, so nothing was saved/)
    await failed.waitFor()
    await failed.scrollIntoViewIfNeeded()
    await mo.screenshot('team-banner')

    await server.restart()
    await mo.page.getByRole('status').filter({ hasText: 'Reconnected' }).waitFor({ timeout: 30_000 })
    await drawer.getByRole('button', { name: 'Save changes' }).click()
    await drawer.getByText('Saved.').waitFor()
    expect(ok(await olivia.call('leads.get', { id: ines.id }))).toMatchObject({ notes: 'Budget signed off by the board' })
  })
})
