// Makes sure better-sqlite3 loads in the runtimes Baton uses, straight after
// `npm install`, so `npm test` (Node) and `npm run dev` (Electron) work in any order.
//
// better-sqlite3 13 is a Node-API addon and ships prebuilt binaries for
// linux/macOS/windows on x64 and arm64. Node-API is ABI-stable across Node and
// Electron, so the same binary serves both: there is no per-runtime rebuild and
// no download of Electron headers. Where no prebuild fits (another platform), it
// is compiled from source against this Node (npm_config_nodedir).
//
//   node scripts/native-deps.mjs [node|electron|all]
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const sqliteDir = join(root, 'node_modules', 'better-sqlite3')

function loadsUnderNode() {
  try {
    execFileSync(process.execPath, ['-e', `new (require(${JSON.stringify(sqliteDir)}))(':memory:').close()`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function ensureNode() {
  if (loadsUnderNode()) return
  console.log(`native-deps: no prebuilt better-sqlite3 fits ${process.platform}-${process.arch}; compiling it for Node ${process.version}`)
  execFileSync('npx', ['--no-install', 'node-gyp', 'rebuild', '--release'], { cwd: sqliteDir, stdio: 'inherit' })
  if (!loadsUnderNode()) {
    console.error('native-deps: better-sqlite3 still does not load under this Node; see the output above.')
    process.exit(1)
  }
}

const which = process.argv[2] ?? 'all'
if (!existsSync(sqliteDir)) {
  console.log('native-deps: better-sqlite3 is not installed yet; nothing to do.')
} else {
  if (which === 'node' || which === 'all') ensureNode()
  if (which === 'electron' || which === 'all') {
    console.log('native-deps: skipped the Electron rebuild of better-sqlite3: its Node-API prebuild loads in Electron as it is (electron-builder.yml sets npmRebuild: false).')
  }
}
