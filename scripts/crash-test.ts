// Proof that a kill at any moment loses nothing acknowledged and leaves no partial import:
//   npm run test:crash -- --trials 50
// Each trial starts scripts/crash-writer.ts on a fresh workspace, SIGKILLs it after a random
// delay (often mid-import), reopens the file with the app's own open path (quick_check),
// runs PRAGMA integrity_check and checks every write the writer acknowledged.
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'
import { DATABASE_FILE_NAME, openDatabase } from '../src/main/db/open'
import { checkFile, parseBackupName } from '../src/main/features/backups/backups.files'

const { values: args } = parseArgs({ options: { trials: { type: 'string', default: '50' }, 'max-delay': { type: 'string', default: '1000' } } })
const TRIALS = Number(args.trials)
const MAX_DELAY_MS = Number(args['max-delay'])
const ROOT = resolve(import.meta.dirname, '..')
const WRITER = join(ROOT, 'scripts/crash-writer.ts')

interface Acks {
  leads: string[]
  imports: Array<{ prefix: string; created: number }>
  backups: string[]
}

/**
 * Bundles the writer once (dependencies stay external), so each trial starts plain
 * `node` in a fraction of a second instead of compiling TypeScript again.
 */
async function bundleWriter(): Promise<string> {
  const outfile = join(ROOT, 'node_modules/.cache/baton-crash/crash-writer.mjs')
  await build({
    entryPoints: [WRITER],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    alias: { '@shared': join(ROOT, 'src/shared') },
    logLevel: 'warning',
  })
  return outfile
}

async function runWriter(writer: string, dir: string, trial: number, delayMs: number): Promise<Acks> {
  const child = spawn(process.execPath, [writer, dir, String(trial)], { stdio: ['ignore', 'pipe', 'pipe'] })
  const acks: Acks = { leads: [], imports: [], backups: [] }
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  let timer: NodeJS.Timeout | undefined
  for await (const line of createInterface({ input: child.stdout })) {
    // The clock starts once the workspace is open, so every kill lands among the writes.
    if (line === 'ready') timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
    const [word, kind, a, b] = line.split(' ')
    if (word !== 'ack') continue
    if (kind === 'lead') acks.leads.push(a!)
    else if (kind === 'import') acks.imports.push({ prefix: a!, created: Number(b) })
    else if (kind === 'backup') acks.backups.push(a!)
  }
  clearTimeout(timer)
  const code = await exited
  if (code !== null) throw new Error(`the writer exited by itself (code ${code}) instead of being killed:\n${stderr}`)
  return acks
}

async function verify(dir: string, acks: Acks): Promise<string[]> {
  const problems: string[] = []
  const database = await openDatabase(join(dir, DATABASE_FILE_NAME))
  try {
    const sqlite = database.sqlite
    const integrity = sqlite.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
    if ((sqlite.pragma('foreign_key_check') as unknown[]).length > 0) problems.push('foreign_key_check found orphans')
    const leadByName = sqlite.prepare('SELECT count(*) FROM leads l JOIN people p ON p.id = l.person_id WHERE p.name = ?').pluck()
    for (const name of acks.leads) if (leadByName.get(name) !== 1) problems.push(`acknowledged lead ${name} is missing`)
    const byPrefix = sqlite.prepare(`SELECT count(*) FROM leads l JOIN people p ON p.id = l.person_id WHERE p.name >= ? AND p.name < ? || '~'`).pluck()
    for (const { prefix, created } of acks.imports) {
      const found = byPrefix.get(prefix, prefix) as number
      if (found !== created) problems.push(`acknowledged import ${prefix} has ${found} of ${created} leads`)
    }
    // No partial batch, acknowledged or not: a batch is either all there or not there at all.
    const batches = sqlite.prepare(`SELECT id, created_count, (SELECT count(*) FROM import_batch_leads WHERE batch_id = b.id AND action = 'created') AS recorded FROM import_batches b`).all() as Array<{ id: number; created_count: number; recorded: number }>
    for (const batch of batches) if (batch.created_count !== batch.recorded) problems.push(`import batch ${batch.id} is partial`)
    const imported = sqlite.prepare(`SELECT count(*) FROM leads l JOIN people p ON p.id = l.person_id WHERE p.name LIKE 'imp-%'`).pluck().get() as number
    const inBatches = batches.reduce((sum, b) => sum + b.created_count, 0)
    if (imported !== inBatches) problems.push(`${imported} imported leads but batches account for ${inBatches}`)
  } finally {
    await database.close()
  }
  // A backup interrupted mid-write is never left under a backup's name.
  const folder = join(dir, 'backups')
  const names = readdirSync(dir).includes('backups') ? readdirSync(folder).filter((name) => parseBackupName(name)) : []
  for (const name of names) if (!checkFile(join(folder, name)).ok) problems.push(`backup ${name} fails its check`)
  for (const name of acks.backups) if (!names.includes(name)) problems.push(`acknowledged backup ${name} is missing`)
  return problems
}

async function main(): Promise<void> {
  if (!Number.isSafeInteger(TRIALS) || TRIALS < 1) throw new Error(`--trials must be a whole number above 0, not “${args.trials}”.`)
  const root = mkdtempSync(join(tmpdir(), 'baton-crash-'))
  const writer = await bundleWriter()
  const started = performance.now()
  let failed = 0
  let importsSeen = 0
  let acked = 0
  try {
    for (let trial = 1; trial <= TRIALS; trial++) {
      const dir = join(root, `trial-${trial}`)
      const delay = Math.floor(Math.random() * MAX_DELAY_MS)
      const acks = await runWriter(writer, dir, trial, delay)
      const problems = await verify(dir, acks)
      acked += acks.leads.length + acks.imports.length + acks.backups.length
      importsSeen += acks.imports.length
      if (problems.length > 0) {
        failed++
        console.error(`crash: trial ${trial} (killed after ${delay} ms) FAILED:\n  ${problems.join('\n  ')}`)
      }
      rmSync(dir, { recursive: true, force: true })
      if (trial % 25 === 0) console.log(`crash: ${trial}/${TRIALS} trials, ${failed} failed`)
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  console.log(`crash: ${TRIALS} trials in ${seconds} s, ${acked} acknowledged writes (${importsSeen} whole imports) checked, ${failed} failed`)
  if (failed > 0) process.exitCode = 1
}

await main()
