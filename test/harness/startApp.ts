import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { InputOf, Method, ResultOf } from '@shared/contract'
import type { IpcResult } from '@shared/errors'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll } from 'vitest'
import { AppSession } from '../../src/main/session'
import type { Workspace } from '../../src/main/workspace'
import type { AppEventName, AppEvents } from '@shared/contract/events'
import { EMIT, installBridge } from './pageBridge'
import { ScriptedPlatform } from './scriptedPlatform'
import { RENDERER_DIR, ROOT, SCREENSHOT_DIR } from './paths'
import { serveStatic, type StaticServer } from './staticServer'

const CHROMIUM = process.env['BATON_CHROMIUM'] ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const VIEWPORT = { width: 1280, height: 800 }

export interface StartOptions {
  /** Open this workspace folder instead of a fresh temp one (it is never deleted). */
  dataDir?: string
  /** Load the sample workspace with this many leads (10–20000) before the page opens. */
  seedLeads?: number
  /** Hash route to open first, e.g. '/campaigns'. Defaults to the app's home. */
  path?: string
  /** The operating system's theme, as prefers-color-scheme reports it (default light). */
  colorScheme?: 'light' | 'dark'
  /**
   * Open this team workspace (postgres://member:password@127.0.0.1:port/database) as that member
   * would with BATON_DATABASE_URL: two apps with two members' addresses are two people on one
   * team. Its live events (data-changed, server-status) reach the page as main sends them.
   */
  databaseUrl?: string
}

export interface RunningApp {
  page: Page
  /** Chromium, shared by the apps of one test file: close the app, not the browser. */
  browser: Browser
  /** This app's own context (fresh storage, 1280×800). */
  context: BrowserContext
  /** The open workspace; a new object after restart() or a switch to another workspace. */
  readonly workspace: Workspace
  /** What the app has open, and switching to another workspace (a team's). */
  readonly session: AppSession
  /** Answers the native file and folder pickers (queue a fixture path before the click). */
  platform: ScriptedPlatform
  dataDir: string
  /** The served index page (without a hash). */
  url: string
  /** Uncaught page errors, console errors, failed requests and `internal` call errors, in order. */
  errors: string[]
  /** Calls `window.baton[method](input)` inside the page, exactly as the renderer would. */
  call<M extends Method>(method: M, input: InputOf<M>): Promise<IpcResult<ResultOf<M>>>
  /** Sends an event to the page as main would (a menu click, a clicked notification). */
  emit<E extends AppEventName>(event: E, payload: AppEvents[E]): Promise<void>
  /** Goes to a hash route ('/campaigns') and waits for the app to render. */
  goto(path: string): Promise<void>
  /** Saves test-results/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>
  /** Reloads the page; the database stays open, so what was saved must still be there. */
  reload(): Promise<void>
  /** Quits and reopens the app on the same data folder: the workspace is closed and opened again, then the page reloads. */
  restart(): Promise<void>
  /** Closes the app's browser context, the server and the workspace; removes a temp data folder unless KEEP_E2E_DATA is set. Safe to call twice. */
  close(): Promise<void>
}

const appVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version

// One Chromium per test file (vitest gives each file its own copy of this module); each app
// gets its own browser context — its own cookies, storage and cache, like a fresh profile —
// which costs a fraction of a second where a launch costs up to a second on a busy machine.
let sharedBrowser: Promise<Browser> | undefined

function browserForThisFile(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`e2e: no Chromium at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (or set BATON_CHROMIUM). Never \`npx playwright install\`.`)
  }
  if (!sharedBrowser) {
    const launching = chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    sharedBrowser = launching
    const forget = () => {
      if (sharedBrowser === launching) sharedBrowser = undefined
    }
    void launching.then((browser) => browser.on('disconnected', forget), forget)
  }
  return sharedBrowser
}

async function closeSharedBrowser(): Promise<void> {
  const launching = sharedBrowser
  sharedBrowser = undefined
  if (launching) await (await launching.catch(() => undefined))?.close()
}

// Registered while the test file imports this module, so it runs after the file's last test.
afterAll(closeSharedBrowser, 30_000)

async function waitForApp(page: Page): Promise<void> {
  // React has rendered something into #root: the app frame, or MissingBridge if the bridge failed.
  await page.locator('#root > *').first().waitFor({ state: 'attached' })
  // Pages are loaded as their own chunks: wait until the first one has replaced "Loading…".
  await page.locator('.page-loading').waitFor({ state: 'detached' })
}

/** Runs each cleanup step even when an earlier one fails, then reports the first failure. */
async function cleanUp(steps: Array<(() => unknown) | undefined>): Promise<void> {
  const failures: unknown[] = []
  for (const step of steps) {
    if (!step) continue
    try {
      await step()
    } catch (error) {
      failures.push(error)
    }
  }
  if (failures.length > 0) throw failures[0]
}

