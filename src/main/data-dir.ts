import { resolve } from 'node:path'

/** `--data-dir DIR` (or `--data-dir=DIR`, or BATON_DATA_DIR) overrides the userData folder. */
export function resolveDataDir(argv: readonly string[], userData: string, env: NodeJS.ProcessEnv = process.env): string {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--data-dir' && argv[index + 1]) return resolve(argv[index + 1] as string)
    // An empty value would resolve to the working folder; treat it as not given.
    if (arg.startsWith('--data-dir=') && arg.length > '--data-dir='.length) return resolve(arg.slice('--data-dir='.length))
  }
  if (env['BATON_DATA_DIR']) return resolve(env['BATON_DATA_DIR'])
  return userData
}
