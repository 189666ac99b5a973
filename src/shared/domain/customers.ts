// What a person's or an organisation's page shows of them as a customer. A customer is the
// organisation of a won deal, or its person when the deal has no organisation; a person's own
// figures below count the deals they are the person of, an organisation's the deals it is on.

export interface Purchase {
  leadId: number
  /** When the deal was won (ISO instant). */
  closedAt: string
  valueMinor: number
}

export interface CustomerFigures {
  /** Won revenue over all their deals, to date (a deal counts its full value). */
  lifetimeRevenueMinor: number
  wonDeals: number
  /** Deals still open, and what they are worth. */
  openDeals: number
  openValueMinor: number
  firstPurchase: Purchase | null
  lastPurchase: Purchase | null
  /** The firm's calendar day of their first win; null until they have one. */
  customerSince: string | null
  /** The firm's calendar day of their latest win; null until they have one. */
  lastPurchaseOn: string | null
}

// ---------------------------------------------------------------------------------------------
// Customers and retention over periods: the one definition (the SQL that gathers the inputs is
// main's features/metrics/customers.figures.ts). A customer is the organisation of a won deal, or
// its person when the deal has none, so a company counts once however many of its people bought.
//
// - customers in a period: customers with a deal won in it (the filter's deals, see below);
// - new customers: of those, the ones whose first win ever falls in the period;
// - returning customers: the others, who had won before the period began — so new + returning =
//   customers, and a second win in the month of a first one is still a new customer's revenue;
// - repeat revenue: the won value in the period of returning customers; new revenue is the rest;
// - retention rate: customers who bought in the previous period of the same length and bought
//   again in this one ÷ customers who bought in the previous period (null when there were none);
// - lifetime value: won revenue per customer to date; average deals per customer likewise.
// Filters (pipeline, owner, channel, campaign, segment) choose the deals, as they do for won deals
// on every other figure: a deal counts when its pipeline, owner, source campaign (its channel) and
// segment pass. Whether a customer is new or returning is a fact about the customer: their first
// win over every deal they have, whatever the filter (a renewal won in the Renewals pipeline from a
// customer first won in New business is repeat revenue there too).
// ---------------------------------------------------------------------------------------------

/** What a period of customers adds up to (money in minor units). */
export interface CustomerInputs {
  customers: number
  newCustomers: number
  returningCustomers: number
  wonDeals: number
  revenueMinor: number
  repeatRevenueMinor: number
  /** Customers who bought in the previous period of the same length… */
  previousCustomers: number
  /** …and of those, the ones who bought again in this one. */
  retainedCustomers: number
}

export const EMPTY_CUSTOMER_INPUTS: Readonly<CustomerInputs> = Object.freeze({
  customers: 0,
  newCustomers: 0,
  returningCustomers: 0,
  wonDeals: 0,
  revenueMinor: 0,
  repeatRevenueMinor: 0,
  previousCustomers: 0,
  retainedCustomers: 0,
})

const ratioOf = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null)

/** Customers kept from the previous period, 0..1; null when nobody bought in it. */
export const retentionRate = (inputs: Pick<CustomerInputs, 'previousCustomers' | 'retainedCustomers'>): number | null => ratioOf(inputs.retainedCustomers, inputs.previousCustomers)

/** Won value in the period from customers who had bought before it. */
export const newRevenueMinor = (inputs: Pick<CustomerInputs, 'revenueMinor' | 'repeatRevenueMinor'>): number => inputs.revenueMinor - inputs.repeatRevenueMinor

/** Customers to date and what they bought: the base lifetime value is worked out on. */
export interface CustomerBase {
  customers: number
  wonDeals: number
  revenueMinor: number
}

/** Won revenue per customer to date (minor units, not rounded); null with no customer yet. */
export const customerLifetimeValue = (base: CustomerBase): number | null => ratioOf(base.revenueMinor, base.customers)

/** Won deals per customer to date; null with no customer yet. */
export const averageDealsPerCustomer = (base: CustomerBase): number | null => ratioOf(base.wonDeals, base.customers)

export type CustomerKind = 'person' | 'organization'

