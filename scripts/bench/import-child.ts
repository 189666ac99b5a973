// One import through the app in a process of its own, so that its peak memory is its own:
//   tsx --tsconfig tsconfig.node.json scripts/bench/import-child.ts <file> <empty folder> <rows expected>
// Prints one line of JSON: { ms, peakRssMb, restRssMb, created }. Run by the import-xlsx case (spreadsheets.ts).
import { headlessPlatform } from '../../src/main/platform/platform'
import type { InputOf, Method, ResultOf } from '../../src/shared/contract'
import type { IpcResult } from '../../src/shared/errors'
import { openWorkspace } from '../../src/main/workspace'

const [file, dir, expected] = process.argv.slice(2)
if (!file || !dir || !expected) throw new Error('usage: import-child.ts <file> <empty folder> <rows expected>')

const workspace = await openWorkspace(dir, 'bench', { automaticBackups: false, platform: { ...headlessPlatform, pickImportFile: () => Promise.resolve(file) } })
const call = <M extends Method>(method: M, input: InputOf<M>) => workspace.dispatch(method, input) as Promise<IpcResult<ResultOf<M>>>
try {
  // The process at rest with its workspace open: what the peak holds besides the import's own memory.
  const restRssMb = Math.round(process.memoryUsage.rss() / 1024 / 1024)
  const started = performance.now()
  const picked = await call('imports.pickFile', {})
  if (!picked.ok || !picked.value) throw new Error(`pick failed: ${JSON.stringify(picked)}`)
  const options = { mapping: picked.value.mapping, createCampaigns: true, createStages: true, decimalMark: '.' as const }
  const start = await call('imports.start', { fileId: picked.value.fileId, mode: 'import', options })
  if (!start.ok) throw new Error(`start failed: ${JSON.stringify(start)}`)
  for (;;) {
    const state = await call('imports.progress', { jobId: start.value.jobId })
    if (!state.ok) throw new Error(state.error.message)
    if (state.value.status === 'done') {
      const { created, problems } = state.value.outcome
      if (created !== Number(expected)) throw new Error(`imported ${created} of ${expected}: ${JSON.stringify(problems.slice(0, 3))}`)
      const ms = performance.now() - started
      // maxRSS: the process's peak resident memory in KiB, the import worker thread's included.
      console.log(JSON.stringify({ ms, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), restRssMb, created }))
      break
    }
    if (state.value.status !== 'running') throw new Error(`import ${JSON.stringify(state.value)}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
} finally {
  await workspace.close()
}
