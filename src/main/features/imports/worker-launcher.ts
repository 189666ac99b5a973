import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

// The built app runs out/main/import.worker.js (a separate entry of the main bundle).
// Tests, the bench and the crash script run the TypeScript source through tsx's loader.

const ROOT = resolve(import.meta.dirname, '../../../..')

export function startImportWorker(workerData: unknown): Worker {
  const built = join(import.meta.dirname, 'import.worker.js')
  if (existsSync(built)) return new Worker(built, { workerData })
  const source = join(import.meta.dirname, 'import.worker.ts')
  const fromSource = existsSync(source) ? source : join(ROOT, 'src/main/features/imports/import.worker.ts')
  return new Worker(pathToFileURL(fromSource), {
    workerData,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.node.json') },
  })
}
