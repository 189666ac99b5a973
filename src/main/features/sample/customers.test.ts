import { describe, expect, it } from 'vitest'
import { retentionRate } from '@shared/domain/customers'
import { useTestDatabase } from '../../../../test/fixtures/test-database'
import { customerInputs, topCustomers } from '../metrics/customers.figures'
import { generateSample } from './generate'

// The sample gives the customer figures something real to show: customers the year before,
// some of whom come back this year, and organisations whose several people bought.
describe('the sample’s customers', () => {
  const database = useTestDatabase()

  it('has customers in two years, some kept from one to the next, and organisations that bought more than once', async () => {
    const db = database().db
    await generateSample(db, { leads: 1200, seed: 7, today: new Date('2026-12-07T10:00:00.000Z') })
    const lastYear = await customerInputs(db, { from: '2025-01-01', to: '2025-12-31' }, { from: '2024-01-01', to: '2024-12-31' })
    const thisYear = await customerInputs(db, { from: '2026-01-01', to: '2026-12-31' }, { from: '2025-01-01', to: '2025-12-31' })
    expect(lastYear.customers).toBeGreaterThanOrEqual(10)
    expect(thisYear.previousCustomers).toBe(lastYear.customers)
    expect(thisYear.returningCustomers).toBeGreaterThan(0)
    expect(thisYear.repeatRevenueMinor).toBeGreaterThan(0)
    expect(retentionRate(thisYear)).toBeGreaterThan(0.1)
    expect(retentionRate(thisYear)).toBeLessThan(0.9)
    const top = await topCustomers(db, { to: '2026-12-31' }, 10)
    expect(top.some((customer) => customer.kind === 'organization' && customer.wonDeals > 1)).toBe(true)
  })
})
