import {
  averageDealsPerCustomer,
  cohortRetentionCurve,
  cohortTable,
  customerInputsByBucket,
  customerLifetimeValue,
  newRevenueMinor,
  retentionRate,
  type CohortRow,
  type CustomerInputs,
} from '@shared/domain/customers'
import type { ReportCell, ReportChart, ReportColumn, ReportTable, RowLink } from '@shared/domain/report'
import { addDays, bucketLabel, bucketStarts } from '@shared/domain/reportPeriod'
import type { Db } from '../context'
import { customerActivity, customerInputs, customerRanking, periodCustomers } from '../metrics/customers.figures'
import type { ReportScope } from './scope'

// The Customers report: who bought, who came back, and what they are worth — every figure from
// the one definition in @shared/domain/customers, gathered by features/metrics/customers.figures.

const col = (key: string, label: string, kind: ReportColumn['kind']): ReportColumn => ({ key, label, kind })
/** How many customers the two lists show (the period's figures count them all). */
const TOP_CUSTOMERS = 25
const KIND_LABEL = { organization: 'Organisation', person: 'Person' } as const

/** A customer's row opens their page in the app (the PDF and spreadsheets have no links). */
const customerPage = (c: { kind: 'person' | 'organization'; id: number }): RowLink => ({ path: c.kind === 'person' ? `/people/${c.id}` : `/organizations/${c.id}` })

/** The months the period touches, each whole, and the month before them (retention of the first month is against it). */
export function reportMonths(scope: Pick<ReportScope, 'range'>): { before: string; months: string[] } {
  const months = bucketStarts(scope.range, 'month')
  const first = months[0] ?? `${scope.range.from.slice(0, 7)}-01`
  return { before: `${addDays(first, -1).slice(0, 7)}-01`, months }
}

const periodCells = (i: CustomerInputs): ReportCell[] => [i.customers, i.newCustomers, i.returningCustomers, newRevenueMinor(i), i.repeatRevenueMinor, retentionRate(i)]

function cohortColumns(months: number): ReportColumn[] {
  return [col('cohort', 'First purchase', 'text'), col('customers', 'Customers', 'integer'), ...Array.from({ length: months - 1 }, (_, k) => col(`m${k + 1}`, `Month ${k + 1}`, 'ratio'))]
}

/** A cohort's row: its size, then the share of it that bought again 1, 2 … months on (blank beyond the period). */
const cohortCells = (row: CohortRow, width: number): ReportCell[] => [bucketLabel(row.cohort, 'month'), row.size, ...Array.from({ length: width - 1 }, (_, k) => (k + 1 < row.rates.length ? (row.rates[k + 1] ?? null) : null))]

