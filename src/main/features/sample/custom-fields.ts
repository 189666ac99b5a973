import { sql } from 'kysely'
import type { CustomField, CustomFieldEntity, CustomFieldType, CustomValues } from '@shared/domain/customFields'
import { readFirmCalendar } from '../../db/calendar'
import type { Trx } from '../context'
import { listCustomFields } from '../custom-fields/customFields.repo'
import { createCustomField } from '../custom-fields/customFields.service'
import { writeCustomValuesInBulk } from '../custom-fields/customFields.values'
import { wonLeadSql, wonRevenueOfSql } from '../metrics/customers.repo'
import { createRandom, type Random } from './random'
import type { IdCounters } from './refs'

// The fields a small firm adds first: a tier for its accounts, where to find a contact online, and
// how long a signed contract runs and when it comes up for renewal. Made and filled through the
// custom-fields feature (so they are typed exactly as the app types them) after the leads are
// written, from what those leads became: a tier follows the organisation's rank by lifetime revenue.

interface SampleField {
  entity: CustomFieldEntity
  label: string
  type: CustomFieldType
  options: string[]
  helpText: string
}

/** Of customers ranked by lifetime revenue, the share that is Gold, and Gold and Silver together; the rest are Bronze. */
export const TIER_SHARES = { Gold: 0.2, GoldAndSilver: 0.5 } as const

export const SAMPLE_FIELDS = {
  tier: {
    entity: 'organization',
    label: 'Customer tier',
    type: 'choice',
    options: ['Gold', 'Silver', 'Bronze'],
    helpText: 'By lifetime revenue: Gold the top fifth of customers, Silver the next 30%',
  },
  linkedIn: { entity: 'person', label: 'LinkedIn', type: 'url', options: [], helpText: 'Their profile, for a warm introduction' },
  contractMonths: { entity: 'lead', label: 'Contract length (months)', type: 'number', options: [], helpText: 'As signed; set when the deal is won' },
  renewalOn: { entity: 'lead', label: 'Contract renewal', type: 'date', options: [], helpText: 'When the signed contract comes up for renewal' },
} as const satisfies Record<string, SampleField>

/** Of people, the share with a LinkedIn profile on file: most business contacts, few private buyers. */
const LINKEDIN_SHARE = { atOrganization: 0.45, onTheirOwn: 0.1 } as const
/** Of won deals, the share whose contract length was written down. */
const CONTRACT_SHARE = 0.85
const CONTRACT_MONTHS = [12, 24, 36, 6] as const
const CONTRACT_WEIGHTS = [60, 20, 8, 12] as const

/** The field as the workspace has it: made now, or one of the same name and type the firm already added. */
async function fieldFor(trx: Trx, spec: SampleField): Promise<CustomField | null> {
  const same = (await listCustomFields(trx, spec.entity, true)).find((f) => f.label.toLowerCase() === spec.label.toLowerCase())
  if (same) return same.type === spec.type && spec.options.every((o) => same.options.includes(o)) ? same : null
  return createCustomField(trx, { ...spec, options: [...spec.options], required: false })
}

/** Writes through the feature's bulk write; a value it refuses is a mistake in this file, not in the workspace. */
async function writeValues(trx: Trx, entity: CustomFieldEntity, records: ReadonlyArray<{ recordId: number; values: CustomValues }>): Promise<void> {
  const { refused } = await writeCustomValuesInBulk(trx, entity, records)
  const first = refused[0]
  if (first) throw new Error(`The sample's ${entity} field “${first.key}” refused a value on record ${first.recordId}: ${first.message}`)
}

/** A profile address made from a name: "Zoe O'Brien" → …/in/zoe-obrien, now and then with the number LinkedIn adds to a taken name. */
function linkedInOf(random: Random, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  const taken = random.chance(0.6) ? `-${random.int(0x1000, 0xfffff).toString(16)}` : ''
  return `https://www.linkedin.com/in/${slug}${taken}`
}

