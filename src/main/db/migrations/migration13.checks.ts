import { sql, type Kysely } from 'kysely'
import { expect } from 'vitest'
import { execute, queryColumn, queryRows, queryValue } from '../../../../test/fixtures/sql'
import { VERSION12_LEADS } from '../../../../test/fixtures/version12Leads'
import { dialectOf } from '../dialect'
import { engineErrorKind } from '../dialect/errors'

// What migration 13 must have made of test/fixtures/version12Leads.ts, read with SQL on either
// engine (the services' reads are checked in features/people/upgrade.test.ts).

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any table
type AnyDb = Kysely<any>

const failure = (write: Promise<unknown>) =>
  write.then(
    () => 'none',
    (error: unknown) => engineErrorKind(error) ?? String(error),
  )

const NOTES_HEADING = 'Kept when leads became people and organisations:'

export async function verifyPeopleAndOrganizations(db: AnyDb): Promise<void> {
  // One organisation per company however it was spelled: the most used spelling is its name.
  expect(await queryRows(db, sql`SELECT id, name, name_key, owner, segment_id FROM organizations ORDER BY id`)).toEqual([
    { id: 1, name: 'Acme Ltd', name_key: 'acme ltd', owner: 'Ana Costa', segment_id: 2 },
    { id: 2, name: 'Globex', name_key: 'globex', owner: null, segment_id: 1 },
    { id: 3, name: 'Initech', name_key: 'initech', owner: 'Ana Costa', segment_id: null },
    { id: 4, name: 'Umbrella', name_key: 'umbrella', owner: 'Sam Reyes', segment_id: null },
    { id: 5, name: 'Hooli', name_key: 'hooli', owner: 'Sam Reyes', segment_id: 2 },
  ])
  expect(await queryRows(db, sql`SELECT organization_id, alias, name_key FROM organization_aliases ORDER BY organization_id, alias`)).toEqual([
    { organization_id: 1, alias: 'ACME Ltd', name_key: 'acme ltd' },
    { organization_id: 1, alias: 'acme ltd.', name_key: 'acme ltd' },
  ])
  expect(await queryRows(db, sql`SELECT organization_id, tag FROM organization_tags ORDER BY organization_id, tag`)).toEqual([{ organization_id: 5, tag: 'prospect' }])

  // One person per email when the names agree; by name at an organisation without one.
  expect(
    await queryRows(db, sql`SELECT id, name, name_key, email, phone, organization_id, owner, segment_id, first_campaign_id, created_at, updated_at, version FROM people ORDER BY id`),
  ).toEqual([
    { id: 1, name: 'Dana Li', name_key: 'danali', email: 'dana.li@acme.com', phone: '+1 555 0199', organization_id: 1, owner: 'Ana Costa', segment_id: 2, first_campaign_id: 1, created_at: '2025-01-10T09:00:00.000Z', updated_at: '2025-06-01T09:00:00.000Z', version: 1 },
    { id: 2, name: 'Omar Haddad', name_key: 'omarhaddad', email: 'omar@gmail.com', phone: '07700 900123', organization_id: null, owner: 'Sam Reyes', segment_id: null, first_campaign_id: 2, created_at: '2025-02-10T09:00:00.000Z', updated_at: '2025-03-05T10:00:00.000Z', version: 1 },
    { id: 3, name: 'Kai Tanaka', name_key: 'kaitanaka', email: null, phone: null, organization_id: 2, owner: null, segment_id: 1, first_campaign_id: null, created_at: '2025-04-01T09:00:00.000Z', updated_at: '2025-04-01T09:00:00.000Z', version: 1 },
    { id: 4, name: 'Kai Tanaka', name_key: 'kaitanaka', email: null, phone: null, organization_id: 3, owner: null, segment_id: null, first_campaign_id: null, created_at: '2025-04-02T09:00:00.000Z', updated_at: '2025-04-02T09:00:00.000Z', version: 1 },
    { id: 5, name: 'Mia Wong', name_key: 'miawong', email: null, phone: null, organization_id: null, owner: null, segment_id: null, first_campaign_id: null, created_at: '2025-05-01T09:00:00.000Z', updated_at: '2025-05-01T09:00:00.000Z', version: 1 },
    { id: 6, name: 'Mia Wong', name_key: 'miawong', email: null, phone: null, organization_id: null, owner: null, segment_id: null, first_campaign_id: null, created_at: '2025-05-02T09:00:00.000Z', updated_at: '2025-05-02T09:00:00.000Z', version: 1 },
    { id: 7, name: 'Sara Kim', name_key: 'sarakim', email: 'info@umbrella.com', phone: null, organization_id: 4, owner: 'Ana Costa', segment_id: null, first_campaign_id: null, created_at: '2025-05-10T09:00:00.000Z', updated_at: '2025-05-10T09:00:00.000Z', version: 1 },
    { id: 8, name: 'Tom Berg', name_key: 'tomberg', email: 'INFO@umbrella.com', phone: null, organization_id: 4, owner: 'Sam Reyes', segment_id: null, first_campaign_id: null, created_at: '2025-05-11T09:00:00.000Z', updated_at: '2025-05-11T09:00:00.000Z', version: 1 },
    { id: 9, name: 'jose  diaz', name_key: 'josediaz', email: 'JOSE@initech.io', phone: null, organization_id: 3, owner: 'Ana Costa', segment_id: null, first_campaign_id: null, created_at: '2025-04-10T09:00:00.000Z', updated_at: '2025-05-20T09:00:00.000Z', version: 1 },
    { id: 10, name: 'Priya Shah', name_key: 'priyashah', email: 'priya@acme.com', phone: null, organization_id: 1, owner: 'Sam Reyes', segment_id: null, first_campaign_id: null, created_at: '2025-02-15T09:00:00.000Z', updated_at: '2025-02-15T09:00:00.000Z', version: 1 },
  ])
  // Every address and number stays on the person: the others after the first, in order.
  expect(await queryRows(db, sql`SELECT person_id, email, position FROM person_emails ORDER BY person_id, position`)).toEqual([])
  expect(await queryRows(db, sql`SELECT person_id, phone, position FROM person_phones ORDER BY person_id, position`)).toEqual([{ person_id: 1, phone: '+1 555 0101', position: 1 }])
  // Tags of all their leads, each once whatever its case.
  expect(await queryRows(db, sql`SELECT person_id, tag FROM person_tags ORDER BY person_id, lower(tag)`)).toEqual([
    { person_id: 1, tag: 'renewal' },
    { person_id: 1, tag: 'VIP' },
    { person_id: 2, tag: 'price-sensitive' },
    { person_id: 9, tag: 'upsell' },
  ])
  // What disagreed is in the notes, with where it came from.
  const notes = (table: 'people' | 'organizations', id: number) => queryValue<string | null>(db, sql`SELECT notes FROM ${sql.table(table)} WHERE id = ${id}`)
  expect(await notes('people', 1)).toBe(
    [
      NOTES_HEADING,
      '- Also written “dana li” (on lead #2 “dana li”, 2025-06-01).',
      '- Segment “Enterprise” (from lead #1 “Dana Li”, 2025-01-10); kept “Mid-market” from the latest lead.',
    ].join('\n'),
  )
  expect(await notes('people', 9)).toBe([NOTES_HEADING, '- Also written “José Díaz” (on lead #12 “José Díaz”, 2025-04-10).'].join('\n'))
  expect(await notes('organizations', 1)).toBe([NOTES_HEADING, '- Segment “Enterprise” (from lead #1 “Dana Li”, 2025-01-10); kept “Mid-market” from the latest lead.'].join('\n'))
  expect(await notes('people', 2)).toBeNull()
  // Two names on one inbox stay two people; one name with nothing else to go by too: both offered as likely duplicates.
  expect(await queryRows(db, sql`SELECT person_id, other_person_id, reason, dismissed_at FROM likely_duplicate_people ORDER BY person_id`)).toEqual([
    { person_id: 5, other_person_id: 6, reason: 'same_name', dismissed_at: null },
    { person_id: 7, other_person_id: 8, reason: 'same_email', dismissed_at: null },
  ])

  // Each lead is a deal of its person and organisation, everything of its own kept.
  const expectedParties: Record<number, [number | null, number | null]> = { 1: [1, 1], 2: [1, 1], 3: [1, 1], 4: [2, null], 5: [3, 2], 6: [4, 3], 7: [5, null], 8: [6, null], 9: [7, 4], 10: [8, 4], 11: [null, 5], 12: [9, 3], 13: [9, 3], 14: [10, 1] }
  const leads = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT id, person_id, organization_id, title, version, source_campaign_id, stage_id, value_minor, owner, notes, created_at, closed_at, lost_reason, lost_note FROM leads ORDER BY id`,
  )
  expect(leads).toEqual(
    [...VERSION12_LEADS]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((lead) => ({
        id: lead.id,
        person_id: expectedParties[lead.id]?.[0],
        organization_id: expectedParties[lead.id]?.[1],
        title: null,
        version: 1,
        source_campaign_id: lead.source,
        stage_id: lead.stage,
        value_minor: lead.value,
        owner: lead.owner,
        notes: lead.notes,
        created_at: lead.created,
        closed_at: lead.closed,
        lost_reason: lead.lostReason,
        lost_note: lead.lostNote,
      })),
  )
  // Touches, history, activities and feedback still hang off their leads.
  expect(await queryRows(db, sql`SELECT id, lead_id, campaign_id, at, note FROM touchpoints ORDER BY id`)).toEqual([
    { id: 1, lead_id: 1, campaign_id: 1, at: '2025-01-10T09:00:00.000Z', note: 'Registered' },
    { id: 2, lead_id: 1, campaign_id: 2, at: '2025-01-20T09:00:00.000Z', note: null },
    { id: 3, lead_id: 2, campaign_id: 2, at: '2025-06-01T09:00:00.000Z', note: null },
    { id: 4, lead_id: 4, campaign_id: 2, at: '2025-02-10T09:00:00.000Z', note: 'Clicked the offer' },
  ])
  expect(await queryColumn(db, sql`SELECT lead_id FROM stage_history ORDER BY id`)).toEqual([1, 1, 4, 4])
  expect(await queryColumn(db, sql`SELECT lead_id FROM activities ORDER BY id`)).toEqual([1, 2, 4])
  expect(await queryColumn(db, sql`SELECT lead_id FROM feedback ORDER BY id`)).toEqual([4])
  // Campaigns and goals gained a version.
  expect(await queryColumn(db, sql`SELECT DISTINCT version FROM campaigns`)).toEqual([1])

  // Search finds people by any address, organisations by an alias, leads by their notes.
  const dialect = dialectOf(db)
  const find = async (table: 'people' | 'organizations' | 'leads', word: string) => {
    const document =
      table === 'people'
        ? ({ table, columns: [['name', 10], ['emails', 4], ['phones', 2], ['job_title', 1]], stored: true } as const)
        : table === 'organizations'
          ? ({ table, columns: [['name', 10], ['aliases', 5], ['domain', 3]], stored: true } as const)
          : ({ table, columns: [['name', 10], ['company', 5], ['email', 3], ['notes', 1]], stored: true } as const)
    const match = dialect.search(document, 'x', [word])
    return queryColumn(db, sql`SELECT x.id FROM ${match.from} WHERE ${match.where} ORDER BY x.id`)
  }
  expect(await find('people', 'dana')).toEqual([1])
  expect(await find('people', 'omar')).toEqual([2])
  expect(await find('people', '0101')).toEqual([1])
  expect(await find('people', 'umbrella')).toEqual([7, 8])
  expect(await find('people', 'jose')).toEqual([9])
  expect(await find('organizations', 'acme')).toEqual([1])
  expect(await find('leads', 'quote')).toEqual([3])
  // A lead is found by its person's name and emails and its organisation's name and aliases, together.
  const findAll = async (words: string[]) => {
    const match = dialect.search({ table: 'leads', columns: [['name', 10], ['company', 5], ['email', 3], ['notes', 1]], stored: true }, 'x', words)
    return queryColumn(db, sql`SELECT x.id FROM ${match.from} WHERE ${match.where} ORDER BY x.id`)
  }
  expect(await findAll(['dana', 'acme'])).toEqual([1, 2, 3])
  expect(await findAll(['priya', 'acme'])).toEqual([14])
  expect(await findAll(['hooli'])).toEqual([11])
  // Later writes keep the indexes in step.
  await execute(db, sql`INSERT INTO person_emails (person_id, email, position) VALUES (2, 'omar.haddad@fabrikam.com', 1)`)
  expect(await find('people', 'fabrikam')).toEqual([2])
  await execute(db, sql`UPDATE people SET name = 'Omar H. Haddad' WHERE id = 2`)
  expect(await find('people', 'fabrikam')).toEqual([2])
  await execute(db, sql`DELETE FROM person_emails WHERE person_id = 2`)
  expect(await find('people', 'fabrikam')).toEqual([])
  await execute(db, sql`INSERT INTO organization_aliases (organization_id, alias, name_key) VALUES (2, 'Globex Corporation', 'globex corporation')`)
  expect(await find('organizations', 'corporation')).toEqual([2])
  await execute(db, sql`UPDATE leads SET title = 'Spring renewal' WHERE id = 2`)
  expect(await find('leads', 'renewal')).toEqual([2])
  await execute(db, sql`UPDATE organizations SET name = 'Initech Global' WHERE id = 3`)
  expect(await findAll(['global'])).toEqual([6, 12, 13])
  await execute(db, sql`UPDATE people SET name = 'Kai T. Tanaka' WHERE id = 4`)
  expect(await findAll(['kai', 'global'])).toEqual([6])
  await execute(db, sql`UPDATE leads SET person_id = 3 WHERE id = 6`)
  expect(await findAll(['kai', 'global'])).toEqual([6])
  expect(await findAll(['omar'])).toEqual([4])

  // A deal belongs to someone; a person or organisation with deals cannot go from under them.
  expect(await failure(execute(db, sql`UPDATE leads SET person_id = NULL WHERE id = 4`))).toBe('check')
  expect(await failure(execute(db, sql`DELETE FROM people WHERE id = 2`))).toBe('foreign_key')
  expect(await failure(execute(db, sql`DELETE FROM organizations WHERE id = 5`))).toBe('foreign_key')
  // Owners named on people join the team, as a lead's do.
  await execute(db, sql`UPDATE people SET owner = 'Lee Park' WHERE id = 5`)
  expect(await queryValue(db, sql`SELECT count(*) FROM team_members WHERE name = 'Lee Park'`)).toBe(1)
}
