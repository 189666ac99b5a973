import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { describeNewerChanges, timeAgo } from '@shared/domain/recordChanges'
import { queryRows } from '../../../../test/fixtures/sql'
import { testWorkspace, type TestWorkspace } from '../board/board.fixtures'

// A save based on an older version of a record is refused, saying what changed and when; one
// based on the version on record goes through and writes down what it changed. On both engines
// (the unit and postgres projects); who changed it is a team member's name, tested with real
// logins in live.postgres.test.ts.

describe('record versions', () => {
  let t: TestWorkspace
  beforeEach(async () => {
    t = await testWorkspace()
  })
  afterEach(() => t.dispose())

  it('refuses a lead save based on an older version, says what changed, and keeps the newer value', async () => {
    const lead = await t.call('leads.create', { personName: 'Dana Li', valueMinor: 100_000 })
    expect(lead.version).toBe(1)
    const first = await t.call('leads.update', { id: lead.id, fields: { valueMinor: 120_000, notes: 'Budget approved' }, basedOnVersion: 1 })
    expect(first.version).toBe(2)

    const refused = await t.fail('leads.update', { id: lead.id, fields: { valueMinor: 90_000 }, basedOnVersion: 1 })
    expect(refused.code).toBe('stale')
    expect(refused.message).toMatch(/^The value and the notes of this lead changed (just now|\d+ seconds ago)\. Your changes are not saved yet: they are still in the form\.$/)
    // Nothing of the refused save was written.
    expect(await t.call('leads.get', { id: lead.id })).toMatchObject({ valueMinor: 120_000, version: 2 })

    // Applied again on the version now on record, it goes through.
    const applied = await t.call('leads.update', { id: lead.id, fields: { valueMinor: 90_000 }, basedOnVersion: 2 })
    expect(applied).toMatchObject({ valueMinor: 90_000, notes: 'Budget approved', version: 3 })
  })

  it('writes down each version of a lead with the fields it changed, moves included', async () => {
    const lead = await t.call('leads.create', { personName: 'Dana Li' })
    const board = await t.call('board.load', { pipelineId: lead.pipelineId, filters: {}, perColumn: 40 })
    const next = { id: board.columns[1]!.stageId }
    await t.call('leads.update', { id: lead.id, fields: { title: 'Renewal', email: 'dana@firm.test' } })
    await t.call('leads.move', { leadId: lead.id, stageId: next.id, beforeLeadId: null })
    const rows = await queryRows<{ version: number; fields: string; changed_by: string | null }>(
      t.database.db,
      sql`SELECT version, fields, changed_by FROM record_changes WHERE record_type = 'lead' AND record_id = ${lead.id} ORDER BY version`,
    )
    expect(rows).toEqual([
      { version: 2, fields: 'title,email', changed_by: null },
      { version: 3, fields: 'stage_id', changed_by: null },
    ])
    const stale = await t.fail('leads.update', { id: lead.id, fields: { notes: 'x' }, basedOnVersion: 1 })
    expect(stale.message).toMatch(/^The title, the email and the stage of this lead changed/)
  })

  it('refuses stale saves of people, organisations, campaigns and goals', async () => {
    const lead = await t.call('leads.create', { personName: 'Dana Li', company: 'Lumen Dental' })
    const person = await t.call('people.get', { id: lead.personId! })
    await t.call('people.update', { id: person.id, fields: { jobTitle: 'Practice manager' }, basedOnVersion: person.version })
    expect(await t.fail('people.update', { id: person.id, fields: { jobTitle: 'Dentist' }, basedOnVersion: person.version })).toMatchObject({
      code: 'stale',
      message: expect.stringMatching(/^The job title of this person changed/) as string,
    })

    const organization = await t.call('organizations.get', { id: lead.organizationId! })
    await t.call('organizations.update', { id: organization.id, fields: { industry: 'Dental' }, basedOnVersion: organization.version })
    expect(await t.fail('organizations.update', { id: organization.id, fields: { region: 'North' }, basedOnVersion: organization.version })).toMatchObject({
      code: 'stale',
      message: expect.stringMatching(/^The industry of this organisation changed/) as string,
    })

    const campaign = await t.call('campaigns.create', { name: 'Spring mailing', channel: 'email' })
    const fields = { name: 'Spring mailing', channel: 'email' as const, budgetMinor: 50_000 }
    expect(await t.call('campaigns.update', { id: campaign.id, fields, basedOnVersion: 1 })).toMatchObject({ version: 2, budgetMinor: 50_000 })
    expect(await t.fail('campaigns.update', { id: campaign.id, fields: { ...fields, budgetMinor: 1 }, basedOnVersion: 1 })).toMatchObject({
      code: 'stale',
      message: expect.stringMatching(/^The budget of this campaign changed/) as string,
    })

    const goalFields = { title: 'Ten wins', team: 'sales' as const, metric: 'deals_won' as const, target: 10, startsOn: '2026-01-01', endsOn: '2026-03-31' }
    const goal = await t.call('goals.create', goalFields)
    await t.call('goals.update', { id: goal.id, fields: { ...goalFields, target: 12 }, basedOnVersion: goal.version })
    expect(await t.fail('goals.update', { id: goal.id, fields: { ...goalFields, title: 'A dozen' }, basedOnVersion: goal.version })).toMatchObject({
      code: 'stale',
      message: expect.stringMatching(/^The target of this goal changed/) as string,
    })
    expect((await t.call('goals.get', { id: goal.id })).goal.title).toBe('Ten wins')
  })

  it('names a bulk edit that reached the record as what it did (bulk-versions.test.ts has the rest)', async () => {
    const lead = await t.call('leads.create', { personName: 'Dana Li' })
    await t.call('leads.bulk', { leadIds: [lead.id], action: { type: 'setOwner', owner: 'Sam' } })
    const refused = await t.fail('leads.update', { id: lead.id, fields: { notes: 'x' }, basedOnVersion: 1 })
    expect(refused).toMatchObject({ code: 'stale', message: expect.stringMatching(/^You gave 1 lead to Sam (just now|\d+ seconds ago)\./) as string })
  })

  it('says when at least, for a change that left no log (a workspace written before the log)', async () => {
    const lead = await t.call('leads.create', { personName: 'Dana Li' })
    await sql`UPDATE leads SET version = version + 1 WHERE id = ${lead.id}`.execute(t.database.db)
    const refused = await t.fail('leads.update', { id: lead.id, fields: { notes: 'x' }, basedOnVersion: lead.version })
    expect(refused).toMatchObject({ code: 'stale', message: expect.stringMatching(/^This lead was changed (just now|\d+ seconds ago|on \d{4}-\d\d-\d\d)\./) as string })
  })
})

