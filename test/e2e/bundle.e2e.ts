import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { INITIAL_JS_BUDGET, initialScripts, PRELOAD_BUDGET } from '../../scripts/bundle-size'
import { ROOT } from '../harness/paths'

// The e2e run builds out/ first (globalSetup), so the budgets are checked on the very bundle
// the journeys drive. `npm run size` prints the same figures chunk by chunk.
const OUT = join(ROOT, 'out')

describe('the built app', () => {
  it('loads under 400 KB of JavaScript for the first screen', () => {
    const renderer = join(OUT, 'renderer')
    const initial = initialScripts(readFileSync(join(renderer, 'index.html'), 'utf8'))
    expect(initial.length).toBeGreaterThan(0)
    const bytes = initial.reduce((sum, file) => sum + statSync(join(renderer, file)).size, 0)
    expect(bytes).toBeLessThan(INITIAL_JS_BUDGET)
  })

  it('has a preload under 10 KB that bundles no schema library', () => {
    const text = readFileSync(join(OUT, 'preload', 'index.cjs'), 'utf8')
    expect(text.length).toBeLessThan(PRELOAD_BUDGET)
    expect(text).not.toMatch(/ZodError|zod/i)
  })
})
