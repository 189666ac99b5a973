import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { sql } from 'kysely'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportOptions } from '@shared/domain/imports'
import { freshPostgresDatabase } from '../../test/fixtures/test-database'
import { guessMapping } from './features/imports/headers'
import { settled } from './features/reports/exportJobs'
import { generateSample } from './features/sample/generate'
import { headlessPlatform, type Platform } from './platform/platform'
import { openWorkspace, type Workspace } from './workspace'

// A team workspace through the same handler table as a solo one: what only a solo workspace's
// file can do says so in words, exports write what the server holds, and the address never
// shows the password.

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n')
const TODAY = new Date('2026-06-15T12:00:00Z')

describe('a workspace on a PostgreSQL server', () => {
  let workspace: Workspace
  let drop: () => Promise<void>
  let out: string
  beforeEach(async () => {
    const fresh = await freshPostgresDatabase()
    drop = () => fresh.drop()
    out = mkdtempSync(join(tmpdir(), 'baton-team-exports-'))
    // The pickers answer with the test's folder, as the person would pick it.
    const platform: Platform = {
      ...headlessPlatform,
      pickFolder: () => Promise.resolve(out),
      pickSavePath: (name) => Promise.resolve(join(out, name)),
      printToPdf: () => Promise.resolve(PDF),
    }
    workspace = await openWorkspace(fresh.url, 'test', { platform })
  })
  afterEach(async () => {
    await workspace.close()
    await drop()
    rmSync(out, { recursive: true, force: true })
  })

  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await workspace.dispatch(method, input)
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`)
    return result.value as T
  }
  const count = async (table: string) => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(workspace.context.db)).rows[0]!.n)
  const csvRows = (bytes: Uint8Array) => Papa.parse<Record<string, string>>(strFromU8(bytes), { header: true, skipEmptyLines: true }).data

  const failure = async (method: string, input: unknown) => {
    const result = await workspace.dispatch(method, input)
    if (result.ok) throw new Error(`${method} was expected to fail`)
    return result.error
  }

  it('tells where it is without the password, and works like any workspace', async () => {
    const info = await workspace.dispatch('app.info', {})
    expect(info).toMatchObject({ ok: true, value: { dataFile: expect.stringMatching(/^postgres:\/\/baton:\*\*\*\*\*@127\.0\.0\.1:\d+\/baton_test_/) as unknown, leadCount: 0 } })
    expect(await workspace.dispatch('leads.create', { personName: 'Dana Li', owner: 'Sam' })).toMatchObject({ ok: true })
    expect(await workspace.dispatch('team.list', {})).toMatchObject({ ok: true, value: [{ name: 'Sam', leadCount: 1 }] })
  })

  it('says backups need a home on this computer, and the data folder is for a solo workspace', async () => {
    expect(await failure('backups.create', {})).toMatchObject({ code: 'rule', message: expect.stringContaining('opened by its address alone') as unknown })
    expect(await workspace.dispatch('backups.list', {})).toEqual({ ok: true, value: { folder: '', backups: [] } })
    expect(await workspace.dispatch('recovery.status', {})).toEqual({ ok: true, value: { damaged: false } })
    expect(await failure('app.openDataFolder', {})).toMatchObject({ code: 'rule', message: expect.stringContaining('no data folder') as unknown })
  })

  it('exports everything from one snapshot: each table as CSV and a solo copy, and no temporary file left', async () => {
    await generateSample(workspace.context.db, { leads: 60, seed: 3, today: TODAY })
    const job = await call<{ id: string } | null>('reports.exportEverything', {})
    if (!job) throw new Error('the export did not start')
    const done = await settled(job.id)
    expect(done).toMatchObject({ state: 'done', message: expect.stringContaining('a solo copy of the team workspace') as unknown })
    // Only the zip: the snapshot it was built from is gone.
    expect(readdirSync(out)).toEqual(done.files)
    const files = unzipSync(new Uint8Array(readFileSync(join(out, done.files[0]!))))

    const { rows: serverTables } = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.execute(workspace.context.db)
    const csvs = Object.keys(files).filter((name) => name.endsWith('.csv'))
    expect(serverTables.map((t) => t.name)).toEqual(expect.arrayContaining(['leads', 'people', 'organizations', 'campaigns', 'activities', 'stage_history', 'goals']))
    // Every table of data on the server, row for row; search indexes (<table>_fts, <table>_custom_fts) are rebuilt from it, not exported.
    for (const { name } of serverTables.filter((table) => !/_fts$/.test(table.name))) {
      expect(csvs, name).toContain(`${name}.csv`)
      expect(csvRows(files[`${name}.csv`]!), name).toHaveLength(await count(name))
    }
    expect(await count('leads')).toBe(60)
    expect(csvRows(files['people-with-contacts.csv']!)).toHaveLength(await count('people'))
    expect(csvRows(files['organizations-with-aliases.csv']!)).toHaveLength(await count('organizations'))

    const copy = join(out, 'copy.sqlite')
    writeFileSync(copy, files['baton.sqlite']!)
    const opened = new BetterSqlite3(copy, { readonly: true })
    try {
      expect(opened.pragma('integrity_check', { simple: true })).toBe('ok')
      const { rows } = await sql<{ value: string }>`SELECT coalesce(sum(value_minor), 0) AS value FROM leads`.execute(workspace.context.db)
      expect(opened.prepare('SELECT count(*) AS leads, coalesce(sum(value_minor), 0) AS value FROM leads').get()).toEqual({ leads: 60, value: Number(rows[0]!.value) })
    } finally {
      opened.close()
    }
  })

  it('exports the leads table as CSV and XLSX, and a report pack, holding the rows the server has', async () => {
    await generateSample(workspace.context.db, { leads: 60, seed: 3, today: TODAY })
    const table = await call<{ total: number; rows: { dealName: string }[] }>('leads.table', { offset: 0, limit: 500 })
    expect(table.total).toBeGreaterThan(0)

    const csv = await call<{ file: string; rows: number }>('leads.export', { format: 'csv' })
    expect(csv).toEqual({ file: join(out, 'Leads.csv'), rows: table.total })
    const leads = csvRows(new Uint8Array(readFileSync(csv.file)))
    expect(leads.map((row) => row['Deal'])).toEqual(table.rows.map((row) => row.dealName))

    const xlsx = await call<{ file: string; rows: number }>('leads.export', { format: 'xlsx' })
    expect(xlsx.rows).toBe(table.total)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(xlsx.file)
    expect(book.worksheets[0]!.actualRowCount).toBe(table.total + 1)

    const pack = await call<{ id: string } | null>('reports.exportPack', { kind: 'campaigns', period: { preset: 'custom', from: '2025-06-01', to: '2026-06-15' } })
    if (!pack) throw new Error('the report pack did not start')
    const written = await settled(pack.id)
    expect(written).toMatchObject({ state: 'done' })
    const campaignsCsv = written.files.find((name) => name.endsWith('.csv'))!
    const campaigns = csvRows(new Uint8Array(readFileSync(join(out, campaignsCsv))))
    // One row per campaign the server holds, then "No campaign" and the total.
    expect(campaigns.length).toBeGreaterThanOrEqual(await count('campaigns'))
    expect(campaigns.at(-1)).toMatchObject({ Campaign: 'Total' })
  })

  it('imports a leads file on a connection of its own, and undo takes it back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-team-import-'))
    try {
      const file = join(dir, 'deals.csv')
      const csv = 'Deal title,Name,Email,Company,Value\nRenewal,Dana Li,dana@acme.test,Acme,1200\nUpsell,Dana Li,dana@acme.test,Acme,300\nPilot,Bo Chen,bo@beta.test,Beta,50'
      writeFileSync(file, csv)
      const options: ImportOptions = { mapping: guessMapping(csv.split('\n')[0]!.split(',')), duplicates: 'skip', dayOrder: 'dmy', decimalMark: '.', createCampaigns: false, createStages: false, pipelineId: null }
      const preview = await workspace.imports.settled(await workspace.imports.start(file, options, 'preview'))
      expect(preview).toMatchObject({ status: 'done', batchId: null, outcome: { created: 3 } })
      const state = await workspace.imports.settled(await workspace.imports.start(file, options, 'import'))
      expect(state).toMatchObject({ status: 'done', outcome: { rowsRead: 3, created: 3 } })
      const people = await workspace.context.db.selectFrom('people').select('name').orderBy('id').execute()
      expect(people).toEqual([{ name: 'Dana Li' }, { name: 'Bo Chen' }])
      expect(await workspace.dispatch('imports.undo', { batchId: state.status === 'done' ? state.batchId : 0 })).toEqual({ ok: true, value: { removed: 3, restored: 0 } })
      expect(await workspace.context.db.selectFrom('leads').select('id').execute()).toEqual([])
      // A file the chosen columns do not fit says so, and nothing is saved.
      const misfit = await workspace.imports.settled(await workspace.imports.start(file, { ...options, mapping: ['personName'] }, 'import'))
      expect(misfit).toMatchObject({ status: 'failed', message: 'The column choices do not match the file’s columns. Pick the file again.' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
