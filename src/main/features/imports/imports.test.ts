import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportOptions } from '@shared/domain/imports'
import { tempWorkspace, useTempWorkspace } from '../../../../test/fixtures/workspace'
import { LEAD_TAGS, LEADS_WITH_PARTIES } from '../../../../test/fixtures/imports'
import { guessMapping } from './headers'
import { removeStaleImportFiles } from './import.jobs'
import { runImport } from './import.run'
import { undoImport } from './imports.service'

const CSV = [
  'Name,Email,Company,Campaign,Stage,Value,Tags,Created',
  'Dana Li,dana@acme.test,Acme,Spring webinar,Qualified,"1.234,50",vip; partner,12/03/2026',
  'Bo Chen,not-an-email,Beta,,,,,',
  'Cy Ray,cy@gamma.test,Gamma,,Nowhere,,,',
  'Dana Li again,DANA@acme.test,Acme,,,,,',
  'Eve Park,,Delta,,,"99,00",,31/12/2025',
].join('\r\n')

describe('imports through the worker', { timeout: 60_000 }, () => {
  const ws = useTempWorkspace()

  function prepare(csv: string, options: Partial<ImportOptions>) {
    const file = join(ws().dir, 'leads.csv')
    writeFileSync(file, csv)
    const headers = csv.split(/\r?\n/)[0]!.split(',')
    const full: ImportOptions = { mapping: guessMapping(headers), duplicates: 'skip', dayOrder: 'dmy', decimalMark: ',', createCampaigns: true, createStages: false, pipelineId: null, ...options }
    return { file, options: full }
  }

  /** Through a worker thread, as the app runs it. */
  async function run(csv: string, options: Partial<ImportOptions>, mode: 'preview' | 'import' = 'import') {
    const request = prepare(csv, options)
    const jobId = await ws().imports.start(request.file, request.options, mode)
    return { jobId, state: await ws().imports.settled(jobId) }
  }

  /** The same code on the test's own connection: quicker than starting a worker each time. */
  async function runHere(csv: string, options: Partial<ImportOptions>, mode: 'preview' | 'import' = 'import') {
    const request = prepare(csv, options)
    const rejectedFile = join(ws().dir, 'rejected.csv')
    const result = await runImport(ws().database.sqlite, { ...request, mode, rejectedFile }, { onProgress: () => {}, isCancelled: () => false })
    return { rejectedFile, state: result.status === 'done' ? { ...result, phase: mode } : { status: 'cancelled' as const, phase: mode } }
  }

  const count = (sql: string) => ws().database.sqlite.prepare(sql).pluck().get() as number

  it('previews without writing: rows as they will be saved, problems with row and column', async () => {
    const { state } = await runHere(CSV, {}, 'preview')
    expect(state.status).toBe('done')
    if (state.status !== 'done') return
    // "Nowhere" is no stage the pipeline has, and not to be created: the lead goes to the first stage, not away.
    expect(state.outcome).toMatchObject({ rowsRead: 5, created: 3, skipped: 1, rejected: 1, campaignsCreated: ['Spring webinar'] })
    expect(state.outcome.problems).toEqual([expect.objectContaining({ row: 3, column: 'Email' })])
    expect(state.outcome.preview.find((p) => p.personName === 'Cy Ray')).toMatchObject({ row: 4, stage: 'New', outcome: 'open' })
    expect(state.outcome.skippedRows).toEqual([{ row: 5, column: 'Email', reason: 'Already in Baton: Dana Li (dana@acme.test)' }])
    expect(state.outcome.preview[0]).toMatchObject({ row: 2, personName: 'Dana Li', valueMinor: 123_450, tags: ['vip', 'partner'], createdOn: '2026-03-12', stage: 'Qualified', action: 'create' })
    expect(state.batchId).toBeNull()
    expect(count('SELECT count(*) FROM leads')).toBe(0)
    expect(count('SELECT count(*) FROM campaigns')).toBe(0)
  })

  it('imports as one batch and undo puts everything back', async () => {
    const { state } = await run(CSV, { createStages: true })
    if (state.status !== 'done') throw new Error(JSON.stringify(state))
    expect(state.outcome).toMatchObject({ created: 3, skipped: 1, rejected: 1, stagesCreated: ['Nowhere'] })
    expect(count('SELECT count(*) FROM leads')).toBe(3)
    expect(count(`SELECT count(*) FROM ${LEAD_TAGS} lt WHERE tag = 'vip'`)).toBe(1)
    expect(count('SELECT count(*) FROM stage_history')).toBe(3)
    await undoImport(ws().context.db, state.batchId!)
    expect(count('SELECT count(*) FROM leads')).toBe(0)
    expect(count('SELECT count(*) FROM campaigns')).toBe(0)
    expect(count("SELECT count(*) FROM stages WHERE name = 'Nowhere'")).toBe(0)
    expect(count('SELECT count(*) FROM stage_history')).toBe(0)
    await expect(undoImport(ws().context.db, state.batchId!)).rejects.toThrow('already undone')
    // The import was backed up first.
    expect(ws().safety.list().backups.map((b) => b.reason)).toContain('before-import')
  })

  it('updates duplicates on request, and undo restores what they were', async () => {
    await runHere('Name,Email,Company,Value,Tags\nDana Li,dana@acme.test,Acme,100,old\nAl Bo,,Zeta,5,', { decimalMark: '.' })
    const { state } = await runHere('Name,Email,Company,Value,Tags\nDana Li,dana@acme.test,Acme Corp,200,new\nal bo,,zeta,7,', { duplicates: 'update', decimalMark: '.' })
    if (state.status !== 'done') throw new Error(JSON.stringify(state))
    expect(state.outcome).toMatchObject({ created: 0, updated: 2 })
    expect(ws().database.sqlite.prepare(`SELECT company, value_minor FROM ${LEADS_WITH_PARTIES} leads ORDER BY id`).all()).toEqual([
      { company: 'Acme Corp', value_minor: 20_000 },
      // "zeta" is the organisation Zeta (one company up to case): the deal stays with it as it was spelled.
      { company: 'Zeta', value_minor: 700 },
    ])
    expect(count(`SELECT count(*) FROM ${LEAD_TAGS} lt WHERE tag IN ('old', 'new')`)).toBe(2)
    expect(await undoImport(ws().context.db, state.batchId!)).toEqual({ removed: 0, restored: 2 })
    expect(ws().database.sqlite.prepare(`SELECT company, value_minor FROM ${LEADS_WITH_PARTIES} leads ORDER BY id`).all()).toEqual([
      { company: 'Acme', value_minor: 10_000 },
      { company: 'Zeta', value_minor: 500 },
    ])
    expect(ws().database.sqlite.prepare(`SELECT tag FROM ${LEAD_TAGS} lt`).pluck().all()).toEqual(['old'])
  })

  it('an update row updates the matched person and organisation where its cells have values, and undo puts both back', async () => {
    await runHere('Name,Email,Company,Job title,Website,Industry,Size\nDana Li,dana@acme.test,Acme,CTO,acme.test,Software,40', {})
    const sqlite = ws().database.sqlite
    const people = () => sqlite.prepare('SELECT name, email, job_title FROM people').all()
    const organizations = () => sqlite.prepare('SELECT name, domain, industry, size FROM organizations').all()
    expect(people()).toEqual([{ name: 'Dana Li', email: 'dana@acme.test', job_title: 'CTO' }])
    expect(organizations()).toEqual([{ name: 'Acme', domain: 'acme.test', industry: 'Software', size: '40' }])
    const { state } = await runHere('Name,Email,Company,Job title,Website,Industry,Size\nDana Li,dana@acme.test,Acme,CEO,https://www.acme-group.test/,,200', { duplicates: 'update' })
    if (state.status !== 'done') throw new Error(JSON.stringify(state))
    expect(state.outcome).toMatchObject({ created: 0, updated: 1 })
    // The empty industry cell keeps the saved industry.
    expect(people()).toEqual([{ name: 'Dana Li', email: 'dana@acme.test', job_title: 'CEO' }])
    expect(organizations()).toEqual([{ name: 'Acme', domain: 'acme-group.test', industry: 'Software', size: '200' }])
    expect(await undoImport(ws().context.db, state.batchId!)).toEqual({ removed: 0, restored: 1 })
    expect(people()).toEqual([{ name: 'Dana Li', email: 'dana@acme.test', job_title: 'CTO' }])
    expect(organizations()).toEqual([{ name: 'Acme', domain: 'acme.test', industry: 'Software', size: '40' }])
  })

  it('treats a person named twice in one file as a duplicate of the lead the first row created', async () => {
    const csv = 'Name,Email,Company,Stage,Value,Tags\nDana Li,dana@acme.test,Acme,New,100,vip\nDana Li,DANA@acme.test,Acme Corp,Qualified,250,partner\nAl Bo,,Zeta,,5,\nal bo,,ZETA,,7,'
    const skipped = await runHere(csv, { decimalMark: '.' }, 'preview')
    expect(skipped.state).toMatchObject({ status: 'done', outcome: { created: 2, skipped: 2, updated: 0 } })

    const { state } = await runHere(csv, { duplicates: 'update', decimalMark: '.' })
    if (state.status !== 'done') throw new Error(JSON.stringify(state))
    expect(state.outcome).toMatchObject({ created: 2, updated: 2, skipped: 0 })
    expect(state.outcome.preview.map((p) => p.action)).toEqual(['create', 'update', 'create', 'update'])
    const sqlite = ws().database.sqlite
    expect(sqlite.prepare(`SELECT person_name, company, value_minor, s.name AS stage FROM ${LEADS_WITH_PARTIES} leads JOIN stages s ON s.id = stage_id ORDER BY leads.id`).all()).toEqual([
      { person_name: 'Dana Li', company: 'Acme Corp', value_minor: 25_000, stage: 'Qualified' },
      { person_name: 'al bo', company: 'Zeta', value_minor: 700, stage: 'New' },
    ])
    expect(sqlite.prepare(`SELECT tag FROM ${LEAD_TAGS} lt ORDER BY tag`).pluck().all()).toEqual(['partner', 'vip'])
    // One creation record per lead, in the stage it ended up in; nothing for undo to restore.
    expect(sqlite.prepare('SELECT to_stage_name FROM stage_history ORDER BY lead_id').pluck().all()).toEqual(['Qualified', 'New'])
    expect(sqlite.prepare('SELECT action FROM import_batch_leads').pluck().all()).toEqual(['created', 'created'])
    expect(await undoImport(ws().context.db, state.batchId!)).toEqual({ removed: 2, restored: 0 })
    expect(count('SELECT count(*) FROM leads')).toBe(0)
    expect(count('SELECT count(*) FROM stage_history')).toBe(0)
  })

  it('keeps one undo record and one history row when a file updates the same lead twice', async () => {
    await runHere('Name,Email,Stage\nDana Li,dana@acme.test,New\nBo Chen,bo@beta.test,New', {})
    const sqlite = ws().database.sqlite
    const historyBefore = count('SELECT count(*) FROM stage_history')
    const csv = 'Name,Email,Stage,Value\nDana Li,dana@acme.test,Qualified,100\nDana Li,dana@acme.test,Proposal,200\nBo Chen,bo@beta.test,Qualified,5\nBo Chen,bo@beta.test,New,6'
    const { state } = await runHere(csv, { duplicates: 'update', decimalMark: '.' })
    if (state.status !== 'done') throw new Error(JSON.stringify(state))
    expect(state.outcome).toMatchObject({ created: 0, updated: 4 })
    const moves = () => sqlite.prepare(`SELECT l.person_name, h.from_stage_name, h.to_stage_name FROM stage_history h JOIN ${LEADS_WITH_PARTIES} l ON l.id = h.lead_id WHERE h.from_stage_id IS NOT NULL ORDER BY h.id`).all()
    // Dana's net move New → Proposal; Bo went back to New, so no move at all.
    expect(moves()).toEqual([{ person_name: 'Dana Li', from_stage_name: 'New', to_stage_name: 'Proposal' }])
    expect(count('SELECT count(*) FROM import_batch_leads WHERE batch_id = ' + state.batchId)).toBe(2)
    expect(await undoImport(ws().context.db, state.batchId!)).toEqual({ removed: 0, restored: 2 })
    expect(sqlite.prepare(`SELECT person_name, value_minor, s.name AS stage FROM ${LEADS_WITH_PARTIES} leads JOIN stages s ON s.id = stage_id ORDER BY leads.id`).all()).toEqual([
      { person_name: 'Dana Li', value_minor: 0, stage: 'New' },
      { person_name: 'Bo Chen', value_minor: 0, stage: 'New' },
    ])
    expect(moves()).toEqual([])
    expect(count('SELECT count(*) FROM stage_history')).toBe(historyBefore)
  })

  it('creates duplicates anyway when asked', async () => {
    await runHere('Name,Email\nDana,dana@acme.test', {})
    const { state } = await runHere('Name,Email\nDana,dana@acme.test\nDana,dana@acme.test', { duplicates: 'create' })
    expect(state).toMatchObject({ status: 'done', outcome: { created: 2 } })
    expect(count('SELECT count(*) FROM leads')).toBe(3)
  })

  it('refuses unknown campaigns unless asked to create them', async () => {
    const { state } = await runHere('Name,Campaign\nDana,Fair 2026', { createCampaigns: false })
    expect(state).toMatchObject({ status: 'done', outcome: { created: 0, rejected: 1, problems: [{ row: 2, column: 'Campaign' }] } })
  })

  it('writes the rejected rows as CSV with row number and problem', async () => {
    const { rejectedFile } = await runHere(CSV, {}, 'preview')
    const text = readFileSync(rejectedFile, 'utf8')
    expect(text.split('\r\n')[0]).toBe('Name,Email,Company,Campaign,Stage,Value,Tags,Created,Row,Problem')
    expect(text).toContain('Bo Chen,not-an-email,Beta,,,,,,3,Email: “not-an-email” is not an email address')
  })

  it('cancels without writing anything', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `Person ${i},p${i}@x.test`)
    const file = join(ws().dir, 'big.csv')
    writeFileSync(file, ['Name,Email', ...rows].join('\n'))
    const jobId = await ws().imports.start(file, { mapping: ['personName', 'email'], duplicates: 'skip', dayOrder: 'dmy', decimalMark: '.', createCampaigns: false, createStages: false, pipelineId: null }, 'import')
    ws().imports.cancel(jobId)
    expect(await ws().imports.settled(jobId)).toMatchObject({ status: 'cancelled' })
    expect(count('SELECT count(*) FROM leads')).toBe(0)
    expect(count('SELECT count(*) FROM import_batches')).toBe(0)
  })

  it('leaves a saved value as it was when an update row’s cell is empty', async () => {
    await runHere('Name,Email,Value,Phone\nDana Li,dana@acme.test,100,+1 555 0100', { decimalMark: '.' })
    const { state } = await runHere('Name,Email,Value,Phone\nDana Li,dana@acme.test,,\n', { duplicates: 'update', decimalMark: '.' })
    expect(state).toMatchObject({ status: 'done', outcome: { updated: 1 } })
    expect(ws().database.sqlite.prepare(`SELECT value_minor, phone FROM ${LEADS_WITH_PARTIES} leads`).get()).toEqual({ value_minor: 10_000, phone: '+1 555 0100' })
  })

  it('lists the skipped duplicates with their row numbers and writes them as CSV too', async () => {
    await runHere('Name,Email\nDana Li,dana@acme.test', {})
    const { jobId, state } = await run('Name,Email,Company\nBo Chen,bo@beta.test,Beta\n\nDana Li,DANA@acme.test,Acme\nBo Chen,bo@beta.test,Beta', {}, 'preview')
    expect(state).toMatchObject({ status: 'done', outcome: { created: 1, skipped: 2 } })
    if (state.status !== 'done') return
    expect(state.outcome.skippedRows).toEqual([
      { row: 4, column: 'Email', reason: 'Already in Baton: Dana Li (dana@acme.test)' },
      { row: 5, column: 'Email', reason: 'Already in Baton: Bo Chen (bo@beta.test)' },
    ])
    expect(readFileSync(ws().imports.skippedFile(jobId), 'utf8').split('\r\n')).toEqual([
      'Name,Email,Company,Row,Why it was skipped',
      'Dana Li,DANA@acme.test,Acme,4,Already in Baton: Dana Li (dana@acme.test)',
      'Bo Chen,bo@beta.test,Beta,5,Already in Baton: Bo Chen (bo@beta.test)',
      '',
    ])
  })

  it('undo takes back the owners the import added to the team, unless something uses them since', async () => {
    const { state } = await runHere('Name,Email,Owner\nDana Li,dana@acme.test,Ann Owner\nBo Chen,bo@beta.test,Bo Seller\nCy Ray,cy@x.test,Cleo Keeper', {})
    if (state.status !== 'done') throw new Error('not done')
    expect(state.outcome.membersCreated).toEqual(['Ann Owner', 'Bo Seller', 'Cleo Keeper'])
    const sqlite = ws().database.sqlite
    // Since the import: Bo got an email in Settings, and Cleo owns a lead made by hand.
    sqlite.prepare(`UPDATE team_members SET email = 'bo@firm.test' WHERE name = 'Bo Seller'`).run()
    expect(await ws().dispatch('leads.create', { personName: 'Eve Park', owner: 'Cleo Keeper', tags: [] })).toMatchObject({ ok: true })
    await undoImport(ws().context.db, state.batchId!)
    expect(sqlite.prepare('SELECT name FROM team_members ORDER BY name').pluck().all()).toEqual(['Bo Seller', 'Cleo Keeper'])
  })

  it('removes the temporary files of an import whose app was killed, at the next start', () => {
    const folder = join(ws().dir, 'tmp')
    // A process id no process has (above the kernel's limit), and this process's parent, which runs.
    const dead = join(folder, 'baton-import-4194999-abc123')
    const alive = join(folder, `baton-import-${process.ppid}-def456`)
    for (const dir of [dead, alive]) {
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'rejected-1.csv'), 'Name,Row,Problem\r\n')
    }
    writeFileSync(join(folder, 'baton-notes.txt'), 'not an import folder')
    expect(removeStaleImportFiles(folder)).toBe(1)
    expect(existsSync(dead)).toBe(false)
    expect(existsSync(alive)).toBe(true)
    expect(existsSync(join(folder, 'baton-notes.txt'))).toBe(true)
  })

  it('sweeps them when a workspace opens, as the app does on start', async () => {
    const stale = mkdtempSync(join(tmpdir(), 'baton-import-4194999-'))
    writeFileSync(join(stale, 'skipped-3.csv'), 'Name,Row,Why it was skipped\r\n')
    const next = await tempWorkspace()
    try {
      expect(existsSync(stale)).toBe(false)
    } finally {
      await next.cleanup()
    }
  })
})
