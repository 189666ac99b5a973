import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { Pipeline } from '@shared/domain/pipelines'
import { startApp, type RunningApp } from '../harness/startApp'

const column = (page: Page, stageId: number) => page.locator(`section.board-column[data-stage-id="${stageId}"]`)
const dragAnnouncement = (page: Page) => page.locator('[id^="DndLiveRegion"]').textContent()

describe('a move that main refuses', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('puts the card back where it was and says why', async () => {
    app = await startApp({ seedLeads: 400, path: '/pipeline' })
    const { page } = app
    const pipelines = await app.workspace.dispatch('pipelines.list', {})
    if (!pipelines.ok) throw new Error(pipelines.error.message)
    const stages = (pipelines.value as Pipeline[])[0]!.stages
    const qualified = stages.find((s) => s.name === 'Qualified')!
    const proposal = stages.find((s) => s.name === 'Proposal')!
    const negotiation = stages.find((s) => s.name === 'Negotiation')!
    const card = column(page, qualified.id).locator('[data-lead-id]').first()
    await card.waitFor()
    const leadId = Number(await card.getAttribute('data-lead-id'))
    const name = (await card.locator('.lead-card__person').textContent())!

    // Meanwhile (another window, an import…) Proposal is deleted; this board still shows it.
    const deleted = await app.workspace.dispatch('stages.delete', { id: proposal.id, moveLeadsToStageId: negotiation.id })
    expect(deleted.ok).toBe(true)

    await card.getByRole('button').focus()
    await page.keyboard.press('Space')
    await expect.poll(() => dragAnnouncement(page)).toMatch(/picked up/i)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => dragAnnouncement(page)).toMatch(new RegExp(`^${name} is over Proposal`))
    await page.keyboard.press('Space')

    const alert = page.getByRole('alert').filter({ hasText: `Couldn't move ${name}` })
    await alert.waitFor()
    expect(await alert.textContent()).toContain('That stage no longer exists. Reload the board and try again. The card is back where it was.')
    await app.screenshot('15-move-refused')
    await expect.poll(() => column(page, qualified.id).locator(`[data-lead-id="${leadId}"]`).count()).toBe(1)
    expect(await page.locator(`[data-lead-id="${leadId}"]`).count()).toBe(1)
    const lead = await app.workspace.dispatch('leads.get', { id: leadId })
    expect(lead.ok && (lead.value as { stageId: number }).stageId).toBe(qualified.id)
    // The refused call is a user-facing error, not an internal one.
    expect(app.errors).toEqual([])
  })
})
