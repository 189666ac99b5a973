import { join, resolve } from 'node:path'

/** The repository root, wherever the tests are started from. */
export const ROOT = resolve(import.meta.dirname, '../..')
/** What `electron-vite build` writes for the renderer. */
export const RENDERER_DIR = join(ROOT, 'out/renderer')
export const SCREENSHOT_DIR = join(ROOT, 'test-results')
