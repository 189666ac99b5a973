// Bench cases for getting data in and keeping it safe: import and backup.
//
// import-csv: a CSV through the app's own path (dispatch → worker thread → committed rows)
// against the floor of parsing the same file with the same parser (the same batches of rows)
// and inserting the same leads and tags with raw prepared statements in one transaction, on a
// connection with the same page cache as the import's. The floor has no duplicate check, stage
// history, touchpoints or undo record: that is the app's own work, and counts against it.
//
// backup: a backup of the seeded file through the app (db.backup, then opening the copy
// read-only to check it) against a bare `db.backup()`.
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { DATABASE_FILE_NAME, openDatabase } from '../../src/main/db/open'
import { checkFile } from '../../src/main/features/backups/backups.files'
import { IMPORT_PAGE_CACHE_KIB } from '../../src/main/features/imports/import.run'
import { openRowSource } from '../../src/main/features/imports/source'
import { headlessPlatform } from '../../src/main/platform/platform'
import type { InputOf, Method, ResultOf } from '../../src/shared/contract'
import type { IpcResult } from '../../src/shared/errors'
import { openWorkspace, type Workspace } from '../../src/main/workspace'
import { writeLines, type BenchCase, type BenchKit } from './kit'

const CAMPAIGNS = ['Spring webinar', 'LinkedIn ads', 'Newsletter', 'Trade fair', 'Referrals']
const STAGES = ['New', 'Contacted', 'Qualified', 'Proposal']

/** The sample CSV's lines, header first. */
function* csvLines(rows: number): Generator<string> {
  yield 'Name,Email,Company,Campaign,Stage,Owner,Value,Tags,Created'
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0')
    yield `Person ${i},person${i}@example.test,Company ${i % 5000},${CAMPAIGNS[i % CAMPAIGNS.length]},${STAGES[i % STAGES.length]},Owner ${i % 7},"${(i % 900) + 100}.50",${i % 3 ? 'vip' : ''},2026-02-${day}`
  }
}

function peakRss() {
  let peak = process.memoryUsage.rss()
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20)
  return () => {
    clearInterval(timer)
    return Math.max(peak, process.memoryUsage.rss())
  }
}

const typed =
  (workspace: Workspace) =>
  <M extends Method>(method: M, input: InputOf<M>) =>
    workspace.dispatch(method, input) as Promise<IpcResult<ResultOf<M>>>

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

