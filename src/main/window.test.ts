import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, externalUrl, isAppUrl, windowOptions } from './window'

const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]))

describe('windowOptions', () => {
  const options = windowOptions('/app/out/preload/index.cjs')
  const web = options.webPreferences ?? {}

  it('isolates and sandboxes the renderer', () => {
    expect(web.contextIsolation).toBe(true)
    expect(web.sandbox).toBe(true)
    expect(web.nodeIntegration).toBe(false)
    expect(web.nodeIntegrationInWorker).toBe(false)
    expect(web.nodeIntegrationInSubFrames).toBe(false)
    expect(web.webviewTag).toBe(false)
    expect(web.webSecurity).toBe(true)
    expect(web.allowRunningInsecureContent).toBe(false)
  })

  it('loads the given preload and waits to show until ready', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs')
    expect(options.show).toBe(false)
  })

  it('sets an icon only when one is given', () => {
    expect(options).not.toHaveProperty('icon')
    expect(windowOptions('/p.cjs', '/icon.png').icon).toBe('/icon.png')
  })
})

describe('content security policy', () => {
  it('allows only the app itself in production', () => {
    const csp = directives(contentSecurityPolicy(undefined))
    expect(contentSecurityPolicy(undefined)).toBe(CONTENT_SECURITY_POLICY)
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
  })

  it('never allows eval, not even for the dev server', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(contentSecurityPolicy('http://localhost:5173')).not.toContain('unsafe-eval')
  })

  it('lets the dev server load scripts and open its hot-reload socket', () => {
    const csp = directives(contentSecurityPolicy('http://localhost:5173/some/path'))
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'", 'http://localhost:5173'])
    expect(csp.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173'])
  })

  it('uses wss for an https dev server', () => {
    expect(directives(contentSecurityPolicy('https://127.0.0.1:5173')).get('connect-src')).toContain('wss://127.0.0.1:5173')
  })
})

describe('isAppUrl', () => {
  const rendererFile = '/opt/Baton App/resources/app.asar/out/renderer/index.html'
  const packaged = { rendererFile }
  const rendererUrl = pathToFileURL(rendererFile).href

  it('accepts the renderer file URL', () => {
    expect(rendererUrl).toContain('Baton%20App')
    expect(isAppUrl(rendererUrl, packaged)).toBe(true)
  })

  it('accepts it with a hash route or a query', () => {
    expect(isAppUrl(`${rendererUrl}#/leads/42`, packaged)).toBe(true)
    expect(isAppUrl(`${rendererUrl}?tab=board`, packaged)).toBe(true)
  })

  it('accepts a Windows path', () => {
    const windows = { rendererFile: 'C:\\Program Files\\Baton\\resources\\app.asar\\out\\renderer\\index.html' }
    expect(isAppUrl('file:///C:/Program%20Files/Baton/resources/app.asar/out/renderer/index.html#/', windows)).toBe(true)
    expect(isAppUrl('file:///C:/Program%20Files/Baton/resources/other.html', windows)).toBe(false)
  })

  it.each([
    ['another file', 'file:///opt/Baton%20App/resources/app.asar/out/renderer/other.html'],
    ['a file in another folder', 'file:///tmp/index.html'],
    ['a path that climbs out and back', 'file:///opt/Baton%20App/resources/app.asar/out/renderer/../renderer/evil/../../index.html'],
    ['a renderer file on another host', 'file://evil.example/opt/Baton%20App/resources/app.asar/out/renderer/index.html'],
    ['a web page', 'http://evil.example/'],
    ['a web page with the same path', 'https://evil.example/opt/Baton%20App/resources/app.asar/out/renderer/index.html'],
    ['the dev server when there is none', 'http://localhost:5173/'],
    ['about:blank', 'about:blank'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a broken percent escape', 'file:///opt/Baton%20App/resources/app.asar/out/renderer/index%E0%A4%A.html'],
    ['garbage', 'not a url at all'],
    ['an empty string', ''],
  ])('refuses %s', (_label, url) => {
    expect(isAppUrl(url, packaged)).toBe(false)
  })

  it('refuses no URL at all', () => {
    expect(isAppUrl(undefined, packaged)).toBe(false)
  })

  describe('in development', () => {
    const dev = { rendererFile, devServerUrl: 'http://localhost:5173' }

    it('accepts the dev server origin, any path', () => {
      expect(isAppUrl('http://localhost:5173/', dev)).toBe(true)
      expect(isAppUrl('http://localhost:5173/#/campaigns', dev)).toBe(true)
    })

    it.each([
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://127.0.0.1:5173/',
      'http://localhost:5173.evil.example/',
      'http://evil.example/?http://localhost:5173',
    ])('refuses %s', (url) => {
      expect(isAppUrl(url, dev)).toBe(false)
    })
  })
})

describe('externalUrl', () => {
  it('lets web, mail and phone links leave the app, normalised', () => {
    expect(externalUrl('https://acme.test/pricing?a=1')).toBe('https://acme.test/pricing?a=1')
    expect(externalUrl('HTTP://Acme.test')).toBe('http://acme.test/')
    expect(externalUrl('mailto:dana@acme.test')).toBe('mailto:dana@acme.test')
    expect(externalUrl('tel:+15551234567')).toBe('tel:+15551234567')
  })

  it('keeps everything else in', () => {
    for (const text of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>1</script>',
      'vbscript:x',
      'ms-settings:privacy',
      'smb://server/share',
      'https://user:pass@acme.test/',
      'mailto:',
      'acme.test',
      '',
    ]) {
      expect(externalUrl(text), text).toBeNull()
    }
  })
})

describe('CSP', () => {
  it('allows no inline styles or scripts in the packaged app', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline')
  })
})