/** One customer's wins in one bucket (a firm day, week or month, named by its first day). */
export interface CustomerActivity {
  bucket: string
  kind: CustomerKind
  id: number
  deals: number
  revenueMinor: number
  /** The bucket of the customer's first win ever, or null when it came before the buckets read. */
  firstBucket: string | null
}

const customerKey = (row: { kind: CustomerKind; id: number }) => `${row.kind}:${row.id}`

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const group = groups.get(key(row))
    if (group) group.push(row)
    else groups.set(key(row), [row])
  }
  return groups
}

/**
 * Each bucket's figures from the activity of consecutive buckets `starts` (ascending): its
 * retention is against the bucket before it, so the first bucket has none unless the activity
 * read reaches one bucket further back (pass that bucket as `before`).
 */
export function customerInputsByBucket(activity: readonly CustomerActivity[], starts: readonly string[], before: string | null = null): CustomerInputs[] {
  const inBucket = groupBy(activity, (row) => row.bucket)
  const keysOf = (bucket: string | null) => new Set((bucket === null ? [] : (inBucket.get(bucket) ?? [])).map(customerKey))
  return starts.map((start, index) => {
    const rows = inBucket.get(start) ?? []
    const previous = keysOf(index === 0 ? before : (starts[index - 1] as string))
    const inputs: CustomerInputs = { ...EMPTY_CUSTOMER_INPUTS, previousCustomers: previous.size }
    for (const row of rows) {
      const isNew = row.firstBucket === start
      inputs.customers += 1
      inputs.newCustomers += isNew ? 1 : 0
      inputs.returningCustomers += isNew ? 0 : 1
      inputs.wonDeals += row.deals
      inputs.revenueMinor += row.revenueMinor
      inputs.repeatRevenueMinor += isNew ? 0 : row.revenueMinor
      inputs.retainedCustomers += previous.has(customerKey(row)) ? 1 : 0
    }
    return inputs
  })
}

/** One cohort: the customers whose first win fell in `cohort`, and how many of them bought in each bucket since. */
export interface CohortRow {
  cohort: string
  size: number
  /** Buyers in the cohort's bucket and each one after it, up to the last bucket read: [size, …]. */
  active: number[]
  /** active ÷ size, the cohort's retention after 0, 1, 2 … buckets. */
  rates: Array<number | null>
}

/** Retention by cohort of first purchase over consecutive buckets `starts` (a cohort is a bucket's new customers). */
export function cohortTable(activity: readonly CustomerActivity[], starts: readonly string[]): CohortRow[] {
  const boughtIn = new Map<string, Set<string>>()
  for (const row of activity) {
    const key = customerKey(row)
    boughtIn.set(key, (boughtIn.get(key) ?? new Set()).add(row.bucket))
  }
  const cohorts = groupBy(
    activity.filter((row) => row.bucket === row.firstBucket),
    (row) => row.bucket,
  )
  return starts.map((cohort, index) => {
    const members = (cohorts.get(cohort) ?? []).map(customerKey)
    const active = starts.slice(index).map((bucket) => members.filter((key) => boughtIn.get(key)?.has(bucket)).length)
    return { cohort, size: members.length, active, rates: active.map((count) => ratioOf(count, members.length)) }
  })
}

/**
 * Over every cohort that has reached it, the share of customers who bought again 1, 2 … buckets
 * after their first purchase: the cohorts' buyers added up over their sizes, never an average of rates.
 */
export function cohortRetentionCurve(cohorts: readonly CohortRow[]): Array<number | null> {
  const longest = Math.max(0, ...cohorts.map((row) => row.active.length))
  return Array.from({ length: Math.max(longest - 1, 0) }, (_, k) => {
    const reached = cohorts.filter((row) => row.size > 0 && row.active.length > k + 1)
    const size = reached.reduce((sum, row) => sum + row.size, 0)
    return size > 0 ? reached.reduce((sum, row) => sum + (row.active[k + 1] ?? 0), 0) / size : null
  })
}

/** A customer ranked by what they bought (top customers by lifetime value). */
export interface CustomerSummary {
  kind: CustomerKind
  id: number
  name: string
  wonDeals: number
  lifetimeRevenueMinor: number
  /** Firm days of the first and the latest win. */
  firstPurchaseOn: string
  lastPurchaseOn: string
}
