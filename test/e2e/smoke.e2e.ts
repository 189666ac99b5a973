import { afterEach, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from '../harness/startApp'

type PageBaton = Record<string, unknown>

describe('smoke: the built app starts on an empty workspace', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  it('renders the app frame with its sidebar and logs no errors', async () => {
    app = await startApp()
    const { page } = app

    expect(await page.title()).toBe('Baton')
    const sidebar = page.getByRole('navigation', { name: 'Main' })
    for (const label of ['Pipeline', 'Campaigns', 'Goals', 'Reports', 'Settings']) {
      await expect.poll(() => sidebar.getByRole('link', { name: label, exact: true }).count()).toBe(1)
    }
    await app.screenshot('smoke-empty-workspace')

    const info = await app.call('app.info', {})
    expect(info).toMatchObject({ ok: true, value: { campaignCount: 0, leadCount: 0 } })

    // Going through the sidebar re-renders a page without errors, and a reload keeps the app up.
    await sidebar.getByRole('link', { name: 'Campaigns', exact: true }).click()
    await expect.poll(() => new URL(page.url()).hash).toBe('#/campaigns')
    await app.reload()
    await expect.poll(() => sidebar.getByRole('link', { name: 'Campaigns', exact: true }).getAttribute('aria-current')).toBe('page')

    expect(app.errors).toEqual([])
  })

  it('exposes exactly the contract on window.baton, validates input and knows no other calls', async () => {
    app = await startApp()
    const { page } = app

    const shape = await page.evaluate(() => {
      const baton = (globalThis as unknown as { baton: PageBaton }).baton
      return {
        frozen: Object.isFrozen(baton),
        nonFunctions: Object.entries(baton).filter(([, value]) => typeof value !== 'function').map(([key]) => key),
        hasInfo: typeof baton['app.info'] === 'function',
        hasUnknown: 'no.such.call' in baton,
        hasRequire: 'require' in globalThis || 'process' in globalThis,
      }
    })
    expect(shape).toEqual({ frozen: true, nonFunctions: [], hasInfo: true, hasUnknown: false, hasRequire: false })

    const bad = await app.call('app.loadSample', { leads: 'lots' as unknown as number })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'leads' } })
    const extra = await app.call('app.info', { drop: 'tables' } as unknown as Record<string, never>)
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } })

    // Structured-clone parity: `undefined` input is defaulted like IPC's, results arrive as plain data.
    const viaUndefined = await page.evaluate(() => (globalThis as unknown as { baton: Record<string, (input?: unknown) => Promise<unknown>> }).baton['app.info']!())
    expect(viaUndefined).toMatchObject({ ok: true, value: { appVersion: expect.any(String) as unknown } })

    // Reaching past window.baton to the binding with a name the contract does not know is refused too.
    const unknown = await page.evaluate(() => (globalThis as unknown as { __batonCall: (m: string, i: unknown) => Promise<unknown> }).__batonCall('no.such.call', {}))
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } })

    expect(app.errors).toEqual([])
  })

  it('keeps what was saved when the app restarts on the same data folder', async () => {
    app = await startApp()
    const loaded = await app.call('app.loadSample', { leads: 10 })
    expect(loaded).toMatchObject({ ok: true, value: { leads: 10 } })
    await app.restart()
    const info = await app.call('app.info', {})
    expect(info).toMatchObject({ ok: true, value: { leadCount: 10 } })
    expect(info.ok && info.value.dataFile.startsWith(app.dataDir)).toBe(true)
    expect(app.errors).toEqual([])
  })

  it('runs under the app’s own strict CSP (the harness does not weaken it)', async () => {
    app = await startApp()
    await expect(app.page.addScriptTag({ content: 'globalThis.__inlineRan = true' })).rejects.toThrow(/Content Security Policy/)
    expect(await app.page.evaluate(() => '__inlineRan' in globalThis)).toBe(false)
    // The refusal is reported as a console error: exactly that one, and nothing else.
    expect(app.errors).toEqual([expect.stringMatching(/^console error: .*violates the following Content Security Policy directive 'script-src 'self''/)])
  })
})
