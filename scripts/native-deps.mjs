// Makes sure better-sqlite3 loads in the runtimes Baton uses, straight after
// `npm install`, so `npm test` (Node) and `npm run dev` (Electron) work in any order.
//
// better-sqlite3 13 is a Node-API addon and ships prebuilt binaries for
// linux/macOS/windows on x64 and arm64. Node-API is ABI-stable across Node and
// Electron, so the same binary serves both: there is no per-runtime rebuild and
// no download of Electron headers. Where no prebuild fits (another platform), it
// is compiled from source against the headers of the Node running this script.
//
//   node scripts/native-deps.mjs [node|electron|all]
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
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

// npm hands its own node-gyp to scripts as npm_config_node_gyp; run by hand, use the installed one.
function bundledNodeGyp() {
  try {
    return createRequire(import.meta.url).resolve('node-gyp/bin/node-gyp.js')
  } catch {
    throw new Error('native-deps: node-gyp was not found. Run this through npm (npm install, npm test), which brings its own.')
  }
}

/**
 * node-gyp for the compile, and the environment to run it in. When the running Node has its
 * headers beside it (the official builds, and the Node 24 that scripts/node-env.sh bootstraps),
 * node-gyp compiles against exactly those, offline. That is said to node-gyp alone, through its
 * own environment: node-gyp lets npm_config_nodedir override its --nodedir flag (so a stray
 * `nodedir` in ~/.npmrc, which npm hands to scripts, would otherwise win), while exporting it
 * in the shell made npm warn "Unknown env config nodedir" on every command.
 */
export function nodeGypCommand(execPath = process.execPath, env = process.env) {
  const gyp = env['npm_config_node_gyp'] ?? bundledNodeGyp()
  const prefix = join(dirname(execPath), '..')
  const headers = existsSync(join(prefix, 'include', 'node', 'node_api.h'))
  return { file: execPath, args: [gyp, 'rebuild', '--release'], env: headers ? { ...env, npm_config_nodedir: prefix } : env }
}

function ensureNode() {
  if (loadsUnderNode()) return
  console.log(`native-deps: no prebuilt better-sqlite3 fits ${process.platform}-${process.arch}; compiling it for Node ${process.version}`)
  const gyp = nodeGypCommand()
  execFileSync(gyp.file, gyp.args, { cwd: sqliteDir, stdio: 'inherit', env: gyp.env })
  if (!loadsUnderNode()) {
    console.error('native-deps: better-sqlite3 still does not load under this Node; see the output above.')
    process.exit(1)
  }
}

const which = process.argv[2] ?? 'all'
if (process.argv[1] !== fileURLToPath(import.meta.url)) {
  // Imported (by a test): do nothing.
} else if (!existsSync(sqliteDir)) {
  console.log('native-deps: better-sqlite3 is not installed yet; nothing to do.')
} else {
  if (which === 'node' || which === 'all') ensureNode()
  if (which === 'electron' || which === 'all') {
    console.log('native-deps: skipped the Electron rebuild of better-sqlite3: its Node-API prebuild loads in Electron as it is (electron-builder.yml sets npmRebuild: false).')
  }
}
