import type { BrowserWindowConstructorOptions } from 'electron'

// Kept free of Electron imports (types only) so its rules run under plain Node in tests.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React's style prop goes through the CSSOM, which style-src does not govern: no 'unsafe-inline'.
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The dev server needs websocket + eval for hot reload; the packaged app gets none of it. */
export function contentSecurityPolicy(devServerUrl: string | undefined): string {
  if (!devServerUrl) return CONTENT_SECURITY_POLICY
  const origin = new URL(devServerUrl).origin
  const ws = origin.replace(/^http/, 'ws')
  // Only the dev server gets 'unsafe-inline': React's hot-reload preamble is an inline script
  // and Vite's client injects <style> tags for hot CSS. The packaged app has neither.
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'unsafe-inline' ${origin}`).replace("style-src 'self'", `style-src 'self' 'unsafe-inline'`).replace(
    "connect-src 'self'",
    `connect-src 'self' ${origin} ${ws}`,
  )
}

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * The link, normalised, when it may leave the app for the system's browser, mail or phone
 * app; null for anything else (file:, javascript:, custom schemes, credentials in the URL,
 * text that is not a URL at all). Decided on the parsed URL, never on the text.
 */
export function externalUrl(text: string): string | null {
  if (!URL.canParse(text)) return null
  const url = new URL(text)
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return null
  if ((url.protocol === 'http:' || url.protocol === 'https:') && (!url.hostname || url.username || url.password)) return null
  if ((url.protocol === 'mailto:' || url.protocol === 'tel:') && url.pathname.trim() === '') return null
  return url.href
}

export function windowOptions(preloadPath: string, iconPath?: string, bounds?: { x?: number; y?: number; width: number; height: number }): BrowserWindowConstructorOptions {
  return {
    width: bounds?.width ?? 1320,
    height: bounds?.height ?? 860,
    ...(bounds?.x !== undefined && bounds.y !== undefined && { x: bounds.x, y: bounds.y }),
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Baton',
    backgroundColor: '#f7f7f8',
    autoHideMenuBar: false,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  }
}

/**
 * The only pages allowed to call into main: the bundled renderer (file://…/renderer/index.html)
 * or, in development, the electron-vite dev server. Everything else is refused.
 */
export function isAppUrl(url: string | undefined, app: { rendererFile: string; devServerUrl?: string | undefined }): boolean {
  if (!url) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (app.devServerUrl) {
    return parsed.origin === new URL(app.devServerUrl).origin
  }
  // A file URL with a host (file://server/share/…) is a network path on Windows, never the bundled page.
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false
  const expected = `/${app.rendererFile.replace(/\\/g, '/').replace(/^\/+/, '')}`
  try {
    return decodeURIComponent(parsed.pathname) === expected
  } catch {
    return false // a malformed %-escape cannot be our own file
  }
}
