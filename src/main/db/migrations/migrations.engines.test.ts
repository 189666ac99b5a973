import { sql, type Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { execute, queryRows, queryValue } from '../../../../test/fixtures/sql'
import { testEngine, unmigratedTestDatabase, type UnmigratedTestDatabase } from '../../../../test/fixtures/test-database'
import { dialectOf } from '../dialect'
import { engineErrorKind } from '../dialect/errors'
import type { OpenDatabase } from '../open'
import { MIGRATIONS } from './index'
import { verifyPeopleAndOrganizations } from './migration13.checks'
import { writeVersion12Leads } from '../../../../test/fixtures/version12Leads'
import { searchWords } from '@shared/domain/search'
import { customValuesMatchSql } from '../../features/custom-fields/customFields.sql'

// The migrations that run on both engines (10 on), each tested from the version just before it
// with data in it, on the project's engine: the `unit` project runs this file on a SQLite file,
// the `postgres` project on a PostgreSQL database (where the version before 10 is the baseline).
// `seed` writes rows as that older version could have (SQL frozen in time, like the migrations),
// `verify` checks the migration did its job and the rows survived. migrations.test.ts has the
// SQLite-only ones (1–9) and checks every migration leaves a consistent SQLite file.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen in time: no schema types
type AnyDb = Kysely<any>

interface MigrationCase {
  seed(db: AnyDb): Promise<void>
  verify(db: AnyDb): Promise<void>
}

const ORIGINAL_TZ = process.env['TZ']
const restoreTz = () => {
  if (ORIGINAL_TZ === undefined) delete process.env['TZ']
  else process.env['TZ'] = ORIGINAL_TZ
}

/** The kind of engine error a write fails with (check, unique…), or 'none' when it succeeds. */
const failure = (write: Promise<unknown>) =>
  write.then(
    () => 'none',
    (error: unknown) => engineErrorKind(error),
  )

const cases: Record<number, MigrationCase> = {
  10: {
    // A workspace set up in euros on a Monday-first week gains the time zone of the computer that opens it.
    async seed(db) {
      await execute(db, sql`UPDATE settings SET currency = 'EUR', week_start = 1, firm_name = 'Northwind'`)
      process.env['TZ'] = 'Pacific/Auckland'
    },
    async verify(db) {
      restoreTz()
      expect(await queryRows(db, sql`SELECT currency, week_start, firm_name, time_zone FROM settings`)).toEqual([
        { currency: 'EUR', week_start: 1, firm_name: 'Northwind', time_zone: 'Pacific/Auckland' },
      ])
      expect(await failure(execute(db, sql`UPDATE settings SET time_zone = ''`))).toBe('check')
    },
  },
  11: {
    // Leads as the old drawer left them: the source changed after creation, so a later touch by the
    // new source sits behind the old one; a lead with touches and no source; one with neither.
    async seed(db) {
      const at = '2026-01-05T10:00:00.000Z'
      for (const [id, name] of [[1, 'Webinar'], [2, 'Newsletter'], [3, 'Trade show']] as const) {
        await execute(db, sql`INSERT INTO campaigns (id, name, channel, budget_minor, status, created_at, updated_at) VALUES (${id}, ${name}, 'email', 0, 'active', ${at}, ${at})`)
      }
      const leads: Array<[number, string, number | null]> = [[1, 'Dana Li', 2], [2, 'Omar Haddad', null], [3, 'Élodie Martin', null], [4, 'Kai Tanaka', 3]]
      for (const [id, name, source] of leads) {
        await execute(
          db,
          sql`INSERT INTO leads (id, person_name, source_campaign_id, pipeline_id, stage_id, position, created_at, updated_at, stage_entered_at)
              VALUES (${id}, ${name}, ${source}, 1, 1, ${id}, ${at}, ${at}, ${at})`,
        )
      }
      const touches: Array<[number, number, number, string, string | null]> = [
        [1, 1, 1, at, 'Came to the webinar'],
        [2, 1, 2, '2026-02-01T09:00:00.000Z', 'Set as source'],
        [3, 2, 3, '2026-01-06T09:00:00.000Z', null],
        [4, 2, 1, '2026-01-07T09:00:00.000Z', null],
      ]
      for (const [id, lead, campaign, touchedAt, note] of touches) {
        await execute(db, sql`INSERT INTO touchpoints (id, lead_id, campaign_id, at, note) VALUES (${id}, ${lead}, ${campaign}, ${touchedAt}, ${note})`)
      }
      // Rows written with their ids: the triggers' own touches must come after them.
      await dialectOf(db).idsTaken(db, ['campaigns', 'leads', 'touchpoints'])
    },
    async verify(db) {
      const touches = (lead: number) => queryRows(db, sql`SELECT campaign_id, at, note FROM touchpoints WHERE lead_id = ${lead} ORDER BY at, id`)
      const source = (lead: number) => queryValue(db, sql`SELECT source_campaign_id FROM leads WHERE id = ${lead}`)
      // The source a person chose last stands; the first touch now names it and keeps its time and note.
      expect(await source(1)).toBe(2)
      expect(await touches(1)).toEqual([
        { campaign_id: 2, at: '2026-01-05T10:00:00.000Z', note: 'Came to the webinar' },
        { campaign_id: 2, at: '2026-02-01T09:00:00.000Z', note: 'Set as source' },
      ])
      expect(await source(2)).toBe(3)
      expect(await source(3)).toBeNull()
      // A source without touches keeps its implied first touch until another campaign touches the lead.
      expect(await touches(4)).toEqual([])
      await execute(db, sql`INSERT INTO touchpoints (lead_id, campaign_id, at) VALUES (4, 1, '2026-03-01T09:00:00.000Z')`)
      expect(await source(4)).toBe(3)
      expect(await touches(4)).toEqual([
        { campaign_id: 3, at: '2026-01-05T10:00:00.000Z', note: null },
        { campaign_id: 1, at: '2026-03-01T09:00:00.000Z', note: null },
      ])
      // From now on any writer keeps them in step.
      await execute(db, sql`UPDATE leads SET source_campaign_id = 1 WHERE id = 2`)
      expect(await touches(2)).toEqual([
        { campaign_id: 1, at: '2026-01-06T09:00:00.000Z', note: null },
        { campaign_id: 1, at: '2026-01-07T09:00:00.000Z', note: null },
      ])
      await execute(db, sql`INSERT INTO touchpoints (lead_id, campaign_id, at) VALUES (1, 3, '2026-01-01T00:00:00.000Z')`)
      expect(await source(1)).toBe(3)
      // Clearing the source removes its touch and hands the source to the next one; moving that
      // touch after another makes the other the source.
      await execute(db, sql`UPDATE leads SET source_campaign_id = NULL WHERE id = 1`)
      expect(await source(1)).toBe(2)
      expect((await touches(1)).map((t) => t.campaign_id)).toEqual([2, 2])
      await execute(db, sql`UPDATE touchpoints SET at = '2026-04-01T00:00:00.000Z' WHERE lead_id = 4 AND campaign_id = 3`)
      expect(await source(4)).toBe(1)
      await execute(db, sql`DELETE FROM touchpoints WHERE lead_id = 4 AND campaign_id = 1`)
      expect(await source(4)).toBe(3)
    },
  },
  12: {
    // Two imports made before this migration, one undone, with the campaigns and stages they created recorded.
    async seed(db) {
      await execute(
        db,
        sql`INSERT INTO import_batches (id, file_name, created_at, rows_read, created_count, updated_count, skipped_count, rejected_count, undone_at, kind) VALUES
            (1, 'pipedrive.csv', '2026-01-01T09:00:00.000Z', 12, 9, 1, 1, 1, NULL, 'leads'),
            (2, 'plan.csv', '2026-01-02T09:00:00.000Z', 3, 3, 0, 0, 0, '2026-01-03T09:00:00.000Z', 'campaigns')`,
      )
      await execute(db, sql`INSERT INTO import_batch_records (batch_id, kind, record_id) VALUES (1, 'campaign', 7), (1, 'stage', 21), (2, 'campaign', 8)`)
      await dialectOf(db).idsTaken(db, ['import_batches'])
    },
    async verify(db) {
      expect(
        await queryRows(db, sql`SELECT id, file_name, rows_read, created_count, updated_count, skipped_count, rejected_count, undone_at, kind, currency_rates FROM import_batches ORDER BY id`),
      ).toEqual([
        { id: 1, file_name: 'pipedrive.csv', rows_read: 12, created_count: 9, updated_count: 1, skipped_count: 1, rejected_count: 1, undone_at: null, kind: 'leads', currency_rates: null },
        { id: 2, file_name: 'plan.csv', rows_read: 3, created_count: 3, updated_count: 0, skipped_count: 0, rejected_count: 0, undone_at: '2026-01-03T09:00:00.000Z', kind: 'campaigns', currency_rates: null },
      ])
      expect(await queryRows(db, sql`SELECT batch_id, kind, record_id FROM import_batch_records ORDER BY batch_id, kind, record_id`)).toEqual([
        { batch_id: 1, kind: 'campaign', record_id: 7 },
        { batch_id: 1, kind: 'stage', record_id: 21 },
        { batch_id: 2, kind: 'campaign', record_id: 8 },
      ])
      // The new kinds fit, others still don't; rates must be JSON; deleting a batch still takes its records.
      await execute(db, sql`INSERT INTO import_batch_records (batch_id, kind, record_id) VALUES (1, 'team_member', 3), (1, 'lost_reason', 4)`)
      expect(await failure(execute(db, sql`INSERT INTO import_batch_records (batch_id, kind, record_id) VALUES (1, 'lead', 5)`))).toBe('check')
      await execute(db, sql`UPDATE import_batches SET currency_rates = '{"to":"EUR","rates":[{"currency":"USD","rate":"0.92"}]}' WHERE id = 1`)
      expect(await failure(execute(db, sql`UPDATE import_batches SET currency_rates = 'USD 0.92' WHERE id = 1`))).toBe('check')
      await execute(db, sql`DELETE FROM import_batches WHERE id = 1`)
      expect(await queryValue(db, sql`SELECT count(*) FROM import_batch_records`)).toBe(1)
    },
  },
  13: {
    // Version 1's leads (test/fixtures/version12Leads.ts) become deals of people and organisations.
    seed: writeVersion12Leads,
    async verify(db) {
      await verifyPeopleAndOrganizations(db)
    },
  },
  14: {
    // A solo workspace's team list, one person archived, with a lead owned by each of two of them.
    async seed(db) {
      const at = '2026-01-05T10:00:00.000Z'
      await execute(
        db,
        sql`INSERT INTO team_members (id, name, email, archived_at, created_at) VALUES
            (1, 'Dana Li', 'dana@lumen.example', NULL, ${at}), (2, 'Omar Haddad', NULL, NULL, ${at}), (3, 'Sam Ortiz', NULL, '2026-02-01T09:00:00.000Z', ${at})`,
      )
      for (const [id, name, owner] of [[1, 'Bo Chen', 'Dana Li'], [2, 'Ed Park', 'Sam Ortiz']] as const) {
        await execute(db, sql`INSERT INTO people (id, name, name_key, owner, created_at, updated_at) VALUES (${id}, ${name}, ${name.toLowerCase()}, ${owner}, ${at}, ${at})`)
        await execute(
          db,
          sql`INSERT INTO leads (id, person_id, owner, pipeline_id, stage_id, position, created_at, updated_at, stage_entered_at) VALUES (${id}, ${id}, ${owner}, 1, 1, ${id}, ${at}, ${at}, ${at})`,
        )
      }
      await dialectOf(db).idsTaken(db, ['team_members', 'people', 'leads'])
    },
    async verify(db) {
      // Everyone stays as they were, with no login: a solo workspace's list is just names.
      expect(await queryRows(db, sql`SELECT id, name, email, archived_at, login FROM team_members ORDER BY id`)).toEqual([
        { id: 1, name: 'Dana Li', email: 'dana@lumen.example', archived_at: null, login: null },
        { id: 2, name: 'Omar Haddad', email: null, archived_at: null, login: null },
        { id: 3, name: 'Sam Ortiz', email: null, archived_at: '2026-02-01T09:00:00.000Z', login: null },
      ])
      expect(await queryRows(db, sql`SELECT id, owner FROM leads ORDER BY id`)).toEqual([
        { id: 1, owner: 'Dana Li' },
        { id: 2, owner: 'Sam Ortiz' },
      ])
      // A login links one person at most; naming a new owner still puts them on the list.
      await execute(db, sql`UPDATE team_members SET login = 'baton_lumen_dana_li' WHERE id = 1`)
      expect(await failure(execute(db, sql`UPDATE team_members SET login = 'baton_lumen_dana_li' WHERE id = 2`))).toBe('unique')
      await execute(db, sql`UPDATE leads SET owner = 'Priya Raman' WHERE id = 2`)
      expect(await queryRows(db, sql`SELECT name, login FROM team_members WHERE name = 'Priya Raman'`)).toEqual([{ name: 'Priya Raman', login: null }])
    },
  },
  15: {
    // Two people the upgrade to people and organisations found likely one: they and their pair stay as they were.
    async seed(db) {
      const at = '2026-01-05T10:00:00.000Z'
      for (const [id, name] of [[1, 'Dana Li'], [2, 'Dana Li-Chen']] as const) {
        await execute(db, sql`INSERT INTO people (id, name, name_key, email, created_at, updated_at) VALUES (${id}, ${name}, ${name.toLowerCase()}, 'dana@acme.test', ${at}, ${at})`)
      }
      await execute(db, sql`INSERT INTO likely_duplicate_people (person_id, other_person_id, reason, found_at) VALUES (1, 2, 'same_email', ${at})`)
      await dialectOf(db).idsTaken(db, ['people'])
    },
    async verify(db) {
      expect(await queryRows(db, sql`SELECT id, name, email FROM people ORDER BY id`)).toEqual([
        { id: 1, name: 'Dana Li', email: 'dana@acme.test' },
        { id: 2, name: 'Dana Li-Chen', email: 'dana@acme.test' },
      ])
      expect(await queryRows(db, sql`SELECT person_id, other_person_id, reason, dismissed_at FROM likely_duplicate_people`)).toEqual([
        { person_id: 1, other_person_id: 2, reason: 'same_email', dismissed_at: null },
      ])
      // A merge is kept with what undoing it needs; a pair marked not a duplicate is kept once, in id order.
      expect(await queryRows(db, sql`SELECT count(*) AS n FROM party_merges`)).toEqual([{ n: 0 }])
      await execute(db, sql`INSERT INTO party_merges (kind, kept_id, merged_id, merged_name, before, merged_at) VALUES ('person', 1, 2, 'Dana Li-Chen', '{}', '2026-02-01T09:00:00.000Z')`)
      expect(await failure(execute(db, sql`INSERT INTO party_merges (kind, kept_id, merged_id, merged_name, before, merged_at) VALUES ('lead', 1, 2, 'X', '{}', '2026-02-01T09:00:00.000Z')`))).toBe('check')
      await execute(db, sql`INSERT INTO dismissed_duplicates (kind, first_id, second_id, dismissed_at) VALUES ('person', 1, 2, '2026-02-01T09:00:00.000Z')`)
      expect(await failure(execute(db, sql`INSERT INTO dismissed_duplicates (kind, first_id, second_id, dismissed_at) VALUES ('person', 1, 2, '2026-02-02T09:00:00.000Z')`))).toBe('unique')
      expect(await failure(execute(db, sql`INSERT INTO dismissed_duplicates (kind, first_id, second_id, dismissed_at) VALUES ('organization', 3, 2, '2026-02-01T09:00:00.000Z')`))).toBe('check')
    },
  },
  16: {
    // A workspace with a person, an organisation and a lead gains empty custom fields; nothing else moves.
    async seed(db) {
      const at = '2026-01-05T10:00:00.000Z'
      await execute(db, sql`INSERT INTO organizations (id, name, name_key, created_at, updated_at) VALUES (1, 'Northwind', 'northwind', ${at}, ${at})`)
      await execute(db, sql`INSERT INTO people (id, name, name_key, organization_id, created_at, updated_at) VALUES (1, 'Bo Chen', 'bo chen', 1, ${at}, ${at})`)
      await execute(
        db,
        sql`INSERT INTO leads (id, person_id, organization_id, value_minor, pipeline_id, stage_id, position, created_at, updated_at, stage_entered_at) VALUES (1, 1, 1, 250000, 1, 1, 1, ${at}, ${at}, ${at})`,
      )
      await dialectOf(db).idsTaken(db, ['organizations', 'people', 'leads'])
    },
    async verify(db) {
      expect(await queryRows(db, sql`SELECT id, person_id, organization_id, value_minor FROM leads`)).toEqual([{ id: 1, person_id: 1, organization_id: 1, value_minor: 250000 }])
      expect(await queryValue(db, sql`SELECT count(*) FROM custom_fields`)).toBe(0)
      const at = '2026-02-01T09:00:00.000Z'
      await execute(db, sql`INSERT INTO custom_fields (id, entity, key, label, type, position, created_at, updated_at) VALUES (1, 'lead', 'seats', 'Seats', 'number', 0, ${at}, ${at})`)
      expect(await failure(execute(db, sql`INSERT INTO custom_fields (entity, key, label, type, position, created_at, updated_at) VALUES ('lead', 'seats', 'Seats again', 'number', 1, ${at}, ${at})`))).toBe('unique')
      expect(await failure(execute(db, sql`INSERT INTO custom_fields (entity, key, label, type, position, created_at, updated_at) VALUES ('deal', 'x', 'X', 'number', 1, ${at}, ${at})`))).toBe('check')
      // A value belongs to exactly one record, and goes with it.
      expect(await failure(execute(db, sql`INSERT INTO custom_field_values (field_id, lead_id, person_id, number_value) VALUES (1, 1, 1, 12)`))).toBe('check')
      expect(await failure(execute(db, sql`INSERT INTO custom_field_values (field_id, number_value) VALUES (1, 12)`))).toBe('check')
      await execute(db, sql`INSERT INTO custom_field_values (field_id, lead_id, number_value) VALUES (1, 1, 12.5)`)
      expect(await failure(execute(db, sql`INSERT INTO custom_field_values (field_id, lead_id, number_value) VALUES (1, 1, 13)`))).toBe('unique')
      expect(await queryRows(db, sql`SELECT lead_id, item, number_value FROM custom_field_values`)).toEqual([{ lead_id: 1, item: 0, number_value: 12.5 }])
      await execute(db, sql`DELETE FROM leads WHERE id = 1`)
      expect(await queryValue(db, sql`SELECT count(*) FROM custom_field_values`)).toBe(0)
    },
  },
  17: {
    // A lead saved twice before (version 3), its person, and a campaign: the change log starts empty beside them.
    async seed(db) {
      const at = '2026-01-05T10:00:00.000Z'
      await execute(db, sql`INSERT INTO people (id, name, name_key, created_at, updated_at, version) VALUES (1, 'Bo Chen', 'bo chen', ${at}, ${at}, 2)`)
      await execute(
        db,
        sql`INSERT INTO leads (id, person_id, pipeline_id, stage_id, position, value_minor, created_at, updated_at, stage_entered_at, version)
            VALUES (1, 1, 1, 1, 1, 125000, ${at}, ${at}, ${at}, 3)`,
      )
      await dialectOf(db).idsTaken(db, ['people', 'leads'])
    },
    async verify(db) {
      expect(await queryRows(db, sql`SELECT id, person_id, value_minor, version FROM leads`)).toEqual([{ id: 1, person_id: 1, value_minor: 125000, version: 3 }])
      expect(await queryRows(db, sql`SELECT id, name, version FROM people`)).toEqual([{ id: 1, name: 'Bo Chen', version: 2 }])
      expect(await queryRows(db, sql`SELECT * FROM record_changes`)).toEqual([])
      // Writes go on as before (on PostgreSQL each also announces itself to listening apps).
      await execute(db, sql`UPDATE leads SET value_minor = 150000, version = version + 1 WHERE id = 1`)
      await execute(db, sql`INSERT INTO record_changes (record_type, record_id, version, changed_by, fields, at) VALUES ('lead', 1, 4, NULL, 'value_minor', '2026-01-06T09:00:00.000Z')`)
      expect(await failure(execute(db, sql`INSERT INTO record_changes (record_type, record_id, version, fields, at) VALUES ('deal', 1, 5, '', 'x')`))).toBe('check')
    },
  },
  19: {
    // A lead whose value a member changed: the log row it wrote stays, with no summary (a save, not a bulk change).
    async seed(db) {
      const at = '2026-01-05T10:00:00.000Z'
      await execute(db, sql`INSERT INTO people (id, name, name_key, created_at, updated_at, version) VALUES (1, 'Bo Chen', 'bo chen', ${at}, ${at}, 1)`)
      await execute(
        db,
        sql`INSERT INTO leads (id, person_id, pipeline_id, stage_id, position, value_minor, created_at, updated_at, stage_entered_at, version)
            VALUES (1, 1, 1, 1, 1, 125000, ${at}, ${at}, ${at}, 2)`,
      )
      await dialectOf(db).idsTaken(db, ['people', 'leads'])
      await execute(db, sql`INSERT INTO record_changes (record_type, record_id, version, changed_by, fields, at) VALUES ('lead', 1, 2, 'Mo Member', 'value_minor', ${at})`)
    },
    async verify(db) {
      expect(await queryRows(db, sql`SELECT record_type, record_id, version, changed_by, fields, at, summary FROM record_changes`)).toEqual([
        { record_type: 'lead', record_id: 1, version: 2, changed_by: 'Mo Member', fields: 'value_minor', at: '2026-01-05T10:00:00.000Z', summary: null },
      ])
      await execute(db, sql`INSERT INTO record_changes (record_type, record_id, version, changed_by, fields, at, summary) VALUES ('lead', 1, 3, NULL, 'stage_id', '2026-01-06T09:00:00.000Z', 'moved 40 leads to Qualified')`)
      expect(await queryValue(db, sql`SELECT summary FROM record_changes WHERE version = 3`)).toBe('moved 40 leads to Qualified')
    },
  },
  20: {
    // Custom values written before the search indexes existed: the migration indexes them, keeps them, and keeps indexing.
    async seed(db) {
      const at = '2026-01-05T10:00:00.000Z'
      await execute(db, sql`INSERT INTO organizations (id, name, name_key, created_at, updated_at) VALUES (1, 'Northwind', 'northwind', ${at}, ${at}), (2, 'Acme Ltd', 'acme ltd', ${at}, ${at})`)
      await execute(db, sql`INSERT INTO people (id, name, name_key, organization_id, created_at, updated_at) VALUES (1, 'Bo Chen', 'bo chen', 1, ${at}, ${at})`)
      await execute(db, sql`INSERT INTO leads (id, person_id, value_minor, pipeline_id, stage_id, position, created_at, updated_at, stage_entered_at) VALUES (1, 1, 90000, 1, 1, 1, ${at}, ${at}, ${at})`)
      await execute(
        db,
        sql`INSERT INTO custom_fields (id, entity, key, label, type, options, position, created_at, updated_at) VALUES
            (1, 'organization', 'vat_number', 'VAT number', 'text', '[]', 0, ${at}, ${at}),
            (2, 'person', 'assistant', 'Assistant email', 'email', '[]', 0, ${at}, ${at}),
            (3, 'lead', 'tier', 'Tier', 'choice', '["Gold","Silver"]', 0, ${at}, ${at}),
            (4, 'lead', 'portal', 'Portal', 'url', '[]', 1, ${at}, ${at})`,
      )
      await execute(
        db,
        sql`INSERT INTO custom_field_values (field_id, organization_id, person_id, lead_id, text_value) VALUES
            (1, 1, NULL, NULL, 'GB123456789'), (2, NULL, 1, NULL, 'kim@northwind.test'), (3, NULL, NULL, 1, 'Gold'), (4, NULL, NULL, 1, 'portal.northwind.test')`,
      )
      await dialectOf(db).idsTaken(db, ['organizations', 'people', 'leads', 'custom_fields'])
    },
    async verify(db) {
      const found = async (entity: 'lead' | 'person' | 'organization', text: string) => {
        const table = { lead: 'leads', person: 'people', organization: 'organizations' }[entity]
        const match = customValuesMatchSql(dialectOf(db), entity, 'r', searchWords(text) ?? [])
        return (await queryRows<{ id: number }>(db, sql`SELECT r.id FROM ${sql.table(table)} r WHERE ${match} ORDER BY r.id`)).map((row) => Number(row.id))
      }
      expect(await queryRows(db, sql`SELECT field_id, text_value FROM custom_field_values ORDER BY field_id`)).toEqual([
        { field_id: 1, text_value: 'GB123456789' },
        { field_id: 2, text_value: 'kim@northwind.test' },
        { field_id: 3, text_value: 'Gold' },
        { field_id: 4, text_value: 'portal.northwind.test' },
      ])
      expect(await found('organization', 'gb123')).toEqual([1])
      expect(await found('person', 'kim northwind')).toEqual([1])
      expect(await found('lead', 'portal')).toEqual([1])
      // Choices are filtered, not searched.
      expect(await found('lead', 'gold')).toEqual([])
      // Later writes are indexed by the triggers, and deleting a record takes its words away.
      await execute(db, sql`UPDATE custom_field_values SET organization_id = 2 WHERE organization_id = 1`)
      expect(await found('organization', 'gb123')).toEqual([2])
      await execute(db, sql`INSERT INTO custom_field_values (field_id, organization_id, text_value) VALUES (1, 1, 'FR998877')`)
      expect(await found('organization', 'fr99')).toEqual([1])
      await execute(db, sql`DELETE FROM organizations WHERE id = 2`)
      expect(await found('organization', 'gb123')).toEqual([])
    },
  },
  21: {
    // A segment with its criteria and an organisation in it: both stay, and the segment can now name a rule.
    async seed(db) {
      const at = '2026-01-05T10:00:00.000Z'
      await execute(db, sql`INSERT INTO segments (id, name, description, industry, company_size, region, created_at) VALUES (1, 'Dental practices', 'Two chairs or more', 'Healthcare', '5–50', 'Ohio', ${at})`)
      await execute(db, sql`INSERT INTO organizations (id, name, name_key, segment_id, created_at, updated_at) VALUES (1, 'Harbor Dental', 'harbor dental', 1, ${at}, ${at})`)
      await execute(db, sql`INSERT INTO custom_fields (id, entity, key, label, type, options, position, created_at, updated_at) VALUES (1, 'organization', 'tier', 'Tier', 'choice', '["Gold"]', 0, ${at}, ${at})`)
      await dialectOf(db).idsTaken(db, ['segments', 'organizations', 'custom_fields'])
    },
    async verify(db) {
      expect(await queryRows(db, sql`SELECT id, name, description, industry, company_size, region, rule_field_id, rule_option FROM segments`)).toEqual([
        { id: 1, name: 'Dental practices', description: 'Two chairs or more', industry: 'Healthcare', company_size: '5–50', region: 'Ohio', rule_field_id: null, rule_option: null },
      ])
      expect(await queryRows(db, sql`SELECT id, segment_id FROM organizations`)).toEqual([{ id: 1, segment_id: 1 }])
      await execute(db, sql`UPDATE segments SET rule_field_id = 1, rule_option = 'Gold' WHERE id = 1`)
      expect(await failure(execute(db, sql`UPDATE segments SET rule_field_id = 99 WHERE id = 1`))).toBe('foreign_key')
    },
  },
  22: {
    // A finished import of leads beside a custom field with a value: the new undo records start empty and go with their batch.
    async seed(db) {
      const at = '2026-01-05T10:00:00.000Z'
      await execute(db, sql`INSERT INTO import_batches (id, file_name, created_at, rows_read, created_count) VALUES (1, 'deals.csv', ${at}, 1, 1)`)
      await execute(db, sql`INSERT INTO custom_fields (id, entity, key, label, type, position, created_at, updated_at) VALUES (1, 'person', 'tier', 'Tier', 'text', 0, ${at}, ${at})`)
      await dialectOf(db).idsTaken(db, ['import_batches', 'custom_fields'])
    },
    async verify(db) {
      expect(await queryRows(db, sql`SELECT id, file_name, rows_read FROM import_batches`)).toEqual([{ id: 1, file_name: 'deals.csv', rows_read: 1 }])
      expect(await queryRows(db, sql`SELECT id, key FROM custom_fields`)).toEqual([{ id: 1, key: 'tier' }])
      expect(await queryRows(db, sql`SELECT * FROM import_batch_custom_values`)).toEqual([])
      await execute(db, sql`INSERT INTO import_batch_fields (batch_id, field_id) VALUES (1, 1)`)
      await execute(db, sql`INSERT INTO import_batch_custom_values (batch_id, field_id, record_kind, record_id, before) VALUES (1, 1, 'person', 7, '[]')`)
      expect(await failure(execute(db, sql`INSERT INTO import_batch_custom_values (batch_id, field_id, record_kind, record_id, before) VALUES (1, 1, 'deal', 7, '[]')`))).toBe('check')
      expect(await failure(execute(db, sql`INSERT INTO import_batch_custom_values (batch_id, field_id, record_kind, record_id, before) VALUES (1, 1, 'person', 7, '[]')`))).toBe('unique')
      await execute(db, sql`INSERT INTO import_batch_parties (batch_id, kind, record_id, before) VALUES (1, 'organization', 3, '{}')`)
      expect(await failure(execute(db, sql`INSERT INTO import_batch_parties (batch_id, kind, record_id, before) VALUES (1, 'lead', 3, '{}')`))).toBe('check')
      await execute(db, sql`DELETE FROM import_batches WHERE id = 1`)
      expect(await queryValue(db, sql`SELECT count(*) FROM import_batch_parties`)).toBe(0)
      expect(await queryValue(db, sql`SELECT count(*) FROM import_batch_fields`)).toBe(0)
      expect(await queryValue(db, sql`SELECT count(*) FROM import_batch_custom_values`)).toBe(0)
    },
  },
}

const portable = MIGRATIONS.filter((m) => !m.sqliteOnly)

describe(`migrations on both engines (here ${testEngine})`, () => {
  let place: UnmigratedTestDatabase
  let database: OpenDatabase | undefined
  beforeEach(async () => {
    place = await unmigratedTestDatabase()
  })
  afterEach(async () => {
    restoreTz()
    await database?.close()
    database = undefined
    await place.dispose()
  })

  /** Opens the test database as a build that knows only the first `count` migrations would. */
  const openAtVersion = async (count: number) => {
    await database?.close()
    database = await place.open(MIGRATIONS.slice(0, count))
    return database.db
  }

  it('every migration from 10 on has a test case here', () => {
    expect(Object.keys(cases).map(Number)).toEqual(portable.map((m) => m.id))
  })

  for (const migration of portable) {
    const index = MIGRATIONS.indexOf(migration)
    it(`${String(migration.id).padStart(4, '0')}_${migration.name} applies on top of the version before it and keeps its data`, async () => {
      const testCase = cases[migration.id]
      if (!testCase) throw new Error(`Write a test case for migration ${migration.id}`)
      await testCase.seed(await openAtVersion(index))
      const db = await openAtVersion(index + 1)
      await testCase.verify(db)
      const applied = await queryRows<{ id: number }>(db, sql`SELECT id FROM schema_migrations ORDER BY id`)
      expect(applied.map((row) => row.id)).toEqual(MIGRATIONS.slice(0, index + 1).map((m) => m.id))
    })
  }
})
