import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { Worker, type ResourceLimits } from 'node:worker_threads'

// The built app runs out/main/import.worker.js (a separate entry of the main bundle).
// Tests, the bench and the crash script run from the TypeScript source: the worker is
// bundled once per process with esbuild (which electron-vite already brings) into one
// JavaScript file, as the app build does, instead of compiling every module through
// tsx's loader at each start (and running tsx's extra helpers on every row).

const ROOT = resolve(import.meta.dirname, '../../../..')

interface EsbuildLike {
  buildSync(options: Record<string, unknown>): { outputFiles: Array<{ text: string }>; metafile: { inputs: Record<string, unknown> } }
}

/** What the last bundle was built from: each input file's size and time of change. */
interface BundleRecord {
  bundle: string
  inputs: Record<string, [number, number]>
}

const CACHE = join(ROOT, 'node_modules', '.cache', 'baton-import-worker')
const RECORD = join(CACHE, 'import.worker.json')

const stamp = (file: string): [number, number] | null => {
  try {
    const stats = statSync(file)
    return [stats.size, stats.mtimeMs]
  } catch {
    return null
  }
}

function writeAtomically(file: string, text: string): void {
  // Written aside and renamed, so another process starting a worker never reads half a file.
  const partial = `${file}.${process.pid}.partial`
  writeFileSync(partial, text)
  renameSync(partial, file)
}

/** The last bundle, when none of the files it was built from has changed since. */
function upToDateBundle(): string | null {
  try {
    const record = JSON.parse(readFileSync(RECORD, 'utf8')) as BundleRecord
    const file = join(CACHE, record.bundle)
    if (!existsSync(file)) return null
    for (const [input, [size, mtime]] of Object.entries(record.inputs)) {
      const now = stamp(join(ROOT, input))
      if (!now || now[0] !== size || now[1] !== mtime) return null
    }
    return file
  } catch {
    return null
  }
}

let bundled: string | undefined

/**
 * The worker as one JavaScript file, kept beside node_modules (whose packages it imports) and
 * rebuilt when its sources change. Test runs build it once up front in plain Node
 * (test/harness/importWorker.globalSetup.ts): esbuild refuses to load inside jsdom.
 */
export function bundledWorker(): string {
  if (bundled && existsSync(bundled)) return bundled
  const cached = upToDateBundle()
  if (cached) return (bundled = cached)
  // Loaded at run time only: esbuild is a build tool, never part of the app.
  const esbuild = createRequire(import.meta.url)('esbuild') as EsbuildLike
  const { outputFiles, metafile } = esbuild.buildSync({
    entryPoints: [join(ROOT, 'src/main/features/imports/import.worker.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    tsconfig: join(ROOT, 'tsconfig.node.json'),
    metafile: true,
    write: false,
    logLevel: 'silent',
  })
  const text = outputFiles[0]!.text
  const bundle = `import.worker-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`
  mkdirSync(CACHE, { recursive: true })
  const file = join(CACHE, bundle)
  if (!existsSync(file)) writeAtomically(file, text)
  const inputs: BundleRecord['inputs'] = {}
  for (const input of Object.keys(metafile.inputs)) {
    const now = stamp(join(ROOT, input))
    if (now) inputs[input] = now
  }
  writeAtomically(RECORD, JSON.stringify({ bundle, inputs } satisfies BundleRecord))
  return (bundled = file)
}

export function startImportWorker(workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  const built = join(import.meta.dirname, 'import.worker.js')
  if (existsSync(built)) return new Worker(built, { workerData, resourceLimits })
  // Plain JavaScript: none of the parent's loader flags (tsx's, vitest's) are needed in the worker.
  return new Worker(bundledWorker(), { workerData, execArgv: [], resourceLimits })
}
