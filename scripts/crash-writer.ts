// The writer the crash test kills: it opens a workspace with the app's own data layer
// and writes as fast as it can — leads through the IPC dispatcher, imports through the
// import code the worker runs, backups through DataSafety — printing "ack …" only after
// each write has returned (committed). The parent SIGKILLs it at a random moment.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { runImport } from '../src/main/features/imports/import.run'
import { openWorkspace } from '../src/main/workspace'

const [dir, trial] = process.argv.slice(2) as [string, string]
const workspace = await openWorkspace(dir, 'crash', { automaticBackups: false })
const ack = (line: string) => process.stdout.write(`ack ${line}\n`)
let random = Number(trial) * 7919 + 1
const next = () => {
  random = (random * 48271) % 2147483647
  return random / 2147483647
}

async function importBatch(k: number): Promise<void> {
  const rows = 100 + Math.floor(next() * 1500)
  const prefix = `imp-${k}-`
  const file = join(dir, `import-${k}.csv`)
  writeFileSync(file, ['Name,Email,Value,Tags', ...Array.from({ length: rows }, (_, i) => `${prefix}${i},${prefix}${i}@crash.test,${i},t${i % 5}`)].join('\n'))
  const db = new BetterSqlite3(workspace.safety.dataFile)
  db.pragma('busy_timeout = 5000')
  db.pragma('foreign_keys = ON')
  db.pragma('temp_store = MEMORY')
  try {
    const result = await runImport(
      db,
      {
        file,
        mode: 'import',
        rejectedFile: join(dir, `rejected-${k}.csv`),
        options: { mapping: ['personName', 'email', 'value', 'tags'], duplicates: 'skip', dayOrder: 'dmy', decimalMark: '.', createCampaigns: false, createStages: false, pipelineId: null },
      },
      { onProgress: () => {}, isCancelled: () => false },
    )
    if (result.status === 'done') ack(`import ${prefix} ${result.outcome.created}`)
  } finally {
    db.close()
  }
}

process.stdout.write('ready\n')
for (let k = 0; ; k++) {
  const roll = next()
  if (roll < 0.8) {
    const name = `lead-${k}`
    const created = await workspace.dispatch('leads.create', { personName: name, email: `${name}@crash.test`, valueMinor: k, tags: ['crash'] })
    if (!created.ok) throw new Error(created.error.message)
    ack(`lead ${name}`)
  } else if (roll < 0.95) {
    await importBatch(k)
  } else {
    const info = await workspace.safety.backup('manual')
    ack(`backup ${info.name}`)
  }
}