/** A day `months` later, on the same day of the month or the month's last when it has fewer. */
export function addMonths(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number)
  const index = year * 12 + (month - 1) + months
  const lastDay = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate()
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(Math.min(date, lastDay)).padStart(2, '0')}`
}

/** Tiers for customers ranked by lifetime revenue, largest first (ties by id, so the same data gives the same tiers). */
export function tiersByRank(customers: ReadonlyArray<{ id: number; revenueMinor: number }>): Map<number, 'Gold' | 'Silver' | 'Bronze'> {
  const ranked = [...customers].sort((a, b) => b.revenueMinor - a.revenueMinor || a.id - b.id)
  const gold = Math.ceil(ranked.length * TIER_SHARES.Gold)
  const silver = Math.ceil(ranked.length * TIER_SHARES.GoldAndSilver)
  return new Map(ranked.map((c, rank) => [c.id, rank < gold ? 'Gold' : rank < silver ? 'Silver' : 'Bronze']))
}

/**
 * Adds the sample's custom fields and fills them on the records the sample made (ids from
 * `firstIds` on), in the caller's transaction. Its own seeded generator, so the rest of the
 * sample comes out as it did before these fields existed.
 */
export async function writeSampleCustomFields(trx: Trx, seed: number, firstIds: Pick<IdCounters, 'organizations' | 'people' | 'leads'>): Promise<void> {
  const random = createRandom(Math.imul(seed ^ 0x5eed_f1e1, 0x9e37_79b1))

  const tier = await fieldFor(trx, SAMPLE_FIELDS.tier)
  if (tier) {
    const { rows } = await sql<{ id: number; revenue: number }>`SELECT o.id, ${sql.raw(wonRevenueOfSql('organization', 'o'))} AS revenue
      FROM organizations o WHERE o.id >= ${firstIds.organizations} ORDER BY o.id`.execute(trx)
    const tiers = tiersByRank(rows.filter((row) => Number(row.revenue) > 0).map((row) => ({ id: Number(row.id), revenueMinor: Number(row.revenue) })))
    const records = [...tiers].sort(([a], [b]) => a - b).map(([id, value]) => ({ recordId: id, values: { [tier.key]: value } }))
    await writeValues(trx, 'organization', records)
  }

  const linkedIn = await fieldFor(trx, SAMPLE_FIELDS.linkedIn)
  if (linkedIn) {
    const people = await trx.selectFrom('people').select(['id', 'name', 'organization_id']).where('id', '>=', firstIds.people).orderBy('id').execute()
    const records = people
      .filter((p) => random.chance(p.organization_id === null ? LINKEDIN_SHARE.onTheirOwn : LINKEDIN_SHARE.atOrganization))
      .map((p) => ({ recordId: p.id, values: { [linkedIn.key]: linkedInOf(random, p.name) } }))
    await writeValues(trx, 'person', records)
  }

  const months = await fieldFor(trx, SAMPLE_FIELDS.contractMonths)
  const renewal = await fieldFor(trx, SAMPLE_FIELDS.renewalOn)
  if (months || renewal) {
    const calendar = await readFirmCalendar(trx)
    const { rows } = await sql<{ id: number; closed_at: string }>`SELECT l.id, l.closed_at FROM leads l
      WHERE l.id >= ${firstIds.leads} AND ${sql.raw(wonLeadSql('l'))} ORDER BY l.id`.execute(trx)
    const records: Array<{ recordId: number; values: CustomValues }> = []
    for (const row of rows) {
      if (!random.chance(CONTRACT_SHARE)) continue
      const length = random.weighted(CONTRACT_MONTHS, CONTRACT_WEIGHTS)
      const values: CustomValues = {}
      if (months) values[months.key] = length
      if (renewal) values[renewal.key] = addMonths(calendar.dayOf(row.closed_at), length)
      records.push({ recordId: Number(row.id), values })
    }
    await writeValues(trx, 'lead', records)
  }
}
