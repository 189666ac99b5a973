// What the first screen downloads: the entry script and the modules index.html preloads.
// Everything else is a route or dialog chunk loaded when first shown.

export const INITIAL_JS_BUDGET = 400 * 1024
export const PRELOAD_BUDGET = 10 * 1024

/** The JavaScript files index.html loads before anything is shown, relative to its folder. */
export function initialScripts(html: string): string[] {
  const entries = [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)].map((m) => m[1] as string)
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map((m) => m[1] as string)
  return [...new Set([...entries, ...preloads])].map((file) => file.replace(/^\.\//, ''))
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
