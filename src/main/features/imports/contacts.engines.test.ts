import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DuplicatePolicy, ImportOptions } from '@shared/domain/imports'
import { useImportConnection } from '../../../../test/fixtures/importConnection'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { guessFileKind, guessMapping } from './headers'
import { runImportOver } from './import.run'
import { listBatches, undoImport } from './imports.service'

// Files of people or organisations alone, on either engine: Pipedrive's persons and organizations
// exports and HubSpot's companies export (from their documented column lists) are read as contacts,
// make people and organisations and no deals, match what Baton has (a person by email, an
// organisation by name or domain), "update" keeps what an empty cell leaves out, and undo takes
// back what was made and puts back what was changed.

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name)
const noon = (day: string) => `${day}T12:00:00.000Z`

describe('a contacts file on the connection of either engine', () => {
  const database = useTestDatabase()
  const db = () => database().db
  const { connection, folder } = useImportConnection(database)

  /** Imports a fixture as Baton guesses it (its kind must be contacts). */
  async function importAsGuessed(name: string, duplicates: DuplicatePolicy = 'skip', mode: 'preview' | 'import' = 'import') {
    const file = fixture(name)
    const headers = readFileSync(file, 'utf8').split('\n')[0]!.split(',')
    expect(guessFileKind(headers)).toBe('contacts')
    const dir = folder()
    const options: ImportOptions = { mapping: guessMapping(headers), kind: 'contacts', duplicates, dayOrder: 'dmy', decimalMark: '.', createCampaigns: true, createStages: false, pipelineId: null }
    const result = await runImportOver(await connection(), { file, options, mode, rejectedFile: join(dir, 'rejected.csv') }, { onProgress: () => {}, isCancelled: () => false })
    if (result.status !== 'done') throw new Error('the import did not finish')
    return result
  }

  const people = async () =>
    (
      await db()
        .selectFrom('people as p')
        .leftJoin('organizations as o', 'o.id', 'p.organization_id')
        .select(['p.id', 'p.name', 'p.email', 'p.phone', 'p.owner', 'p.notes', 'p.created_at', 'o.name as organization'])
        .orderBy('p.id')
        .execute()
    ).map(({ id: _id, ...person }) => person)
  const organizations = async () =>
    (await db().selectFrom('organizations').select(['id', 'name', 'domain', 'industry', 'size', 'owner', 'created_at']).orderBy('id').execute()).map(({ id: _id, ...organization }) => organization)
  const tags = async (table: 'person_tags' | 'organization_tags') => (await db().selectFrom(table).select('tag').orderBy('tag').execute()).map((r) => r.tag)
  const leadCount = async () => Number((await db().selectFrom('leads').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)

  it('Pipedrive persons: a person per row with their organisation, and no deals', async () => {
    const { outcome, batchId } = await importAsGuessed('pipedrive-persons.csv')
    expect(outcome).toMatchObject({ kind: 'contacts', rowsRead: 3, created: 3, updated: 0, rejected: 0, peopleCreated: 3, organizationsCreated: 2, membersCreated: ['Ann Owner', 'Bo Seller'] })
    expect(await leadCount()).toBe(0)
    expect(await people()).toEqual([
      { name: 'Dana Li', email: 'dana@acme.test', phone: '+1 555 0100', owner: 'Ann Owner', notes: 'Met at the fair', created_at: noon('2026-01-14'), organization: 'Acme Inc' },
      { name: 'Jonas Weber', email: 'jonas@beta.test', phone: '+49 30 1234567', owner: 'Ann Owner', notes: null, created_at: noon('2025-11-02'), organization: 'Beta GmbH' },
      { name: 'Cy Ray', email: null, phone: null, owner: 'Bo Seller', notes: 'Prefers phone', created_at: noon('2026-02-01'), organization: null },
    ])
    expect(await tags('person_tags')).toEqual(['Customer', 'Hot lead'])
    // The import history names it as contacts, not leads.
    expect(await listBatches(db())).toEqual([expect.objectContaining({ kind: 'contacts', created: 3 })])

    // Undo counts the people and organisations it removes: the file made no leads.
    expect(await undoImport(db(), batchId!)).toEqual({ removed: 5, restored: 0 })
    expect(await people()).toEqual([])
    expect(await organizations()).toEqual([])
  })

  it('Pipedrive organizations, then HubSpot companies as an update: matched by name or domain, empty cells keep what is saved, undo puts it back', async () => {
    const first = await importAsGuessed('pipedrive-organizations.csv')
    expect(first.outcome).toMatchObject({ rowsRead: 3, created: 3, peopleCreated: 0, organizationsCreated: 3 })
    const before = [
      { name: 'Acme Inc', domain: 'acme.test', industry: 'Software', size: '120', owner: 'Ann Owner', created_at: noon('2026-01-10') },
      { name: 'Beta GmbH', domain: 'beta.test', industry: 'Manufacturing', size: '45', owner: 'Ann Owner', created_at: noon('2025-10-20') },
      { name: 'Gamma LLC', domain: null, industry: 'Consulting', size: null, owner: 'Bo Seller', created_at: noon('2026-02-02') },
    ]
    expect(await organizations()).toEqual(before)
    expect(await tags('organization_tags')).toEqual(['Customer', 'Prospect'])

    // A preview says what the file would do and changes nothing.
    const preview = await importAsGuessed('hubspot-companies.csv', 'update', 'preview')
    expect(preview.outcome).toMatchObject({ created: 2, updated: 2, organizationsCreated: 2, organizationsUpdated: 2, peopleCreated: 0 })
    expect(preview.outcome.preview.map((row) => [row.personName, row.action])).toEqual([
      ['Acme Inc', 'update'],
      ['Beta Group', 'update'],
      ['Delta Co', 'create'],
      ['Epsilon SA', 'create'],
    ])
    expect(await organizations()).toEqual(before)

    const { outcome, batchId } = await importAsGuessed('hubspot-companies.csv', 'update')
    expect(outcome).toMatchObject({ rowsRead: 4, created: 2, updated: 2, rejected: 0, organizationsCreated: 2, organizationsUpdated: 2 })
    expect(await organizations()).toEqual([
      // The file's industry and size replace Acme's; Beta Group is Beta GmbH by its domain, and its empty cells keep what Baton has.
      { ...before[0], industry: 'COMPUTER_SOFTWARE', size: '150' },
      before[1],
      before[2],
      { name: 'Delta Co', domain: 'delta.test', industry: 'RETAIL', size: '8', owner: 'Bo Seller', created_at: noon('2026-02-12') },
      { name: 'Epsilon SA', domain: 'epsilon.test', industry: null, size: null, owner: null, created_at: noon('2026-03-03') },
    ])
    expect(await leadCount()).toBe(0)

    expect(await undoImport(db(), batchId!)).toEqual({ removed: 2, restored: 2 })
    expect(await organizations()).toEqual(before)
  })

  it('a persons file as an update: the matched person takes what the row has, and undo gives them back what they had', async () => {
    await importAsGuessed('pipedrive-organizations.csv')
    await importAsGuessed('pipedrive-persons.csv')
    await db().updateTable('people').set({ phone: '+1 555 0000', notes: 'Typed in Baton' }).where('name', '=', 'Dana Li').execute()
    const saved = await people()
    const { outcome, batchId } = await importAsGuessed('pipedrive-persons.csv', 'update')
    // Cy has no email and no organisation: nothing to match him by, so he is a new person.
    expect(outcome).toMatchObject({ rowsRead: 3, created: 1, updated: 2, peopleCreated: 1, peopleUpdated: 2, organizationsCreated: 0 })
    expect((await people()).slice(0, 2)).toEqual([
      { ...saved[0], phone: '+1 555 0100', notes: 'Met at the fair' },
      // Jonas's empty notes cell keeps what is saved.
      saved[1],
    ])
    await undoImport(db(), batchId!)
    expect(await people()).toEqual(saved)
    expect(await leadCount()).toBe(0)
  })
})
