import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import type { Achievability, PastValue } from '@shared/domain/goalsAchievability'
import { periodAround } from '@shared/domain/goalsPeriod'
import { dragWithMouse } from '../harness/drag'
import { startApp, type RunningApp } from '../harness/startApp'

const localToday = () => new Date().toLocaleDateString('en-CA')
const figure = (page: Page, label: string) => page.locator('.goal-figure').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd')

describe('SMART goals', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('shows the sample goals, their tree, and a shared goal that measures itself as a lead is won', async () => {
    app = await startApp({ seedLeads: 400, path: '/goals' })
    const { page } = app
    const quarter = periodAround('quarter', localToday())

    // The sample workspace: goals grouped by team and period, each with a burn-up chart.
    await page.getByRole('region', { name: /^Q\d \d{4}$/ }).first().waitFor()
    await page.locator('.goal-card canvas').first().waitFor()
    await page.getByRole('article').filter({ hasText: 'Missed' }).first().waitFor()
    await app.screenshot('goals-page')

    // A shared goal's tree: the marketing and sales goals that add up to it, each with its status.
    const sharedRevenue = page.getByRole('region', { name: /^Q\d \d{4}$/ }).first().getByRole('link', { name: /^Q\d \d{4} revenue$/ })
    await sharedRevenue.click()
    const tree = page.getByRole('region', { name: 'Goal tree' })
    await tree.getByText(/^Qualified leads/).waitFor()
    await tree.getByText(/^Win rate/).waitFor()
    await page.locator('.goal-section canvas').first().waitFor()
    await app.screenshot('goals-tree')

    // A new shared revenue goal for this quarter: the checklist flags a too-ambitious target and a missing end date.
    await app.goto('/goals')
    await page.getByRole('button', { name: 'New goal' }).click()
    const editor = page.getByRole('dialog', { name: 'New goal' })
    const checklist = editor.getByRole('complementary', { name: 'SMART checklist' })
    await editor.getByLabel('Title', { exact: true }).fill('Quarter revenue push')
    await editor.getByLabel('What exactly', { exact: true }).fill('Deals won in any pipeline this quarter')
    await editor.getByLabel('Team', { exact: true }).selectOption('shared')
    await editor.getByLabel('Owner', { exact: true }).selectOption('Maya Chen')
    await editor.getByLabel('Metric', { exact: true }).selectOption('won_revenue')
    await editor.getByLabel('Target', { exact: true }).fill('50000000')
    await editor.getByRole('button', { name: 'This quarter' }).click()
    await editor.getByLabel('Why it matters', { exact: true }).fill('Funds the spring hiring plan')
    await checklist.getByRole('listitem', { name: 'Achievable is weak' }).getByText(/rarely reached/).waitFor()
    await editor.getByLabel('Ends', { exact: true }).fill('')
    await checklist.getByRole('listitem', { name: 'Time-bound is missing' }).getByText('Add an end date: a goal without a deadline cannot be tracked.').waitFor()
    await editor.getByRole('button', { name: 'Create goal' }).click()
    await editor.getByRole('alert').filter({ hasText: 'Add an end date' }).waitFor()
    await editor.getByLabel('Ends', { exact: true }).fill(quarter.end)
    await checklist.getByRole('listitem', { name: 'Achievable is weak' }).waitFor()
    await app.screenshot('goals-editor')

    // Fix the target: the best quarter of the firm's own history is within reach by definition.
    const check = await app.workspace.dispatch('goals.achievability', { metric: 'won_revenue', filters: {}, startsOn: quarter.start, endsOn: quarter.end, target: 1 })
    if (!check.ok) throw new Error(check.error.message)
    const best = (check.value as Achievability & { history: PastValue[] }).best ?? 0
    const target = Math.ceil(best / 100)
    await editor.getByLabel('Target', { exact: true }).fill(String(target))
    await checklist.getByRole('listitem', { name: 'Achievable holds' }).getByText(/Within reach/).waitFor()
    await editor.getByRole('button', { name: 'Create goal' }).click()
    await page.getByRole('heading', { level: 1, name: 'Quarter revenue push' }).waitFor()
    const goalUrl = page.url()

    // A supporting sales goal under it.
    await page.getByRole('button', { name: 'Add supporting goal' }).click()
    const support = page.getByRole('dialog', { name: 'New goal' })
    await support.getByLabel('Title', { exact: true }).fill('Deals closed by sales')
    await support.getByLabel('What exactly', { exact: true }).fill('Deals won this quarter')
    await support.getByLabel('Team', { exact: true }).selectOption('sales')
    await support.getByLabel('Owner', { exact: true }).selectOption('Jordan Ellis')
    await support.getByLabel('Metric', { exact: true }).selectOption('deals_won')
    await support.getByLabel('Target', { exact: true }).fill('40')
    await support.getByLabel('Why it matters', { exact: true }).fill('Each deal is a customer for the spring upsell')
    expect(await support.getByLabel('Supports goal', { exact: true }).inputValue()).not.toBe('')
    await support.getByRole('button', { name: 'Create goal' }).click()
    await page.getByRole('heading', { level: 1, name: 'Deals closed by sales' }).waitFor()
    await page.getByRole('region', { name: 'Goal tree' }).getByRole('link', { name: 'Quarter revenue push' }).waitFor()

    // Before: the shared goal's figures.
    await page.goto(goalUrl)
    await page.getByRole('heading', { level: 1, name: 'Quarter revenue push' }).waitFor()
    const before = { current: await figure(page, 'Current').textContent(), forecast: await figure(page, 'Forecast at end').textContent(), status: await page.locator('.goal-page__title .goal-status').textContent() }
    expect(before.status).not.toBe('Achieved')

    // Win a lead on the board with the whole target as its value.
    await app.goto('/pipeline')
    await page.getByRole('list', { name: 'Goals this page feeds' }).getByRole('link', { name: /Quarter revenue push/ }).waitFor()
    const negotiation = page.getByRole('region', { name: /^Negotiation, \d+ leads$/ })
    const card = negotiation.locator('[data-lead-id]').first()
    await card.waitFor()
    await card.getByRole('button').focus()
    await dragWithMouse(page, card, page.locator('.close-zone--won'), { offsetY: 40 })
    const win = page.getByRole('dialog', { name: /as won/ })
    await win.getByLabel('Final value (USD)').fill(String(target))
    await win.getByRole('button', { name: 'Mark as won' }).click()
    await win.waitFor({ state: 'detached' })
    await page.getByRole('link', { name: /Quarter revenue push \d+% — achieved/ }).waitFor()

    // After: progress, forecast and status have moved.
    await page.getByRole('link', { name: /Quarter revenue push/ }).click()
    await page.locator('.goal-page__title .goal-status', { hasText: 'Achieved' }).waitFor()
    expect(await figure(page, 'Current').textContent()).not.toBe(before.current)
    expect(await figure(page, 'Forecast at end').textContent()).not.toBe(before.forecast)
    expect(await figure(page, 'Progress').textContent()).toMatch(/^(1\d\d|[2-9]\d\d)%$/)
    await page.getByRole('table', { name: 'Deals won in the period' }).waitFor()
    expect(app.errors).toEqual([])
  })
})
