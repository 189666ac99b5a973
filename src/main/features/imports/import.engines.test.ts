import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportOptions } from '@shared/domain/imports'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { guessCampaignMapping, guessMapping } from './headers'
import { postgresImportConnection, sqliteImportConnection, type ImportConnection } from './importConnection'
import { runImportOver } from './import.run'
import { undoImport } from './imports.service'
import { staleSave } from '../versions/record-versions'

// An import's rules over its own connection, on either engine: who each row's deal is with (one
// person, many deals), where it lands (stage, won with its day), a campaigns file, what the batch
// records, and that undo takes it all back. The worker around it is tested in imports.test.ts.

const DEALS = [
  'Deal title,Value,Stage,Status,Won time,Name,Email,Company,Owner,Tags',
  'Website redesign,"1,200.00",Qualified,Open,,Dana Li,dana@acme.test,Acme,Ann Owner,vip',
  'Support plan,300,Qualified,Won,2026-02-10,Dana Li,DANA@acme.test,Acme,Ann Owner,',
  'Hosting,80,,Open,,Bo Chen,bo@beta.test,Beta Ltd,,',
  'Audit,,Nowhere,Open,,Cy Ray,not-an-email,Gamma,,',
].join('\n')

describe('an import on the connection of either engine', () => {
  const database = useTestDatabase()
  const db = () => database().db
  const cleanups: Array<() => Promise<void> | void> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  async function connection(): Promise<ImportConnection> {
    const open = database()
    if (open.engine === 'sqlite') return sqliteImportConnection(open.sqlite)
    const client = await open.pool.connect()
    cleanups.push(() => client.release())
    return postgresImportConnection(client)
  }

  async function importFile(csv: string, options: Partial<ImportOptions> = {}, mode: 'preview' | 'import' = 'import') {
    const dir = mkdtempSync(join(tmpdir(), 'baton-engines-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const file = join(dir, 'deals.csv')
    writeFileSync(file, csv)
    const headers = csv.split('\n')[0]!.split(',')
    const full: ImportOptions = { mapping: guessMapping(headers), duplicates: 'skip', dayOrder: 'dmy', decimalMark: '.', createCampaigns: true, createStages: false, pipelineId: null, ...options }
    const result = await runImportOver(await connection(), { file, options: full, mode, rejectedFile: join(dir, 'rejected.csv') }, { onProgress: () => {}, isCancelled: () => false })
    if (result.status !== 'done') throw new Error('the import did not finish')
    return result
  }

  /** The deals as the board shows them (a closed one's day, not its instant: noon in the firm's zone). */
  const leads = async () =>
    (
      await db()
      .selectFrom('leads as l')
      .leftJoin('people as p', 'p.id', 'l.person_id')
      .leftJoin('organizations as o', 'o.id', 'l.organization_id')
      .innerJoin('stages as s', 's.id', 'l.stage_id')
      .select(['l.title', 'l.value_minor', 'l.owner', 'l.closed_at', 'p.name as person', 'p.email', 'o.name as organization', 's.name as stage'])
      .orderBy('l.id')
      .execute()
    ).map((lead) => ({ ...lead, closed_at: lead.closed_at?.slice(0, 10) ?? null }))

  it('gives one person with several deals, closes the won one on its day, and undo takes it all back', async () => {
    const { outcome, batchId } = await importFile(DEALS)
    expect(outcome).toMatchObject({ rowsRead: 4, created: 3, skipped: 0, rejected: 1, won: 1, wonValueMinor: 30_000, membersCreated: ['Ann Owner'] })
    expect(outcome.problems).toEqual([expect.objectContaining({ row: 5, column: 'Email' })])
    expect(await leads()).toEqual([
      { title: 'Website redesign', value_minor: 120_000, owner: 'Ann Owner', closed_at: null, person: 'Dana Li', email: 'dana@acme.test', organization: 'Acme', stage: 'Qualified' },
      { title: 'Support plan', value_minor: 30_000, owner: 'Ann Owner', closed_at: '2026-02-10', person: 'Dana Li', email: 'dana@acme.test', organization: 'Acme', stage: 'Won' },
      { title: 'Hosting', value_minor: 8_000, owner: null, closed_at: null, person: 'Bo Chen', email: 'bo@beta.test', organization: 'Beta Ltd', stage: 'New' },
    ])
    expect(await db().selectFrom('people').select('name').orderBy('id').execute()).toEqual([{ name: 'Dana Li' }, { name: 'Bo Chen' }])
    expect(await db().selectFrom('person_tags').select('tag').execute()).toEqual([{ tag: 'vip' }])
    // Each new deal's history starts in the stage it was made in; the won one's goes on to Won.
    expect(await db().selectFrom('stage_history').select(['to_stage_name']).orderBy('lead_id').orderBy('id').execute()).toHaveLength(4)

    expect(await undoImport(db(), batchId!)).toEqual({ removed: 3, restored: 0 })
    expect(await leads()).toEqual([])
    expect(await db().selectFrom('people').select('id').execute()).toEqual([])
    expect(await db().selectFrom('organizations').select('id').execute()).toEqual([])
    expect(await db().selectFrom('team_members').select('name').where('name', '=', 'Ann Owner').execute()).toEqual([])
  })

  it('updates a repeated deal where the file has values, and undo puts it back as it was', async () => {
    await importFile(DEALS)
    const versions = () => db().selectFrom('leads').select(['id', 'version']).orderBy('id').execute()
    const [website] = await versions()
    const dana = await db().selectFrom('people').select(['id', 'version']).where('name', '=', 'Dana Li').executeTakeFirstOrThrow()
    const again = ['Deal title,Value,Name,Email,Company,Job title', 'Website redesign,1500,Dana Li,dana@acme.test,Acme,Head of IT', 'Hosting,,Bo Chen,bo@beta.test,Beta Ltd,'].join('\n')
    const { outcome, batchId } = await importFile(again, { duplicates: 'update' })
    expect(outcome).toMatchObject({ created: 0, updated: 2 })
    // A drawer open on an updated deal or person since before the import is refused, naming the import.
    expect((await versions())[0]!.version).toBeGreaterThan(website!.version)
    expect((await staleSave(db(), 'lead', website!.id, website!.version)).message).toMatch(/^You updated 2 leads from “deals\.csv” (just now|\d+ seconds ago)\./)
    expect((await staleSave(db(), 'person', dana.id, dana.version)).message).toMatch(/^You updated 2 leads from “deals\.csv”/)
    const afterImport = (await versions())[0]!.version
    const values = async () => (await leads()).map((lead) => [lead.title, lead.value_minor])
    expect(await values()).toEqual([
      ['Website redesign', 150_000],
      ['Support plan', 30_000],
      // An empty cell keeps the saved value.
      ['Hosting', 8_000],
    ])
    expect(await db().selectFrom('people').select('job_title').where('name', '=', 'Dana Li').executeTakeFirst()).toEqual({ job_title: 'Head of IT' })
    expect(await undoImport(db(), batchId!)).toEqual({ removed: 0, restored: 2 })
    expect(await values()).toEqual([
      ['Website redesign', 120_000],
      ['Support plan', 30_000],
      ['Hosting', 8_000],
    ])
    expect(await db().selectFrom('people').select('job_title').where('name', '=', 'Dana Li').executeTakeFirst()).toEqual({ job_title: null })
    expect((await staleSave(db(), 'lead', website!.id, afterImport)).message).toMatch(/^You undid the import of “deals\.csv” (just now|\d+ seconds ago)\./)
  })

  it('imports a campaigns file, updates it from a second one, and undo puts the campaign back', async () => {
    const campaigns = (csv: string, duplicates: ImportOptions['duplicates']) =>
      importFile(csv, { kind: 'campaigns', duplicates, decimalMark: ',', mapping: guessCampaignMapping(csv.split('\n')[0]!.split(',')) })
    await campaigns('Campaign,Channel,Budget,Start date\nSpring webinar,Webinar,500,01/03/2026\nTrade fair,Event,"2500,50",', 'skip')
    const spring = await db().selectFrom('campaigns').select(['id', 'version']).where('name', '=', 'Spring webinar').executeTakeFirstOrThrow()
    const { outcome, batchId } = await campaigns('Campaign,Budget\nSpring webinar,750\nNewsletter,', 'update')
    expect(outcome).toMatchObject({ created: 1, updated: 1 })
    expect((await staleSave(db(), 'campaign', spring.id, spring.version)).message).toMatch(/^You updated 1 campaign from “deals\.csv”/)
    const saved = () => db().selectFrom('campaigns').select(['name', 'budget_minor', 'starts_on']).orderBy('id').execute()
    expect(await saved()).toEqual([
      { name: 'Spring webinar', budget_minor: 75_000, starts_on: '2026-03-01' },
      { name: 'Trade fair', budget_minor: 250_050, starts_on: null },
      { name: 'Newsletter', budget_minor: 0, starts_on: null },
    ])
    expect(await undoImport(db(), batchId!)).toEqual({ removed: 1, restored: 1 })
    expect((await staleSave(db(), 'campaign', spring.id, spring.version + 1)).message).toMatch(/^You undid the import of “deals\.csv”/)
    expect(await saved()).toEqual([
      { name: 'Spring webinar', budget_minor: 50_000, starts_on: '2026-03-01' },
      { name: 'Trade fair', budget_minor: 250_050, starts_on: null },
    ])
  })

  it('previews without writing anything', async () => {
    const { outcome, batchId } = await importFile(DEALS, {}, 'preview')
    expect(outcome).toMatchObject({ created: 3, rejected: 1 })
    expect(batchId).toBeNull()
    expect(await leads()).toEqual([])
    expect(await db().selectFrom('import_batches').select('id').execute()).toEqual([])
  })
})