export async function customersReport(db: Db, scope: ReportScope): Promise<{ subtitle: string; charts: ReportChart[]; tables: ReportTable[] }> {
  const { before, months } = reportMonths(scope)
  const filter = scope.filter as typeof scope.filter & { from: string; to: string }
  const [period, activity, { base, top }, buyers] = await Promise.all([
    customerInputs(db, filter, scope.previous),
    customerActivity(db, { ...filter, from: before }, 'month', [before, ...months]),
    customerRanking(db, { ...filter, from: null }, TOP_CUSTOMERS),
    periodCustomers(db, filter, scope.previous, TOP_CUSTOMERS),
  ])
  const byMonth = customerInputsByBucket(activity, months, before)
  const cohorts = cohortTable(activity, months)
  const width = months.length
  const labels = months.map((month) => bucketLabel(month, 'month'))
  return {
    subtitle: 'Who bought, who came back, and what a customer is worth. A company counts once however many of its people bought; a customer is new in the period of their first win.',
    charts: [
      {
        id: 'customers-revenue',
        title: 'New and returning customers’ revenue by month',
        type: 'bar',
        labels,
        series: [
          { label: 'New customers', kind: 'money', values: byMonth.map(newRevenueMinor) },
          { label: 'Returning customers', kind: 'money', values: byMonth.map((m) => m.repeatRevenueMinor) },
        ],
      },
      {
        id: 'customers-retention',
        title: 'Customers buying again, by months since their first purchase',
        type: 'bar',
        labels: Array.from({ length: Math.max(width - 1, 0) }, (_, k) => `Month ${k + 1}`),
        series: [{ label: 'Bought again', kind: 'ratio', values: cohortRetentionCurve(cohorts) }],
      },
    ],
    tables: [
      {
        id: 'customers-summary',
        title: `Customers in ${scope.period.label}, kept from ${scope.previous.label}`,
        columns: [
          col('customers', 'Customers', 'integer'),
          col('new', 'New', 'integer'),
          col('returning', 'Returning', 'integer'),
          col('repeatRevenue', 'Repeat revenue', 'money'),
          col('retention', 'Retention', 'ratio'),
          col('lifetimeValue', 'Lifetime value', 'money'),
          col('dealsPerCustomer', 'Deals per customer', 'decimal'),
        ],
        rows: [[period.customers, period.newCustomers, period.returningCustomers, period.repeatRevenueMinor, retentionRate(period), roundMinor(customerLifetimeValue(base)), averageDealsPerCustomer(base)]],
        empty: 'No customer bought in this period.',
      },
      {
        id: 'customers-by-month',
        title: 'New and returning customers by month',
        columns: [
          col('month', 'Month', 'text'),
          col('customers', 'Customers', 'integer'),
          col('new', 'New', 'integer'),
          col('returning', 'Returning', 'integer'),
          col('newRevenue', 'New revenue', 'money'),
          col('repeatRevenue', 'Repeat revenue', 'money'),
          col('retention', 'Retention (of the month before)', 'ratio'),
        ],
        // No totals row: a customer who bought in two months is in both, and returning within the
        // period is new to it (the period's own figures are the table above).
        rows: byMonth.map((m, i) => [labels[i] as string, ...periodCells(m)]),
        empty: 'No customer bought in this period.',
      },
      {
        id: 'customers-cohorts',
        title: 'Retention by month of first purchase',
        columns: cohortColumns(width),
        rows: cohorts.map((row) => cohortCells(row, width)),
        shading: 'heat',
        empty: 'No customer made a first purchase in this period.',
      },
      {
        id: 'customers-top',
        title: 'Top customers by lifetime value',
        columns: [
          col('customer', 'Customer', 'text'),
          col('kind', 'Kind', 'text'),
          col('deals', 'Deals won', 'integer'),
          col('lifetimeValue', 'Lifetime value', 'money'),
          col('first', 'First purchase', 'date'),
          col('last', 'Last purchase', 'date'),
        ],
        rows: top.map((c) => [c.name, KIND_LABEL[c.kind], c.wonDeals, c.lifetimeRevenueMinor, c.firstPurchaseOn, c.lastPurchaseOn]),
        links: top.map(customerPage),
        empty: 'No customer has bought yet.',
      },
      {
        id: 'customers-buyers',
        title: 'Biggest buyers in the period',
        columns: [col('customer', 'Customer', 'text'), col('kind', 'Kind', 'text'), col('status', 'New or returning', 'text'), col('deals', 'Deals won', 'integer'), col('revenue', 'Revenue', 'money'), col('kept', `Also bought in ${scope.previous.label}`, 'text')],
        rows: buyers.map((c) => [c.name, KIND_LABEL[c.kind], c.isNew ? 'New' : 'Returning', c.wonDeals, c.revenueMinor, c.boughtBefore ? 'Yes' : 'No']),
        links: buyers.map(customerPage),
        empty: 'No customer bought in this period.',
      },
    ],
  }
}

/** Lifetime value in whole minor units for a money cell (the exact quotient stays in the domain). */
const roundMinor = (value: number | null) => (value === null ? null : Math.round(value))