/**
 * Starts Baton for a journey: the built renderer (out/renderer, built once per run by
 * globalSetup) served on 127.0.0.1, opened in a fresh Chromium whose `window.baton`
 * runs the real main-process handlers on a real SQLite file in a temp folder.
 */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('e2e: out/renderer/index.html is missing. Run `npx electron-vite build` (the e2e globalSetup does it unless BATON_E2E_SKIP_BUILD is set).')
  }
  const ownsDataDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'baton-e2e-'))
  const errors: string[] = []
  let session: AppSession | undefined
  let server: StaticServer | undefined
  let context: BrowserContext | undefined

  const removeDataDir = () => {
    if (!ownsDataDir) return
    if (process.env['KEEP_E2E_DATA']) console.log(`e2e: kept the workspace in ${dataDir}`)
    else rmSync(dataDir, { recursive: true, force: true })
  }

  const platform = new ScriptedPlatform(join(dataDir, 'keychain.json'))
  // Main's events reach the page once it is open (as in the app, none is kept for a window that is not there yet).
  let toPage: (event: AppEventName, payload: unknown) => void = () => undefined
  const newSession = async () => {
    const opened = new AppSession({ appDataDir: dataDir, soloDir: dataDir, appVersion, platform, events: (event, payload) => toPage(event, payload) })
    await opened.start(options.databaseUrl)
    return opened
  }
  try {
    session = await newSession()
    if (options.seedLeads !== undefined) {
      const seeded = await session.dispatch('app.loadSample', { leads: options.seedLeads })
      if (!seeded.ok) throw new Error(`e2e: could not load sample data: ${seeded.error.message}`)
    }
    server = await serveStatic(RENDERER_DIR)
    const url = server.url
    const origin = new URL(url).origin
    const browser = await browserForThisFile()
    context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US', colorScheme: options.colorScheme ?? 'light' })
    await installBridge(context, {
      dispatch: () => {
        if (!session) throw new Error('e2e: the workspace is closed')
        return session.dispatch
      },
      isTrustedUrl: (frameUrl) => URL.canParse(frameUrl) && new URL(frameUrl).origin === origin,
      onInternalError: (method, result) => errors.push(`internal error from ${String(method)}: ${JSON.stringify(result)}`),
    })
    platform.attach(context, url)
    const page = await context.newPage()
    page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`))
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      const { url: source, lineNumber } = message.location()
      errors.push(`console error: ${message.text()}${source ? ` (${source}:${lineNumber})` : ''}`)
    })
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? ''
      // ERR_ABORTED is the browser dropping a request itself, e.g. page chunks still on their way
      // when a journey reloads or closes the page; a missing file shows up as an HTTP error below.
      if (reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} ${reason}`)
    })
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`)
    })
    page.on('crash', () => errors.push('page crashed'))
    toPage = (event, payload) => {
      page
        .evaluate(([emit, name, value]) => (globalThis as unknown as Record<string, ((name: string, payload: unknown) => void) | undefined>)[emit]?.(name, value), [EMIT, event, payload] as const)
        .catch(() => undefined)
    }

    const goto = async (path: string) => {
      await page.goto(`${url}#${path.startsWith('/') ? path : `/${path}`}`)
      await waitForApp(page)
    }
    if (options.path) await goto(options.path)
    else {
      await page.goto(url)
      await waitForApp(page)
    }

    const openContext = context
    const openServer = server
    let closed = false
    return {
      page,
      browser,
      context: openContext,
      get workspace() {
        if (!session) throw new Error('e2e: the workspace is closed')
        return session.workspace
      },
      get session() {
        if (!session) throw new Error('e2e: the workspace is closed')
        return session
      },
      platform,
      dataDir,
      url,
      errors,
      call: (method, input) =>
        page.evaluate(
          ([name, value]) => (globalThis as unknown as { baton: Record<string, (input: unknown) => Promise<unknown>> }).baton[name]!(value),
          [method, input as unknown] as const,
        ) as Promise<IpcResult<ResultOf<typeof method>>>,
      emit: (event, payload) =>
        page.evaluate(([emit, name, value]) => (globalThis as unknown as Record<string, (name: string, payload: unknown) => void>)[emit]!(name, value), [EMIT, event, payload as unknown] as const),
      goto,
      async screenshot(name) {
        mkdirSync(SCREENSHOT_DIR, { recursive: true })
        const path = join(SCREENSHOT_DIR, `${name}.png`)
        await page.screenshot({ path })
        return path
      },
      async reload() {
        await page.reload()
        await waitForApp(page)
      },
      async restart() {
        // Leave the app first, so no call lands while the database is closed — as when the window closes on quit.
        const where = page.url()
        await page.goto('about:blank')
        await session?.close()
        session = undefined
        session = await newSession()
        await page.goto(where)
        await waitForApp(page)
      },
      async close() {
        if (closed) return
        closed = true
        const open = session
        session = undefined
        await cleanUp([() => openContext.close(), () => openServer.close(), open && (() => open.close()), removeDataDir])
      },
    }
  } catch (error) {
    const open = session
    const openContext = context
    await cleanUp([openContext && (() => openContext.close()), server && (() => server!.close()), open && (() => open.close()), removeDataDir]).catch(() => {})
    throw error
  }
}
