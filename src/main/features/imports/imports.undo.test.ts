import { describe, expect, it } from 'vitest'
import { GoalInput } from '@shared/contract/goals'
import { makeLead } from '../../../../test/fixtures/builders'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { createGoal } from '../goals/goals.service'
import { undoImport } from './imports.service'

// Undoing an import runs on the app's own connection, so it holds on either engine: the batch is
// written here as the import leaves it (its records of what it created and what it changed).

const NOW = '2026-03-02T09:00:00.000Z'

describe('undoing an import', () => {
  const database = useTestDatabase()
  const db = () => database().db

  async function batch(): Promise<number> {
    const { id } = await db()
      .insertInto('import_batches')
      .values({ file_name: 'deals.csv', created_at: NOW, rows_read: 2, created_count: 1, updated_count: 1, skipped_count: 0, rejected_count: 0, undone_at: null, currency_rates: null })
      .returning('id')
      .executeTakeFirstOrThrow()
    return id
  }

  async function addedMember(batchId: number, name: string): Promise<void> {
    const { id } = await db().insertInto('team_members').values({ name, email: null, archived_at: null, created_at: NOW }).returning('id').executeTakeFirstOrThrow()
    await db().insertInto('import_batch_records').values({ batch_id: batchId, kind: 'team_member', record_id: id }).execute()
  }

  it('removes the owners it added unless a goal or a saved report names them in its filters since', async () => {
    const batchId = await batch()
    for (const name of ['Ann Owner', 'Gus Goal', 'Rae Report', 'Nia Notes']) await addedMember(batchId, name)
    await createGoal(db(), GoalInput.parse({ title: 'Gus’s quarter', team: 'sales', metric: 'won_revenue', target: 1000, startsOn: '2026-01-01', endsOn: '2026-03-31', filters: { owner: 'gus goal' } }))
    await db()
      .insertInto('saved_reports')
      .values([
        { name: 'Rae’s deals', kind: 'pipeline', settings: JSON.stringify({ filters: { owner: 'Rae Report' } }), created_at: NOW, updated_at: NOW },
        // A name elsewhere in the settings is not an owner.
        { name: 'Notes', kind: 'pipeline', settings: JSON.stringify({ title: 'Nia Notes', filters: {} }), created_at: NOW, updated_at: NOW },
      ])
      .execute()
    await undoImport(db(), batchId)
    const names = await db().selectFrom('team_members').select('name').orderBy('name').execute()
    expect(names.map((member) => member.name)).toEqual(['Gus Goal', 'Rae Report'])
  })

  it('removes the leads it created and gives the ones it changed their values back', async () => {
    const batchId = await batch()
    const made = await makeLead(db(), { personName: 'Dana Li', valueMinor: 5_000 })
    const changed = await makeLead(db(), { personName: 'Bo Chen', valueMinor: 7_000, notes: 'Met at the fair' })
    const before = await db().selectFrom('leads').selectAll().where('id', '=', changed.id).executeTakeFirstOrThrow()
    await db().updateTable('leads').set({ value_minor: 9_900, notes: 'From the file' }).where('id', '=', changed.id).execute()
    await db()
      .insertInto('import_batch_leads')
      .values([
        { batch_id: batchId, lead_id: made.id, action: 'created', before: null },
        { batch_id: batchId, lead_id: changed.id, action: 'updated', before: JSON.stringify({ row: before, person: null, organization: null, tags: [], historyId: null }) },
      ])
      .execute()
    expect(await undoImport(db(), batchId)).toEqual({ removed: 1, restored: 1 })
    expect(await db().selectFrom('leads').select('id').where('id', '=', made.id).executeTakeFirst()).toBeUndefined()
    expect(await db().selectFrom('leads').select(['value_minor', 'notes']).where('id', '=', changed.id).executeTakeFirstOrThrow()).toEqual({ value_minor: 7_000, notes: 'Met at the fair' })
    const { undone_at } = await db().selectFrom('import_batches').select('undone_at').where('id', '=', batchId).executeTakeFirstOrThrow()
    expect(undone_at).not.toBeNull()
    await expect(undoImport(db(), batchId)).rejects.toThrow('already undone')
  })
})
