import type { Kysely } from 'kysely'
import { dialectOf } from '../../db/dialect'
import type { Database } from '../../db/schema'

// A small firm of customers whose every figure is worked out by hand in customers.figures.test.ts.
// Default pipeline stages: 1 New … 6 Won, 7 Lost. Acme has two people who both bought (one
// customer); Cy buys without an organisation; Beta bought once and lost a second deal.

export const ORG = { acme: 1, beta: 2 } as const
export const PERSON = { ann: 1, bob: 2, cy: 3, di: 4 } as const

interface DealSpec {
  id: number
  person: number
  organization: number | null
  owner: string
  stage: 1 | 6 | 7
  value: number
  closed: string | null
}

export const DEALS: DealSpec[] = [
  { id: 1, person: PERSON.ann, organization: ORG.acme, owner: 'Ana', stage: 6, value: 100_000, closed: '2025-11-10T10:00:00.000Z' },
  { id: 2, person: PERSON.bob, organization: ORG.acme, owner: 'Ben', stage: 6, value: 50_000, closed: '2026-02-15T10:00:00.000Z' },
  { id: 3, person: PERSON.cy, organization: null, owner: 'Ana', stage: 6, value: 30_000, closed: '2026-01-20T10:00:00.000Z' },
  // 31 March in UTC, already 1 April in Auckland (UTC+13): it changes quarter and month with the zone.
  { id: 4, person: PERSON.cy, organization: null, owner: 'Ana', stage: 6, value: 20_000, closed: '2026-03-31T12:30:00.000Z' },
  { id: 5, person: PERSON.di, organization: ORG.beta, owner: 'Ben', stage: 6, value: 80_000, closed: '2025-12-05T10:00:00.000Z' },
  { id: 6, person: PERSON.di, organization: ORG.beta, owner: 'Ben', stage: 7, value: 40_000, closed: '2026-02-01T10:00:00.000Z' },
  { id: 7, person: PERSON.di, organization: ORG.beta, owner: 'Ben', stage: 1, value: 15_000, closed: null },
  { id: 8, person: PERSON.ann, organization: ORG.acme, owner: 'Ben', stage: 6, value: 70_000, closed: '2026-04-10T10:00:00.000Z' },
]

export async function seedCustomersFirm(db: Kysely<Database>): Promise<void> {
  const at = '2025-10-01T00:00:00.000Z'
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('organizations')
      .values([
        { id: ORG.acme, name: 'Acme Ltd', name_key: 'acme', created_at: at, updated_at: at },
        { id: ORG.beta, name: 'Beta GmbH', name_key: 'beta', created_at: at, updated_at: at },
      ])
      .execute()
    await trx
      .insertInto('people')
      .values([
        { id: PERSON.ann, name: 'Ann Ames', name_key: 'annames', organization_id: ORG.acme, created_at: at, updated_at: at },
        { id: PERSON.bob, name: 'Bob Burr', name_key: 'bobburr', organization_id: ORG.acme, created_at: at, updated_at: at },
        { id: PERSON.cy, name: 'Cy Cole', name_key: 'cycole', organization_id: null, created_at: at, updated_at: at },
        { id: PERSON.di, name: 'Di Dunn', name_key: 'didunn', organization_id: ORG.beta, created_at: at, updated_at: at },
      ])
      .execute()
    await trx
      .insertInto('leads')
      .values(
        DEALS.map((d) => ({
          id: d.id,
          person_id: d.person,
          organization_id: d.organization,
          source_campaign_id: null,
          pipeline_id: 1,
          stage_id: d.stage,
          position: d.id,
          value_minor: d.value,
          owner: d.owner,
          created_at: at,
          updated_at: at,
          stage_entered_at: d.closed ?? at,
          closed_at: d.closed,
        })),
      )
      .execute()
    await dialectOf(trx).idsTaken(trx, ['organizations', 'people', 'leads'])
  })
}
