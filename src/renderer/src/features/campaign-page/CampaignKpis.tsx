import { formatMetric, METRIC_LABELS, type MetricKey, type Metrics } from '@shared/domain/metrics'
import { CURRENCY, LOCALE } from '../../ui/format'

const TILES: Array<{ key: MetricKey; label?: string }> = [
  { key: 'spendMinor' },
  { key: 'leads' },
  { key: 'qualifiedLeads', label: 'Qualified' },
  { key: 'wonDeals', label: 'Won' },
  { key: 'revenueMinor', label: 'Attributed revenue' },
  { key: 'costPerLead', label: 'CPL' },
  { key: 'customerAcquisitionCost', label: 'CAC' },
  { key: 'returnOnInvestment', label: 'ROI' },
]

/** The campaign's headline figures, each from the one metrics module. */
export function CampaignKpis({ metrics }: { metrics: Metrics }) {
  return (
    <dl className="kpis" aria-label="Campaign figures">
      {TILES.map(({ key, label }) => {
        const value = metrics[key]
        const negative = key === 'returnOnInvestment' && value !== null && value < 0
        return (
          <div key={key} className="kpi" title={METRIC_LABELS[key]}>
            <dt>{label ?? METRIC_LABELS[key]}</dt>
            <dd className={negative ? 'kpi__value kpi__value--negative' : 'kpi__value'}>{formatMetric(key, value, { currency: CURRENCY, locale: LOCALE })}</dd>
          </div>
        )
      })}
    </dl>
  )
}
