import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { openTempDatabase } from '../../../../test/fixtures/temp-database'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import type { Db } from '../context'
import { listCustomFields } from '../custom-fields/customFields.repo'
import { readCustomValues } from '../custom-fields/customFields.values'
import { addMonths } from './custom-fields'
import { generateSample } from './generate'
import { SAMPLE_TABLE_ORDER } from './rows'

const today = new Date('2026-12-07T10:00:00.000Z')
const LEADS = 600

const fieldsOf = async (db: Db) => (await listCustomFields(db)).map((f) => ({ entity: f.entity, label: f.label, type: f.type, options: f.options, key: f.key }))

/** Every stored value, in a fixed order, to compare two workspaces. */
const storedValues = async (db: Db) =>
  db.selectFrom('custom_field_values').selectAll().orderBy('field_id').orderBy('lead_id').orderBy('person_id').orderBy('organization_id').orderBy('item').execute()

describe('the sample’s custom fields', () => {
  const database = useTestDatabase()

  it('adds a tier, a LinkedIn profile, a contract length and a renewal date, typed as the app types them', async () => {
    const db = database().db
    await generateSample(db, { leads: LEADS, seed: 7, today })
    expect(await fieldsOf(db)).toEqual([
      { entity: 'lead', label: 'Contract length (months)', type: 'number', options: [], key: 'contract_length_months' },
      { entity: 'lead', label: 'Contract renewal', type: 'date', options: [], key: 'contract_renewal' },
      { entity: 'organization', label: 'Customer tier', type: 'choice', options: ['Gold', 'Silver', 'Bronze'], key: 'customer_tier' },
      { entity: 'person', label: 'LinkedIn', type: 'url', options: [], key: 'linkedin' },
    ])
    // Each value sits in its type's column alone: numbers in number_value, days in date_value, text in text_value.
    const stored = await sql<{ type: string; text_value: string | null; number_value: number | null; integer_value: number | null; date_value: string | null }>`
      SELECT f.type, v.text_value, v.number_value, v.integer_value, v.date_value FROM custom_field_values v JOIN custom_fields f ON f.id = v.field_id`.execute(db)
    const filled = (row: (typeof stored.rows)[number]) => (['text_value', 'number_value', 'integer_value', 'date_value'] as const).filter((c) => row[c] !== null)
    for (const row of stored.rows) {
      const column = row.type === 'number' ? 'number_value' : row.type === 'date' ? 'date_value' : 'text_value'
      expect(filled(row)).toEqual([column])
    }
  })

  it('gives customer organisations a tier by their rank in lifetime revenue, and no one else', async () => {
    const db = database().db
    await generateSample(db, { leads: LEADS, seed: 7, today })
    // Won revenue by organisation, summed and ranked here by hand: the top fifth of customers Gold, the next 30% Silver, the rest Bronze.
    const won = await sql<{ organization_id: number; revenue: number }>`SELECT l.organization_id, sum(l.value_minor) AS revenue
      FROM leads l JOIN stages s ON s.id = l.stage_id WHERE s.kind = 'won' AND l.closed_at IS NOT NULL AND l.organization_id IS NOT NULL GROUP BY l.organization_id`.execute(db)
    const ranked = won.rows.map((r) => ({ id: Number(r.organization_id), revenue: Number(r.revenue) })).filter((r) => r.revenue > 0).sort((a, b) => b.revenue - a.revenue || a.id - b.id)
    const expected = new Map(ranked.map((r, rank) => [r.id, rank < Math.ceil(ranked.length / 5) ? 'Gold' : rank < Math.ceil(ranked.length / 2) ? 'Silver' : 'Bronze']))
    expect(ranked.length).toBeGreaterThan(20)
    const ids = (await db.selectFrom('organizations').select('id').execute()).map((o) => o.id)
    const values = await readCustomValues(db, 'organization', ids)
    const tiers = new Map([...values].flatMap(([id, v]) => (v['customer_tier'] === undefined ? [] : [[id, v['customer_tier']] as const])))
    expect(tiers).toEqual(expected)
    expect(new Set(tiers.values())).toEqual(new Set(['Gold', 'Silver', 'Bronze']))
    expect(tiers.size).toBeLessThan(ids.length)
  })

  it('fills a contract length on most won deals, with its renewal that many months after the win, and on no other deal', async () => {
    const db = database().db
    await generateSample(db, { leads: LEADS, seed: 7, today })
    const leads = await sql<{ id: number; kind: string; closed_at: string | null }>`SELECT l.id, s.kind, l.closed_at FROM leads l JOIN stages s ON s.id = l.stage_id`.execute(db)
    const values = await readCustomValues(db, 'lead', leads.rows.map((l) => l.id))
    const wonLeads = leads.rows.filter((l) => l.kind === 'won')
    let withContract = 0
    for (const lead of leads.rows) {
      const { contract_length_months: months, contract_renewal: renewal } = values.get(lead.id) ?? {}
      if (lead.kind !== 'won') {
        expect(months).toBeUndefined()
        expect(renewal).toBeUndefined()
        continue
      }
      if (months === undefined) continue
      withContract++
      expect(typeof months).toBe('number')
      expect([6, 12, 24, 36]).toContain(months)
      // The sample's firm keeps UTC (the default calendar), so the win's day is its instant's date.
      expect(renewal).toBe(addMonths((lead.closed_at ?? '').slice(0, 10), Number(months)))
    }
    expect(wonLeads.length).toBeGreaterThan(50)
    expect(withContract / wonLeads.length).toBeGreaterThan(0.7)
    expect(withContract).toBeLessThan(wonLeads.length)
  })

  it('gives some people a LinkedIn profile address', async () => {
    const db = database().db
    await generateSample(db, { leads: LEADS, seed: 7, today })
    const people = await db.selectFrom('people').select(['id', 'name']).execute()
    const values = await readCustomValues(db, 'person', people.map((p) => p.id))
    const profiles = [...values.values()].flatMap((v) => (typeof v['linkedin'] === 'string' ? [v['linkedin']] : []))
    expect(profiles.length / people.length).toBeGreaterThan(0.2)
    expect(profiles.length / people.length).toBeLessThan(0.6)
    for (const profile of profiles) expect(profile).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[a-z0-9]+(-[a-z0-9]+)+$/)
  })

  it('comes out the same for the same seed, and leaves the rest of the sample as it was without them', async () => {
    const made = await Promise.all([openTempDatabase(), openTempDatabase(), openTempDatabase()])
    try {
      const [a, b, without] = made.map((m) => m.db) as [Db, Db, Db]
      await generateSample(a, { leads: 200, seed: 3, today })
      await generateSample(b, { leads: 200, seed: 3, today })
      await generateSample(without, { leads: 200, seed: 3, today, customFields: false })
      expect((await storedValues(a)).length).toBeGreaterThan(50)
      expect(await storedValues(b)).toEqual(await storedValues(a))
      expect(await storedValues(without)).toEqual([])
      expect(await sampleTables(without)).toEqual(await sampleTables(a))
    } finally {
      for (const m of made) await m.dispose()
    }
  })
})

/** The sample's own tables, row by row: what the custom fields must not change. */
const sampleTables = (db: Db) => Promise.all(SAMPLE_TABLE_ORDER.map(async (table) => (await sql`SELECT * FROM ${sql.table(table)} ORDER BY 1, 2`.execute(db)).rows))

describe('addMonths', () => {
  it('keeps the day of the month, or takes the month’s last when it is shorter', () => {
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15')
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29')
    expect(addMonths('2026-12-10', 6)).toBe('2027-06-10')
  })
})
