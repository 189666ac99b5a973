import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CustomColumnChoice, ImportOptions } from '@shared/domain/imports'
import { useImportConnection } from '../../../../test/fixtures/importConnection'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { createCustomField } from '../custom-fields/customFields.service'
import { readRecordValues, saveCustomValues } from '../custom-fields/customFields.values'
import { guessMapping } from './headers'
import { runImportOver } from './import.run'
import { undoImport } from './imports.service'

// Columns no Baton field takes, kept in custom fields by the import itself, on either engine: a
// field made in the same step (typed, its choices grown from later rows), an existing one,
// values read as their type (a cell that cannot be is a warning, not a lost row), what a preview
// shows, and undo: the values it wrote go, the ones it replaced come back, the field it made goes.

const FILE = [
  'Name,Email,Company,Deal title,Value,Seats,Tier,Renewal,Account number',
  'Dana Li,dana@acme.test,Acme,Website,1200,12,Gold,2026-03-01,A-1',
  'Bo Chen,bo@beta.test,Beta,Hosting,80,"1,250",Silver,15/04/2026,B-2',
  'Cy Ray,cy@gamma.test,Gamma,Audit,50,many,Platinum,,C-3',
].join('\n')

describe('custom fields filled by an import, on either engine', () => {
  const database = useTestDatabase()
  const db = () => database().db
  const { connection, folder } = useImportConnection(database)

  async function importFile(csv: string, customColumns: Array<CustomColumnChoice | null>, options: Partial<ImportOptions> = {}, mode: 'preview' | 'import' = 'import') {
    const dir = folder()
    const file = join(dir, 'deals.csv')
    writeFileSync(file, csv)
    const headers = csv.split('\n')[0]!.split(',')
    const mapping = guessMapping(headers).map((field, column) => (customColumns[column] ? null : field))
    const full: ImportOptions = { mapping, duplicates: 'skip', dayOrder: 'dmy', decimalMark: '.', createCampaigns: true, createStages: false, pipelineId: null, customColumns, ...options }
    const result = await runImportOver(await connection(), { file, options: full, mode, rejectedFile: join(dir, 'rejected.csv') }, { onProgress: () => {}, isCancelled: () => false })
    if (result.status !== 'done') throw new Error('the import did not finish')
    return result
  }

  const idsOf = async (table: 'leads' | 'people' | 'organizations') => (await db().selectFrom(table).select('id').orderBy('id').execute()).map((r) => Number(r.id))
  const fields = async () => (await db().selectFrom('custom_fields').select(['entity', 'key', 'label', 'type', 'options']).orderBy('id').execute()).map((f) => ({ ...f, options: JSON.parse(f.options) as string[] }))

  const NEW_COLUMNS: Array<CustomColumnChoice | null> = [
    null,
    null,
    null,
    null,
    null,
    { kind: 'new', entity: 'lead', label: 'Seats', type: 'number', options: [] },
    { kind: 'new', entity: 'organization', label: 'Tier', type: 'choice', options: ['Gold', 'Silver'] },
    { kind: 'new', entity: 'lead', label: 'Renewal', type: 'date', options: [] },
  ]

  it('makes the new fields, writes each value typed on its record, and undo takes fields and values away', async () => {
    const { outcome, batchId } = await importFile(FILE, NEW_COLUMNS)
    expect(outcome).toMatchObject({ created: 3, rejected: 0, customFieldsCreated: ['Seats', 'Tier', 'Renewal'] })
    // "many" is no number: the row is imported, that cell is left out and said so.
    expect(outcome.warnings).toEqual([{ row: 4, column: 'Seats', reason: 'Seats must be a number — “many” was left out' }])
    expect(await fields()).toEqual([
      { entity: 'lead', key: 'seats', label: 'Seats', type: 'number', options: [] },
      // A choice met only in a later row joins the choices of the field the import made.
      { entity: 'organization', key: 'tier', label: 'Tier', type: 'choice', options: ['Gold', 'Silver', 'Platinum'] },
      { entity: 'lead', key: 'renewal', label: 'Renewal', type: 'date', options: [] },
    ])
    const [dana, bo, cy] = await idsOf('leads')
    const [acme, beta, gamma] = await idsOf('organizations')
    expect(await readRecordValues(db(), 'lead', dana!)).toEqual({ seats: 12, renewal: '2026-03-01' })
    expect(await readRecordValues(db(), 'lead', bo!)).toEqual({ seats: 1250, renewal: '2026-04-15' })
    expect(await readRecordValues(db(), 'lead', cy!)).toEqual({})
    expect(await readRecordValues(db(), 'organization', acme!)).toEqual({ tier: 'Gold' })
    expect(await readRecordValues(db(), 'organization', beta!)).toEqual({ tier: 'Silver' })
    expect(await readRecordValues(db(), 'organization', gamma!)).toEqual({ tier: 'Platinum' })
    // Sorting a number field sorts numbers: the values are typed, not text.
    expect(await db().selectFrom('custom_field_values').select('number_value').where('number_value', 'is not', null).orderBy('number_value').execute()).toEqual([{ number_value: 12 }, { number_value: 1250 }])

    await undoImport(db(), batchId!)
    expect(await idsOf('leads')).toEqual([])
    expect(await fields()).toEqual([])
    expect(await db().selectFrom('custom_field_values').selectAll().execute()).toEqual([])
  })

  it('shows the values in the preview and leaves no field behind', async () => {
    const { outcome, batchId } = await importFile(FILE, NEW_COLUMNS, {}, 'preview')
    expect(batchId).toBeNull()
    expect(outcome.preview.map((row) => row.custom)).toEqual([
      [
        { label: 'Seats', value: '12' },
        { label: 'Tier', value: 'Gold' },
        { label: 'Renewal', value: '2026-03-01' },
      ],
      [
        { label: 'Seats', value: '1250' },
        { label: 'Tier', value: 'Silver' },
        { label: 'Renewal', value: '2026-04-15' },
      ],
      [{ label: 'Tier', value: 'Platinum' }],
    ])
    expect(await fields()).toEqual([])
  })

  it('fills an existing field on matched records and undo puts back what they had', async () => {
    const account = await createCustomField(db(), { entity: 'person', label: 'Account number', type: 'text', options: [], helpText: null, required: false })
    await importFile(FILE.split('\n').slice(0, 3).join('\n'), [])
    const [dana, bo] = await idsOf('people')
    await saveCustomValues(db(), 'person', dana!, { account_number: 'OLD-1' }, 'update')
    const accountOnly: Array<CustomColumnChoice | null> = [null, null, null, null, null, null, null, null, { kind: 'existing', fieldId: account.id }]
    // Dana's row changes her number; Bo's empty cell leaves his alone; Cy is new.
    const file = [FILE.split('\n')[0], 'Dana Li,dana@acme.test,Acme,Website,1200,,,,A-1', 'Bo Chen,bo@beta.test,Beta,Hosting,80,,,,', 'Cy Ray,cy@gamma.test,Gamma,Audit,50,,,,C-3'].join('\n')
    const { outcome, batchId } = await importFile(file, accountOnly, { duplicates: 'update' })
    expect(outcome).toMatchObject({ created: 1, updated: 2, customFieldsCreated: [] })
    const cy = (await idsOf('people'))[2]!
    expect(await readRecordValues(db(), 'person', dana!)).toEqual({ account_number: 'A-1' })
    expect(await readRecordValues(db(), 'person', bo!)).toEqual({})
    expect(await readRecordValues(db(), 'person', cy)).toEqual({ account_number: 'C-3' })

    await undoImport(db(), batchId!)
    expect(await readRecordValues(db(), 'person', dana!)).toEqual({ account_number: 'OLD-1' })
    expect(await idsOf('people')).toEqual([dana, bo])
    // The field was there before the import: it stays.
    expect((await fields()).map((f) => f.key)).toEqual(['account_number'])
  })

  it('keeps a field it made when a value was filled in by hand since', async () => {
    await importFile([FILE.split('\n')[0], 'Eve Ng,eve@delta.test,Delta,Training,90,,,,'].join('\n'), [])
    const [eve] = await idsOf('leads')
    const { batchId } = await importFile(FILE, NEW_COLUMNS)
    // Someone types a number of seats on a lead that was there before the import.
    await saveCustomValues(db(), 'lead', eve!, { seats: 3 }, 'update')
    await undoImport(db(), batchId!)
    expect((await fields()).map((f) => f.key)).toEqual(['seats'])
    expect(await readRecordValues(db(), 'lead', eve!)).toEqual({ seats: 3 })
  })

  it('refuses a new field named like one the entity has, saying which', async () => {
    await createCustomField(db(), { entity: 'lead', label: 'Seats', type: 'number', options: [], helpText: null, required: false })
    await expect(importFile(FILE, NEW_COLUMNS)).rejects.toThrow('A field called “Seats” is already on leads: choose it in the list instead.')
    expect(await idsOf('leads')).toEqual([])
  })
})
