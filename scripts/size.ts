// npm run size — builds, then prints what each bundle weighs and fails when the first
// screen's JavaScript or the preload is over budget.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { INITIAL_JS_BUDGET, initialScripts, kb, PRELOAD_BUDGET } from './bundle-size'

const OUT = join(import.meta.dirname, '..', 'out')
const renderer = join(OUT, 'renderer')
const size = (file: string) => statSync(file).size

const initial = initialScripts(readFileSync(join(renderer, 'index.html'), 'utf8'))
const chunks = readdirSync(join(renderer, 'assets'))
  .map((name) => ({ name, bytes: size(join(renderer, 'assets', name)) }))
  .sort((a, b) => b.bytes - a.bytes)
const initialBytes = initial.reduce((sum, file) => sum + size(join(renderer, file)), 0)
const preloadBytes = size(join(OUT, 'preload', 'index.cjs'))

console.log('renderer chunks (loaded when their page or dialog first shows, unless marked initial):')
for (const chunk of chunks) console.log(`  ${kb(chunk.bytes).padStart(9)}  ${chunk.name}${initial.includes(`assets/${chunk.name}`) ? '  [initial]' : ''}`)
console.log(`initial JavaScript: ${kb(initialBytes)} (budget ${kb(INITIAL_JS_BUDGET)})`)
console.log(`preload:            ${kb(preloadBytes)} (budget ${kb(PRELOAD_BUDGET)})`)
console.log(`main:               ${kb(size(join(OUT, 'main', 'index.js')))}`)

const over = [initialBytes > INITIAL_JS_BUDGET && 'initial JavaScript', preloadBytes > PRELOAD_BUDGET && 'preload'].filter(Boolean)
if (over.length > 0) {
  console.error(`size: over budget: ${over.join(', ')}`)
  process.exitCode = 1
}