describe('the words of a refusal', () => {
  const now = Date.parse('2026-12-07T14:02:20Z')
  it('names who changed what and when', () => {
    expect(describeNewerChanges('lead', [{ by: 'Dana Li', fields: ['value_minor'], at: '2026-12-07T14:02:00Z' }], now)).toBe('Dana Li changed the value of this lead 20 seconds ago.')
    expect(
      describeNewerChanges(
        'lead',
        [
          { by: 'Dana Li', fields: ['value_minor'], at: '2026-12-07T13:50:00Z' },
          { by: 'Sam Ortiz', fields: ['owner', 'notes', 'title', 'stage_id'], at: '2026-12-07T14:00:20Z' },
        ],
        now,
      ),
    ).toBe('Dana Li and Sam Ortiz changed the value, the owner and 3 other fields of this lead 2 minutes ago.')
    expect(describeNewerChanges('organization', [{ by: 'Mo', fields: [], at: '2026-12-07T12:02:20Z' }], now)).toBe('Mo changed this organisation 2 hours ago.')
    // A bulk change logs one row per record, each with its summary: named once, beside the saves around it.
    const moved = { by: 'Sam Ortiz', fields: ['stage_id'], at: '2026-12-07T14:01:20Z', summary: 'moved 40 leads to Qualified' }
    expect(describeNewerChanges('lead', [moved], now)).toBe('Sam Ortiz moved 40 leads to Qualified a minute ago.')
    expect(describeNewerChanges('lead', [{ by: 'Dana Li', fields: ['value_minor'], at: '2026-12-07T14:02:00Z' }, moved], now)).toBe(
      'Sam Ortiz moved 40 leads to Qualified a minute ago. Dana Li changed the value of this lead 20 seconds ago.',
    )
    expect(describeNewerChanges('person', [{ ...moved, by: null, summary: 'tagged 3 people “vip”' }], now)).toBe('You tagged 3 people “vip” a minute ago.')
  })
  it('counts time as a person would', () => {
    expect(timeAgo('2026-12-07T14:02:18Z', now)).toBe('just now')
    expect(timeAgo('2026-12-07T14:01:20Z', now)).toBe('a minute ago')
    expect(timeAgo('2026-12-05T09:00:00Z', now)).toBe('on 2026-12-05')
  })
})
