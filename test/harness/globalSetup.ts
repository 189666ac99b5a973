import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from './paths'

/**
 * Builds out/ (main, preload, renderer) once per e2e run, before any test file starts,
 * so `npx vitest run --project e2e` and `npm run test:e2e` test what ships.
 * BATON_E2E_SKIP_BUILD=1 reuses the last build (handy while writing a journey).
 */
export default function buildOnce(): void {
  if (process.env['BATON_E2E_SKIP_BUILD']) {
    console.log('e2e: BATON_E2E_SKIP_BUILD is set; using the existing out/ build')
    return
  }
  const started = performance.now()
  const bin = join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js')
  // A child process keeps vite's build out of vitest's module graph; stdio is inherited so a failure shows its cause.
  execFileSync(process.execPath, [bin, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
  console.log(`e2e: electron-vite build took ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