export function dataSafetyCases(tools: BenchKit): BenchCase[] {
  const label = tools.leadsLabel
  let csv: string | undefined
  const csvFile = () => {
    if (!csv) {
      const dir = tools.freshDir()
      mkdirSync(dir, { recursive: true })
      csv = join(dir, 'leads.csv')
      tools.log(`writing a CSV of ${tools.leads} leads`)
      writeLines(csv, csvLines(tools.leads))
    }
    return csv
  }

  return [
    {
      name: `import-csv-${label}`,
      async baton() {
        const file = csvFile()
        const workspace = await openWorkspace(tools.freshDir(), 'bench', { automaticBackups: false, platform: { ...headlessPlatform, pickImportFile: () => Promise.resolve(file) } })
        try {
          const rssBefore = process.memoryUsage.rss()
          const stop = peakRss()
          const started = performance.now()
          const call = typed(workspace)
          const picked = await call('imports.pickFile', {})
          if (!picked.ok || !picked.value) throw new Error(`bench: pick failed ${JSON.stringify(picked)}`)
          const options = { mapping: picked.value.mapping, createCampaigns: true, decimalMark: '.' as const }
          const started2 = await call('imports.start', { fileId: picked.value.fileId, mode: 'import', options })
          if (!started2.ok) throw new Error(`bench: start failed ${JSON.stringify(started2)}`)
          for (;;) {
            const state = await call('imports.progress', { jobId: started2.value.jobId })
            if (!state.ok) throw new Error(state.error.message)
            if (state.value.status === 'done') {
              if (state.value.outcome.created !== tools.leads) throw new Error(`bench: imported ${state.value.outcome.created} of ${tools.leads}`)
              break
            }
            if (state.value.status !== 'running') throw new Error(`bench: import ${JSON.stringify(state.value)}`)
            await new Promise((resolve) => setTimeout(resolve, 10))
          }
          const ms = performance.now() - started
          const peak = stop()
          tools.log(`import-csv-${label}: ${Math.round(tools.leads / (ms / 1000)).toLocaleString('en-US')} rows/s, peak RSS ${mb(peak)} (${mb(rssBefore)} before)`)
          return ms
        } finally {
          await workspace.close()
        }
      },
      async raw() {
        const file = csvFile()
        const database = await openDatabase(join(tools.freshDir(), DATABASE_FILE_NAME))
        const sqlite = database.sqlite
        // The same page cache as the import's own connection, so the floor gains what the import gains from it.
        sqlite.pragma(`cache_size = -${IMPORT_PAGE_CACHE_KIB}`)
        try {
          const started = performance.now()
          // One organisation per company (found again by name), one person per row, one deal each: what the import writes at least.
          const organization = sqlite.prepare('INSERT INTO organizations (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?)')
          const organizations = new Map<string, number | bigint>()
          const person = sqlite.prepare('INSERT INTO people (name, name_key, email, organization_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
          const insert = sqlite.prepare(`INSERT INTO leads (person_id, organization_id, owner, value_minor, pipeline_id, stage_id, position, created_at, updated_at, stage_entered_at)
            VALUES (?, ?, ?, ?, 1, 1, ?, ?, ?, ?)`)
          const tag = sqlite.prepare('INSERT INTO person_tags (person_id, tag) VALUES (?, ?)')
          sqlite.exec('BEGIN')
          let i = 0
          let header = true
          // The same batches the import reads (one await per chunk of the file, not per row).
          for await (const batch of (await openRowSource(file)).batches()) {
            for (const row of batch) {
              if (header) {
                header = false
                continue
              }
              const at = `${row[8]}T12:00:00.000Z`
              const company = row[2] ?? ''
              let organizationId = company === '' ? null : organizations.get(company.toLowerCase())
              if (organizationId === undefined) {
                organizationId = organization.run(company, company.toLowerCase(), at, at).lastInsertRowid
                organizations.set(company.toLowerCase(), organizationId)
              }
              const personId = person.run(row[0], (row[0] ?? '').toLowerCase(), row[1], organizationId, at, at).lastInsertRowid
              insert.run(personId, organizationId, row[5], Math.round(Number(row[6]) * 100), ++i, at, at, at)
              if (row[7]) tag.run(personId, row[7])
            }
          }
          sqlite.exec('COMMIT')
          return performance.now() - started
        } finally {
          await database.close()
        }
      },
    },
    {
      name: `backup-${label}`,
      async baton() {
        const dir = tools.freshDir()
        mkdirSync(dir, { recursive: true })
        copyFileSync(join(await tools.seeded(), DATABASE_FILE_NAME), join(dir, DATABASE_FILE_NAME))
        const workspace = await openWorkspace(dir, 'bench', { automaticBackups: false })
        try {
          const started = performance.now()
          const result = await typed(workspace)('backups.create', {})
          if (!result.ok) throw new Error(result.error.message)
          const ms = performance.now() - started
          // Untimed: what the integrity check the issue asks for costs on its own (it reads every page of the copy).
          const backup = result.value
          const checking = performance.now()
          checkFile(join(workspace.safety.folder(), backup.name))
          tools.log(`backup-${label}: ${mb(backup.sizeBytes)} copied and checked; the quick_check alone takes ${Math.round(performance.now() - checking)} ms of it`)
          return ms
        } finally {
          await workspace.close()
        }
      },
      async raw() {
        const source = new BetterSqlite3(join(await tools.seeded(), DATABASE_FILE_NAME))
        try {
          const started = performance.now()
          await source.backup(join(tools.freshDir() + '-copy.sqlite'))
          return performance.now() - started
        } finally {
          source.close()
        }
      },
    },
  ]
}
