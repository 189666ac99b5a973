import type { SegmentSummary } from '@shared/domain/campaigns'
import { EMPTY_METRIC_INPUTS, type MetricKey } from '@shared/domain/metrics'
import { QueryError } from '../../ui/QueryError'
import { AttributionNote } from '../channels/AttributionNote'
import { CompareTable, type CompareRow } from '../marketing/CompareTable'
import { useMetricsBy } from '../marketing/metrics.queries'
import { PeriodSelect } from '../marketing/PeriodSelect'
import { periodRange, type PeriodId } from '../marketing/period'

const METRICS: MetricKey[] = ['leads', 'qualifiedLeads', 'wonDeals', 'winRate', 'revenueMinor', 'spendMinor', 'costPerLead']

/** Segments side by side: leads, win rate, revenue and cost per lead for a period. */
export function SegmentComparison({ segments, period, onPeriodChange }: { segments: SegmentSummary[]; period: PeriodId; onPeriodChange: (next: PeriodId) => void }) {
  const bySegment = useMetricsBy({ grouping: 'segment', filter: periodRange(period) })
  const found = new Map((bySegment.data ?? []).map((r) => [r.key, r.inputs]))
  const rows: CompareRow[] = [
    ...segments.map((s) => ({ key: String(s.id), label: s.name, inputs: found.get(s.id) ?? EMPTY_METRIC_INPUTS })),
    { key: 'none', label: <span className="muted">No segment</span>, inputs: found.get(null) ?? EMPTY_METRIC_INPUTS },
  ]
  return (
    <section className="segment-comparison" aria-label="Segment comparison">
      <div className="toolbar campaign-toolbar">
        <h2 className="section-title">How each segment performs</h2>
        <PeriodSelect value={period} onChange={onPeriodChange} />
        <AttributionNote />
      </div>
      {bySegment.error ? <QueryError error={bySegment.error} onRetry={() => void bySegment.refetch()} /> : <CompareTable label="Segment comparison" rowHeader="Segment" rows={rows} metrics={METRICS} />}
      <p className="marketing-note">Leads, deals and revenue count the lead's own segment; spend counts the campaigns aimed at the segment.</p>
    </section>
  )
}
