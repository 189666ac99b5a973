import { customerInputsByBucket, retentionRate, type CustomerInputs } from '@shared/domain/customers'
import type { RowLink } from '@shared/domain/report'
import { addDays, previousPeriod, type Bucket } from '@shared/domain/reportPeriod'
import type { Db } from '../context'
import { customerActivity, customerInputs } from '../metrics/customers.figures'
import type { TileSpec } from './tileSpec'
import type { ReportScope } from './scope'

// The dashboard's customer tiles: new customers and retention, from the one definition in
// @shared/domain/customers. Each opens the Customers report for the same period and filters,
// which lists the customers behind the figure.

function customersReportLink(scope: ReportScope): RowLink {
  const f = scope.filter
  const params: Record<string, string> = { kind: 'customers', preset: 'custom', from: scope.range.from, to: scope.range.to }
  if (f.pipelineIds?.[0]) params['pipelineId'] = String(f.pipelineIds[0])
  if (f.channels?.[0]) params['channel'] = f.channels[0]
  if (f.campaignIds?.[0]) params['campaignId'] = String(f.campaignIds[0])
  if (f.segmentIds?.[0]) params['segmentId'] = String(f.segmentIds[0])
  if (f.owners?.[0]) params['owner'] = f.owners[0]
  return { path: '/reports', params }
}

const SPECS: readonly TileSpec[] = [
  { key: 'newCustomers', label: 'New customers', kind: 'integer', hint: 'Customers whose first won deal closed in the period (a company counts once).', value: (_m, _p, c) => c.newCustomers, link: customersReportLink },
  {
    key: 'customerRetention',
    label: 'Customer retention',
    kind: 'ratio',
    hint: 'Customers of the period before who bought again in this one.',
    value: (_m, _p, c) => retentionRate(c),
    link: customersReportLink,
  },
]

/** The bucket just before `first` (its retention is against it). */
const bucketBefore = (first: string, bucket: Bucket) => (bucket === 'day' ? addDays(first, -1) : bucket === 'week' ? addDays(first, -7) : `${addDays(first, -1).slice(0, 7)}-01`)

/** The tiles, and the customer figures of the period, the period before, and each chart bucket. */
export async function customerTiles(db: Db, scope: ReportScope, bucket: Bucket, starts: string[]): Promise<{ specs: readonly TileSpec[]; now: CustomerInputs; before: CustomerInputs; byBucket: CustomerInputs[] }> {
  const filter = scope.filter as typeof scope.filter & { from: string; to: string }
  const previousFilter = scope.previousFilter as typeof scope.previousFilter & { from: string; to: string }
  const before = bucketBefore(starts[0] ?? scope.range.from, bucket)
  const [now, previous, activity] = await Promise.all([
    customerInputs(db, filter, scope.previous),
    customerInputs(db, previousFilter, previousPeriod(scope.previous)),
    customerActivity(db, { ...filter, from: before }, bucket, [before, ...starts]),
  ])
  return { specs: SPECS, now, before: previous, byBucket: customerInputsByBucket(activity, starts, before) }
}
