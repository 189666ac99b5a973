import type { ReactNode } from 'react'
import { METRIC_LABELS, addMetricInputs, computeMetrics, type MetricInputs, type MetricKey } from '@shared/domain/metrics'
import { Figure } from './Figure'

export interface CompareRow {
  key: string
  label: ReactNode
  inputs: MetricInputs
  muted?: boolean
}

const SHORT: Partial<Record<MetricKey, string>> = {
  spendMinor: 'Spend',
  costPerLead: 'CPL',
  customerAcquisitionCost: 'CAC',
  returnOnInvestment: 'ROI',
  revenueMinor: 'Revenue',
  wonDeals: 'Won',
}

/** Rows (channels, segments…) side by side on the same figures, with a totals row computed from the summed inputs. */
export function CompareTable({ label, rowHeader, rows, metrics }: { label: string; rowHeader: string; rows: CompareRow[]; metrics: MetricKey[] }) {
  const totals = computeMetrics(addMetricInputs(...rows.map((r) => r.inputs)))
  return (
    <div className="table-wrap">
      <table className="data-table compare-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {metrics.map((m) => (
              <th key={m} scope="col" className="numeric">
                {SHORT[m] ?? METRIC_LABELS[m]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const figures = computeMetrics(row.inputs)
            return (
              <tr key={row.key} className={row.muted ? 'muted' : undefined}>
                <th scope="row" className="cell-strong" style={{ textAlign: 'left', fontWeight: 500 }}>
                  {row.label}
                </th>
                {metrics.map((m) => (
                  <td key={m} className="numeric">
                    <Figure metric={m} value={figures[m]} />
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <td>Total</td>
            {metrics.map((m) => (
              <td key={m} className="numeric">
                <Figure metric={m} value={totals[m]} />
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
