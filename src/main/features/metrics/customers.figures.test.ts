import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { averageDealsPerCustomer, cohortTable, customerInputsByBucket, customerLifetimeValue, EMPTY_CUSTOMER_INPUTS, newRevenueMinor, retentionRate, type CustomerInputs } from '@shared/domain/customers'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { customerActivity, customerBase, customerInputs, periodCustomers, topCustomers } from './customers.figures'
import { partyFigures } from './customers.repo'
import { ORG, PERSON, seedCustomersFirm } from './customers.fixtures'

// Every expectation is worked out by hand from customers.fixtures.ts, in UTC and in Auckland
// (UTC+13 in March), where deal 4 (Cy, 31 March 12:30 UTC) falls on 1 April.
const Q4 = { from: '2025-10-01', to: '2025-12-31' }
const Q1 = { from: '2026-01-01', to: '2026-03-31' }
const Q2 = { from: '2026-04-01', to: '2026-06-30' }
const MONTHS = ['2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01']
const inputs = (values: Partial<CustomerInputs>): CustomerInputs => ({ ...EMPTY_CUSTOMER_INPUTS, ...values })

describe.each([
  { zone: 'UTC', cyMarch: true },
  { zone: 'Pacific/Auckland', cyMarch: false },
])('customers and retention in $zone', ({ zone, cyMarch }) => {
  const database = useTestDatabase()
  const db = () => database().db
  const seed = async () => {
    await sql`UPDATE settings SET time_zone = ${zone}`.execute(db())
    await seedCustomersFirm(db())
  }

  it('is empty, with no retention, before anyone has bought', async () => {
    const empty = await customerInputs(db(), Q1, Q4)
    expect(empty).toEqual(EMPTY_CUSTOMER_INPUTS)
    expect(retentionRate(empty)).toBeNull()
    expect(customerLifetimeValue(await customerBase(db(), {}))).toBeNull()
  })

  it('counts a company once, new and returning customers, repeat revenue and retention for a quarter', async () => {
    await seed()
    // Q4: Acme (deal 1) and Beta (deal 5) bought. Q1: Acme again (Bob's deal 2: returning, first win in
    // November) and Cy for the first time (deal 3, and deal 4 in UTC). Beta's lost deal counts nowhere.
    const q1 = await customerInputs(db(), Q1, Q4)
    expect(q1).toEqual(
      inputs({
        customers: 2,
        newCustomers: 1,
        returningCustomers: 1,
        wonDeals: cyMarch ? 3 : 2,
        revenueMinor: cyMarch ? 100_000 : 80_000,
        repeatRevenueMinor: 50_000,
        previousCustomers: 2,
        retainedCustomers: 1, // Acme kept, Beta not
      }),
    )
    expect(retentionRate(q1)).toBe(0.5)
    expect(newRevenueMinor(q1)).toBe(cyMarch ? 50_000 : 30_000)
    // Q2: Acme again (deal 8); in Auckland Cy too (deal 4). Both Q1 customers came back there.
    const q2 = await customerInputs(db(), Q2, Q1)
    expect(q2).toEqual(
      inputs({
        customers: cyMarch ? 1 : 2,
        newCustomers: 0,
        returningCustomers: cyMarch ? 1 : 2,
        wonDeals: cyMarch ? 1 : 2,
        revenueMinor: cyMarch ? 70_000 : 90_000,
        repeatRevenueMinor: cyMarch ? 70_000 : 90_000,
        previousCustomers: 2,
        retainedCustomers: cyMarch ? 1 : 2,
      }),
    )
    expect(retentionRate(q2)).toBe(cyMarch ? 0.5 : 1)
  })

  it('narrows to the deals the filter admits, keeping who is new a fact about the customer', async () => {
    await seed()
    // Ben's deals: 2 (Acme, Q1), 5 (Beta, Q4), 8. Acme's first win was Ana's deal 1, so Acme returns.
    const ben = await customerInputs(db(), { ...Q1, owners: ['Ben'] }, Q4)
    expect(ben).toEqual(inputs({ customers: 1, returningCustomers: 1, wonDeals: 1, revenueMinor: 50_000, repeatRevenueMinor: 50_000, previousCustomers: 1 }))
    expect(retentionRate(ben)).toBe(0)
    expect(await customerInputs(db(), { ...Q1, pipelineIds: [999] }, Q4)).toEqual(EMPTY_CUSTOMER_INPUTS)
  })

  it('lists the customers behind the figure, new ones flagged', async () => {
    await seed()
    expect(await periodCustomers(db(), Q1, Q4, 5)).toEqual([
      { kind: 'organization', id: ORG.acme, name: 'Acme Ltd', isNew: false, wonDeals: 1, revenueMinor: 50_000, boughtBefore: true },
      { kind: 'person', id: PERSON.cy, name: 'Cy Cole', isNew: true, wonDeals: cyMarch ? 2 : 1, revenueMinor: cyMarch ? 50_000 : 30_000, boughtBefore: false },
    ])
    expect((await periodCustomers(db(), Q1, Q4, 1)).map((c) => c.name)).toEqual(['Acme Ltd'])
  })

  it('gives month by month new and repeat revenue, retention against the month before, and cohorts', async () => {
    await seed()
    const activity = await customerActivity(db(), { from: MONTHS[0] as string, to: Q2.to }, 'month', MONTHS)
    const cy = { kind: 'person' as const, id: PERSON.cy, firstBucket: '2026-01-01' }
    expect(activity).toEqual([
      { bucket: '2025-12-01', kind: 'organization', id: ORG.beta, deals: 1, revenueMinor: 80_000, firstBucket: '2025-12-01' },
      { bucket: '2026-01-01', ...cy, deals: 1, revenueMinor: 30_000 },
      { bucket: '2026-02-01', kind: 'organization', id: ORG.acme, deals: 1, revenueMinor: 50_000, firstBucket: null },
      ...(cyMarch ? [{ bucket: '2026-03-01', ...cy, deals: 1, revenueMinor: 20_000 }] : []),
      { bucket: '2026-04-01', kind: 'organization', id: ORG.acme, deals: 1, revenueMinor: 70_000, firstBucket: null },
      ...(cyMarch ? [] : [{ bucket: '2026-04-01', ...cy, deals: 1, revenueMinor: 20_000 }]),
    ])
    const months = customerInputsByBucket(activity, MONTHS.slice(1), MONTHS[0])
    expect(months.map((m) => [m.customers, m.newCustomers, m.revenueMinor, m.repeatRevenueMinor, m.previousCustomers, m.retainedCustomers])).toEqual([
      [1, 1, 30_000, 0, 1, 0], // January: Cy new; Beta (December) did not come back
      [1, 0, 50_000, 50_000, 1, 0], // February: Acme returns
      cyMarch ? [1, 0, 20_000, 20_000, 1, 0] : [0, 0, 0, 0, 1, 0],
      cyMarch ? [1, 0, 70_000, 70_000, 1, 0] : [2, 0, 90_000, 90_000, 0, 0],
    ])
    const cohorts = cohortTable(activity, MONTHS)
    expect(cohorts.map((c) => [c.cohort, c.size, c.active])).toEqual([
      ['2025-12-01', 1, [1, 0, 0, 0, 0]],
      ['2026-01-01', 1, cyMarch ? [1, 0, 1, 0] : [1, 0, 0, 1]],
      ['2026-02-01', 0, [0, 0, 0]],
      ['2026-03-01', 0, [0, 0]],
      ['2026-04-01', 0, [0]],
    ])
    expect(cohorts[1]?.rates).toEqual(cyMarch ? [1, 0, 1, 0] : [1, 0, 0, 1])
    expect(cohorts[2]?.rates).toEqual([null, null, null])
  })

  it('gives lifetime value, deals per customer and the top customers to date', async () => {
    await seed()
    // To the end of Q1: Acme 1,000 + 500, Beta 800, Cy 300 (+ 200 in UTC).
    const base = await customerBase(db(), { to: Q1.to })
    expect(base).toEqual({ customers: 3, wonDeals: cyMarch ? 5 : 4, revenueMinor: cyMarch ? 280_000 : 260_000 })
    expect(customerLifetimeValue(base)).toBeCloseTo(cyMarch ? 280_000 / 3 : 260_000 / 3, 6)
    expect(averageDealsPerCustomer(base)).toBeCloseTo(cyMarch ? 5 / 3 : 4 / 3, 6)
    expect(await topCustomers(db(), { to: Q2.to }, 2)).toEqual([
      { kind: 'organization', id: ORG.acme, name: 'Acme Ltd', wonDeals: 3, lifetimeRevenueMinor: 220_000, firstPurchaseOn: '2025-11-10', lastPurchaseOn: '2026-04-10' },
      { kind: 'organization', id: ORG.beta, name: 'Beta GmbH', wonDeals: 1, lifetimeRevenueMinor: 80_000, firstPurchaseOn: '2025-12-05', lastPurchaseOn: '2025-12-05' },
    ])
  })

  it('gives a person and an organisation their own figures as customers', async () => {
    await seed()
    const acme = await partyFigures(db(), { kind: 'organization', id: ORG.acme })
    expect(acme).toMatchObject({ lifetimeRevenueMinor: 220_000, wonDeals: 3, openDeals: 0, openValueMinor: 0, customerSince: '2025-11-10' })
    expect(acme.firstPurchase).toEqual({ leadId: 1, closedAt: '2025-11-10T10:00:00.000Z', valueMinor: 100_000 })
    expect(acme.lastPurchase?.leadId).toBe(8)
    // Di: Beta's one win; the lost deal is neither revenue nor open, the open one is.
    expect(await partyFigures(db(), { kind: 'person', id: PERSON.di })).toMatchObject({ lifetimeRevenueMinor: 80_000, wonDeals: 1, openDeals: 1, openValueMinor: 15_000 })
    const cy = await partyFigures(db(), { kind: 'person', id: PERSON.cy })
    expect(cy.lastPurchase?.closedAt).toBe('2026-03-31T12:30:00.000Z')
    // The firm's days: Cy's last purchase is on 1 April in Auckland.
    expect([cy.customerSince, cy.lastPurchaseOn]).toEqual(['2026-01-20', cyMarch ? '2026-03-31' : '2026-04-01'])
    const noSale = await partyFigures(db(), { kind: 'person', id: 999 })
    expect(noSale).toEqual({ lifetimeRevenueMinor: 0, wonDeals: 0, openDeals: 0, openValueMinor: 0, firstPurchase: null, lastPurchase: null, customerSince: null, lastPurchaseOn: null })
  })
})
